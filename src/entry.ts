// Whether a module is the script node was asked to run, so a door's main()
// runs when started and not when a test imports the module. Both paths are
// resolved through symlinks: a checkout reached by a symlinked path (a deploy
// directory, /opt/casebook -> /srv/releases/...) otherwise did nothing and
// exited 0.
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export function isEntryPoint(importMetaUrl: string, argv1: string | undefined = process.argv[1]): boolean {
  if (!argv1) return false;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(argv1) === real(fileURLToPath(importMetaUrl));
}
