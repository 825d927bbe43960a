// The offline door: the same line a user types in Discord, answered with no
// Discord connection and no token.
//   npm run cli -- "/case surname:Qi"            terminal rendering
//   npm run cli -- --json "/ask question:…"      the Discord message payload
//   npm run --silent cli -- --jsonl < lines.txt  one {"input","reply"} per line
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { runLine } from "../commands/line.js";
import { DatasetError } from "./data/errors.js";
import { checkDataFolder, chooseDataFolder } from "./data/folder.js";
import { type Core, loadCore } from "./core.js";
import { renderTerminal } from "./reply/terminal.js";

const USAGE = `usage:
  npm run cli -- "/case surname:Qi"
  npm run cli -- --json "/ask question:Who is Song?"
  npm run --silent cli -- --jsonl < lines.txt
options: --json (print the payload), --jsonl (batch from stdin),
         --data DIR (another dataset folder; default CASEBOOK_DATA_DIR, else the project's data/)`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { json: { type: "boolean" }, jsonl: { type: "boolean" }, data: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let core: Core;
  try {
    // --data wins over CASEBOOK_DATA_DIR, as for data:check's folder argument
    const folder = chooseDataFolder([
      { value: values.data, from: "--data" },
      { value: process.env.CASEBOOK_DATA_DIR, from: "CASEBOOK_DATA_DIR" },
    ]);
    checkDataFolder(folder);
    core = loadCore(folder.dir);
  } catch (err) {
    if (err instanceof DatasetError) {
      console.error(`Casebook cannot start: the dataset is invalid.\n${err.message}`);
      return 1;
    }
    throw err;
  }

  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      process.stdout.write(`${JSON.stringify({ input: line, reply: runLine(core, line).reply })}\n`);
    }
    return 0;
  }
  const line = positionals.join(" ");
  if (!line.trim()) {
    console.error(USAGE);
    return 2;
  }
  const { reply } = runLine(core, line);
  console.log(values.json ? JSON.stringify(reply, null, 2) : renderTerminal(reply, process.stdout.isTTY === true));
  return 0;
}

process.exitCode = await main();
