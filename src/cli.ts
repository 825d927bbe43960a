// The offline door: the same line a user types in Discord, answered with no
// Discord connection and no token.
//   npm run cli -- "/case surname:Qi"            terminal rendering
//   npm run cli -- --json "/ask question:…"      the Discord message payload
//   npm run --silent cli -- --jsonl < lines.txt  one {"input","reply"} per line
//   npm run cli -- --out-dir DIR "/sentence case:Qi"   also writes the reply's files (the gauge PNG) into DIR
// JSON output shows files as Discord's `attachments` list (names), never the bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { runLine } from "../commands/line.js";
import { DatasetError } from "./data/errors.js";
import { checkDataFolder, chooseDataFolder } from "./data/folder.js";
import { type Core, loadCore } from "./core.js";
import { payloadJson } from "./reply/attachments.js";
import type { MessagePayload } from "./reply/payload.js";
import { renderTerminal } from "./reply/terminal.js";

const USAGE = `usage:
  npm run cli -- "/case surname:Qi"
  npm run cli -- --json "/ask question:Who is Song?"
  npm run --silent cli -- --jsonl < lines.txt
  npm run cli -- --out-dir DIR "/sentence case:Qi"
options: --json (print the payload), --jsonl (batch from stdin),
         --data DIR (another dataset folder; default CASEBOOK_DATA_DIR, else the project's data/),
         --out-dir DIR (write the files a reply carries, such as the gauge PNG, into DIR)`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        jsonl: { type: "boolean" },
        data: { type: "string" },
        "out-dir": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
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
      const { reply } = runLine(core, line);
      writeFiles(reply, values["out-dir"]);
      process.stdout.write(`${JSON.stringify({ input: line, reply: payloadJson(reply) })}\n`);
    }
    return 0;
  }
  const line = positionals.join(" ");
  if (!line.trim()) {
    console.error(USAGE);
    return 2;
  }
  const { reply } = runLine(core, line);
  const written = writeFiles(reply, values["out-dir"]);
  console.log(values.json ? JSON.stringify(payloadJson(reply), null, 2) : renderTerminal(reply, process.stdout.isTTY === true));
  // on stderr, so --json output stays exactly the payload
  for (const file of written) console.error(`wrote ${file}`);
  return 0;
}

/** Writes a reply's files into `dir` (made if missing); returns their paths. */
function writeFiles(reply: MessagePayload, dir: string | undefined): string[] {
  if (dir === undefined || !reply.files?.length) return [];
  mkdirSync(dir, { recursive: true });
  return reply.files.map((f) => {
    // names are ours (gauge-qi-27m.png), but never let one leave the directory
    const file = path.join(dir, path.basename(f.name));
    writeFileSync(file, f.data);
    return file;
  });
}

process.exitCode = await main();
