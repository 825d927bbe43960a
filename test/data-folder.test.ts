// `npm run data:check` checks the folder npm start would load: DIR, else
// CASEBOOK_DATA_DIR, else data/; a folder that is not there is named as missing.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, jsonErrorAt } from "../src/data/load.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const scratch = mkdtempSync(path.join(tmpdir(), "casebook-folders-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const empty = path.join(scratch, "empty");
const missing = path.join(scratch, "not-there");
const copy = path.join(scratch, "copy");
const broken = path.join(scratch, "broken");
cpSync(DEFAULT_DATA_DIR, copy, { recursive: true });
cpSync(DEFAULT_DATA_DIR, broken, { recursive: true });
writeFileSync(path.join(broken, "law.json"), '{\n  "article": "x",\n  "law": "y"\n  "provisions": []\n}\n');
mkdirSync(empty);

/** `npm run data:check -- [DIR]` with exactly `env`, in a folder without .env. */
function dataCheck(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [TSX, path.join(ROOT, "src/data/check.ts"), ...args], {
    cwd: scratch,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
}

describe("npm run data:check", () => {
  it.each([
    ["CASEBOOK_DATA_DIR at an empty folder", [], { CASEBOOK_DATA_DIR: empty }, `${empty} (from CASEBOOK_DATA_DIR): the folder holds none of the dataset files`],
    ["CASEBOOK_DATA_DIR at no folder", [], { CASEBOOK_DATA_DIR: missing }, `${missing} (from CASEBOOK_DATA_DIR): the folder does not exist`],
    ["a folder argument that does not exist", [missing], {}, `${missing} (from the folder argument): the folder does not exist`],
    ["a JSON syntax error", [broken], {}, "law.json: is not valid JSON: line 4, column 3: Expected ',' or '}' after property value"],
  ])("fails on %s, naming the folder once", (_what, args, env, expected) => {
    const r = dataCheck(args, env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(expected);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it("honours CASEBOOK_DATA_DIR", () => {
    const r = dataCheck([], { CASEBOOK_DATA_DIR: copy });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^dataset [0-9a-f]{12} ok \(copy, from CASEBOOK_DATA_DIR\)/);
  });

  it("takes a folder argument, which wins over CASEBOOK_DATA_DIR", () => {
    const r = dataCheck([copy], { CASEBOOK_DATA_DIR: missing });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ok \(copy, from the folder argument\)/);
  });
});

describe("a JSON syntax error", () => {
  it.each([
    ['{"a": 1,}', "line 1, column 9"],
    ['{\n  "a": 1\n  "b": 2\n}', "line 3, column 3"],
    ["", "(Unexpected end of JSON input)"],
  ])("in %j is reported at %s", (raw, expected) => {
    let message = "";
    try {
      JSON.parse(raw);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(jsonErrorAt(raw, message)).toContain(expected);
  });
});
