// `npm run bench`: every benchmark, each in its own process so one does not
// warm or load the other. Prints figures only; nothing here asserts timings.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const sections = [
  ["core handlers", "bench/core.ts"],
  ["end to end on the Discord double (Casebook vs echo bot)", "bench/e2e.ts"],
  ["HTTP interactions endpoint", "bench/http.ts"],
  ["memory of the gateway bot over 5000 interactions", "bench/memory.ts"],
] as const;

const root = fileURLToPath(new URL("..", import.meta.url));
const only = process.argv.slice(2);
let failed = 0;
for (const [name, file] of sections) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  if (!existsSync(`${root}/${file}`)) {
    console.log(`\n(${name}: ${file} is not there yet)`);
    continue;
  }
  console.log(`\n# ${name} (${file})`);
  const r = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) failed += 1;
}
process.exitCode = failed ? 1 : 0;
