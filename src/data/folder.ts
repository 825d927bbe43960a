// The dataset folder a door was told to use, checked before anything is read:
// a folder that does not exist is named as missing, with the setting that
// named it, instead of three "cannot be read" lines for its files.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { DatasetError } from "./errors.js";
import { DATA_FILES, DEFAULT_DATA_DIR } from "./load.js";

/** A dataset folder and what chose it, e.g. "CASEBOOK_DATA_DIR" or "the folder argument". */
export interface DataFolder {
  dir: string;
  from: string;
}

/**
 * The folder to load: the first one given (a command-line argument, then
 * CASEBOOK_DATA_DIR), else the project's own data/.
 */
export function chooseDataFolder(choices: ReadonlyArray<{ value: string | undefined; from: string }>): DataFolder {
  for (const c of choices) {
    if (c.value !== undefined && c.value.trim() !== "") return { dir: path.resolve(c.value), from: c.from };
  }
  return { dir: DEFAULT_DATA_DIR, from: "the default" };
}

/** Throws a DatasetError naming the folder and the setting when the folder is unusable. */
export function checkDataFolder({ dir, from }: DataFolder): void {
  const named = from === "the default" ? `the dataset folder ${dir}` : `${dir} (from ${from})`;
  if (!existsSync(dir)) throw new DatasetError([`${named}: the folder does not exist`]);
  if (!statSync(dir).isDirectory()) throw new DatasetError([`${named}: is not a folder`]);
  const files = Object.values(DATA_FILES);
  if (!files.some((f) => existsSync(path.join(dir, f)))) {
    throw new DatasetError([`${named}: the folder holds none of the dataset files (${files.join(", ")}); is it the right folder?`]);
  }
}
