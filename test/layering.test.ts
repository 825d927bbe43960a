// The one-way layering of DESIGN.md: only the doors (the CLI, the gateway and
// the HTTP door) may call up into commands/; the layers below them never do.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const DOORS = [/^cli\.ts$/, /^discord\//, /^http\//];

function sources(dir: string, base = ""): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(dir, path.join(base, e.name)) : e.name.endsWith(".ts") ? [path.join(base, e.name)] : [],
  );
}

describe("layering", () => {
  it("nothing under src/ but the doors imports from commands/", () => {
    const offenders = sources(SRC)
      .filter((f) => !DOORS.some((d) => d.test(f.split(path.sep).join("/"))))
      .filter((f) => /from\s+["'](\.\.\/)+commands\//.test(readFileSync(path.join(SRC, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
