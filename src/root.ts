// The project's folder: the nearest folder above this file that holds
// package.json. Code that reads the project's own files (data/, package.json)
// starts from here, so it finds them both from the TypeScript sources (src/,
// under tsx and the tests) and from the compiled files (dist/src/, what the
// npm start scripts run), which sit one folder deeper.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
