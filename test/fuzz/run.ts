// `npm run fuzz`: every fuzz property at full size (at least 100,000 cases in
// all), the count run, and any counter-example with what it takes to replay it.
//
//   npm run fuzz                                   # random seed, printed
//   npm run fuzz -- --seed 1234                    # a given seed
//   npm run fuzz -- --only ask --seed 1234 --path 12:3   # replay one counter-example
//   npm run fuzz -- --scale 0.1                    # a tenth of the runs
import fc from "fast-check";
import { loadCore } from "../../src/core.js";
import { properties, totalRuns } from "./properties.js";

interface Args {
  seed: number;
  only?: string[];
  path?: string;
  scale: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seed: (Date.now() ^ (Math.random() * 0x7fffffff)) | 0, scale: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const need = () => {
      if (value === undefined) throw new Error(`${flag} needs a value`);
      i += 1;
      return value;
    };
    if (flag === "--seed") args.seed = Number.parseInt(need(), 10);
    else if (flag === "--only") args.only = need().split(",");
    else if (flag === "--path") args.path = need();
    else if (flag === "--scale") args.scale = Number(need());
    else if (flag === "--help" || flag === "-h") {
      console.log("usage: npm run fuzz -- [--seed N] [--only name[,name]] [--path P] [--scale X]");
      console.log(`properties: ${properties.map((p) => p.name).join(", ")}`);
      process.exit(0);
    } else throw new Error(`unknown argument ${flag}; try --help`);
  }
  if (!Number.isFinite(args.seed)) throw new Error("--seed must be an integer");
  if (!(args.scale > 0)) throw new Error("--scale must be a positive number");
  return args;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const selected = properties.filter((p) => !args.only || args.only.includes(p.name));
  if (!selected.length) throw new Error(`no property named ${args.only?.join(", ")}; properties: ${properties.map((p) => p.name).join(", ")}`);
  if (args.path && selected.length !== 1) throw new Error("--path replays one property: give --only too");

  // no reply cache: every case exercises the handlers, so "same input, same reply" means something
  const core = loadCore(undefined, { replyCacheSize: 0 });
  const planned = args.path ? 1 : selected.reduce((n, p) => n + Math.max(1, Math.round(p.runs * args.scale)), 0);
  console.log(`casebook fuzz: ${selected.length} properties, ${planned.toLocaleString("en")} cases planned (full size ${totalRuns().toLocaleString("en")}), seed ${args.seed}`);

  const started = performance.now();
  let ran = 0;
  let failures = 0;
  for (const [i, p] of properties.entries()) {
    if (!selected.includes(p)) continue;
    // each property has its own seed, so one can be replayed alone
    const seed = (args.seed + i) | 0;
    // a --path replays the one case it names
    const numRuns = args.path ? 1 : Math.max(1, Math.round(p.runs * args.scale));
    const t0 = performance.now();
    const details = fc.check(p.build(core), { seed, numRuns, path: args.path, endOnFailure: false });
    const ms = performance.now() - t0;
    const count = details.numRuns;
    ran += count;
    const status = details.failed ? "FAIL" : "ok";
    console.log(`  ${status.padEnd(4)} ${p.name.padEnd(13)} ${String(count).padStart(6)} cases  ${(ms / 1000).toFixed(1).padStart(6)} s  seed ${seed}  ${p.about}`);
    if (details.failed) {
      failures += 1;
      console.log(`       counter-example (after ${details.numShrinks} shrinks): ${fc.stringify(details.counterexample?.[0])}`);
      const err = details.errorInstance;
      const message = err instanceof Error ? err.message : String(err);
      console.log(message.split("\n").slice(0, 40).map((l) => `       | ${l}`).join("\n"));
      console.log(`       replay: npm run fuzz -- --only ${p.name} --seed ${seed} --path ${details.counterexamplePath ?? ""}`);
    }
  }
  const secs = (performance.now() - started) / 1000;
  console.log(`casebook fuzz: ${ran.toLocaleString("en")} cases run, ${failures} failure${failures === 1 ? "" : "s"}, ${secs.toFixed(1)} s (seed ${args.seed})`);
  return failures ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`casebook fuzz: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
