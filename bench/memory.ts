// `npm run bench -- memory` (or `npx tsx bench/memory.ts ROUNDS`): the bot's memory as an operator sees it.
// Runs `src/discord/main.ts` as its own process (as npm start does) against
// the local Discord double, sends interactions in rounds of 1000 (a mix of
// /ask, /case, /sentence, /law and autocomplete, each from a new user), and
// prints the process's resident set (VmRSS) and peak (VmHWM) from /proc after
// each round. Figures only; nothing asserts.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DiscordDouble, opt } from "../test/double/discord-double.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TOKEN = "MTI4NzY1NDMyMTA5ODc2NTQz.Hb7Qx2.Zr5vW8kT3nP6sY1mJ4fL9cD2aXeUoIqRgBwVtKn";
const ROUNDS = Number(process.argv[2] ?? 5);
const PER_ROUND = 1000;

function memory(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: Math.round(kib("VmRSS") / 102.4) / 10, peakMiB: Math.round(kib("VmHWM") / 102.4) / 10 };
}

const QUESTIONS = [
  "What sentence did Qi receive?",
  "Why did Song contact the agency?",
  "Who is Zhong?",
  "What is the weather tomorrow?",
  "How long was Qi jailed?",
];

const double = new DiscordDouble({ token: TOKEN, heartbeatIntervalMs: 5_000 });
await double.start();
const child = spawn(process.execPath, ["--import", "tsx", "src/discord/main.ts"], {
  cwd: ROOT,
  env: { PATH: process.env.PATH ?? "", DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: double.applicationId, DISCORD_API_BASE: double.apiBase, LOG_LEVEL: "warn" },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  await double.waitForIdentify({ timeoutMs: 30_000 });
  await new Promise((r) => setTimeout(r, 1000));
  const pid = child.pid!;
  console.log(`bot pid ${pid}; after ready: ${JSON.stringify(memory(pid))}`);
  let n = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    for (let i = 0; i < PER_ROUND; i++, n++) {
      const user = { id: String(1_300_000_000_000_000_000n + BigInt(n)), username: `m${n}` };
      const kind = n % 5;
      const payload =
        kind === 0 || kind === 1
          ? double.interactions.chatInput({ name: "ask", options: [opt.string("question", `${QUESTIONS[n % QUESTIONS.length]} (${n % 50})`)], user })
          : kind === 2
            ? double.interactions.chatInput({ name: "case", options: [opt.string("surname", ["Qi", "Song", "Zhong", "Chung", "Zhang"][n % 5]!)], user })
            : kind === 3
              ? double.interactions.chatInput({ name: "sentence", options: [opt.integer("years", n % 20)], user })
              : double.interactions.autocomplete({ name: "case", options: [opt.string("surname", "q".repeat(1 + (n % 3)), { focused: true })], user });
      await double.dispatchInteraction(payload, { timeoutMs: 10_000 });
    }
    double.clearRecorded();
    console.log(`after ${n} interactions: ${JSON.stringify(memory(pid))}`);
  }
} finally {
  child.kill("SIGTERM");
  await double.stop();
}
