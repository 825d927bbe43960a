// A bot as its own process, for the end-to-end benchmark (bench/e2e.ts), so
// each bot's peak RSS and start-up are its own:
//   node dist/bench/bot-process.js casebook|echo      (compiled by npm run build)
// Reads DISCORD_TOKEN and DISCORD_API_BASE; SIGTERM closes the gateway
// connection and exits 0. Casebook is the production door (createBot with the
// project's dataset and engine) with a silent logger; echo is the bare
// discord.js baseline (bench/echo-bot.ts). Each kind imports only its own code.
const kind = process.argv[2];
const token = process.env.DISCORD_TOKEN;
const api = process.env.DISCORD_API_BASE;
if ((kind !== "casebook" && kind !== "echo") || !token || !api) {
  process.stderr.write("usage: DISCORD_TOKEN=... DISCORD_API_BASE=... node dist/bench/bot-process.js casebook|echo\n");
  process.exit(2);
}

interface Running {
  start(): Promise<void>;
  stop(): Promise<void>;
}

async function make(): Promise<Running> {
  if (kind === "echo") {
    const { createEchoBot } = await import("./echo-bot.js");
    return createEchoBot(api!, token!);
  }
  const [{ loadCore }, { createBot }, { createLogger }] = await Promise.all([
    import("../src/core.js"),
    import("../src/discord/bot.js"),
    import("../src/log.js"),
  ]);
  const cooldown = process.env.COOLDOWN_COMMANDS ? Number(process.env.COOLDOWN_COMMANDS) : undefined;
  return createBot({
    config: { DISCORD_TOKEN: token!, DISCORD_API_BASE: api, ...(cooldown ? { COOLDOWN_COMMANDS: cooldown } : {}) },
    core: loadCore(),
    logger: createLogger("silent", { pretty: false }),
  });
}

// Memory readings for bench/e2e-memory.ts: with --expose-gc, SIGUSR2 runs a
// full collection and prints one JSON line with the RSS and heap after it, so
// the benchmark can tell memory kept from garbage not yet collected.
process.on("SIGUSR2", () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  gc();
  const m = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ benchMemory: { rss: m.rss, heapUsed: m.heapUsed } })}\n`);
});

const bot = await make();
let stopping = false;
process.once("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  void bot.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
await bot.start();
