// Second half of `npm run build`, after tsc: each door's entry file becomes one
// ES module holding our code and zod, written over tsc's output at the same
// path (dist/src/discord/main.js, ...), so the start scripts and every path
// read from import.meta.url stay as they were. Why: Node 20 has no compile
// cache, and loading our ~60 modules and zod's ~95 one by one is most of what
// Casebook's start-up costs beyond a bare discord.js bot (bench/e2e.ts).
// discord.js, pino and the native or data-heavy packages stay external: they
// load as they would for any bot, and some are loaded lazily on first use.
import { build } from "esbuild";
import path from "node:path";
import { PROJECT_ROOT } from "../root.js";

/** The files the npm scripts and the benchmark run with node. */
export const ENTRIES = ["src/discord/main.ts", "src/discord/sharded.ts", "src/discord/deploy.ts", "src/http/main.ts", "bench/bot-process.ts"];

/** Packages loaded from node_modules at run time, not bundled. */
const EXTERNAL = [
  "discord.js",
  "@discordjs/*",
  "discord-api-types",
  "discord-api-types/*",
  "pino",
  "pino-pretty",
  "@resvg/resvg-js",
  "dejavu-fonts-ttf",
  "ioredis",
  "pinyin-pro",
  "ws",
  "undici",
];

export async function bundle(root = PROJECT_ROOT): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: path.join(root, "dist"),
    outbase: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: EXTERNAL,
    sourcemap: true,
    logLevel: "warning",
    // CommonJS dependencies bundled into an ES module still call require()
    banner: { js: 'import { createRequire as __casebookRequire } from "node:module"; const require = __casebookRequire(import.meta.url);' },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(PROJECT_ROOT, "dist/src/build/bundle.js")) await bundle();
