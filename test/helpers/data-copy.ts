import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_DATA_DIR } from "../../src/data/load.js";

/** A throwaway copy of data/ with one JSON file changed by `edit`. */
export function corruptedCopy(file: string, edit: (json: any) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "casebook-data-"));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const json = JSON.parse(readFileSync(target, "utf8"));
  edit(json);
  writeFileSync(target, JSON.stringify(json, null, 2));
  return dir;
}
