// `npm run deploy-commands`: registers every command definition with one bulk
// overwrite (PUT), globally or, when DISCORD_GUILD_ID is set, in that server
// only (guild commands update instantly; global ones can take a while to show).
// The definitions are the registry's, the same ones the handlers validate with.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REST, Routes } from "discord.js";
import { deployBody } from "../../commands/registry.js";
import { ConfigError, type DeployConfig, loadConfig } from "../config.js";
import { oneLine, scrubber } from "./interactions.js";

export interface DeployResult {
  scope: "global" | "guild";
  route: string;
  registered: Array<{ id?: string; name: string }>;
}

/** One PUT of all definitions; resolves with what Discord says it registered. */
export async function deployCommands(
  config: Pick<DeployConfig, "DISCORD_TOKEN" | "DISCORD_APPLICATION_ID" | "DISCORD_GUILD_ID" | "DISCORD_API_BASE">,
  opts: { timeoutMs?: number } = {},
): Promise<DeployResult> {
  const rest = new REST({
    ...(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}),
    timeout: opts.timeoutMs ?? 15_000,
    retries: 1,
  }).setToken(config.DISCORD_TOKEN);
  const guild = config.DISCORD_GUILD_ID;
  const route = guild
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, guild)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  const body = deployBody();
  const response = (await rest.put(route, { body })) as unknown;
  const registered = Array.isArray(response)
    ? response.map((c: { id?: string; name?: string }) => ({ id: c.id, name: String(c.name) }))
    : body.map((d) => ({ name: d.name }));
  return { scope: guild ? "guild" : "global", route, registered };
}

async function main(): Promise<void> {
  let config: DeployConfig;
  try {
    config = loadConfig("deploy");
  } catch (err) {
    const line = err instanceof ConfigError ? err.message : "Configuration error: the environment could not be read; see .env.example.";
    process.stderr.write(`${line}\n`);
    process.exit(1);
  }
  const scrub = scrubber([config.DISCORD_TOKEN]);
  try {
    const result = await deployCommands(config);
    const where =
      result.scope === "guild"
        ? `in server ${config.DISCORD_GUILD_ID} (guild commands: they appear at once)`
        : "globally (global commands can take up to an hour to appear everywhere)";
    const names = result.registered.map((c) => `/${c.name}`).join(", ");
    process.stdout.write(
      `Registered ${result.registered.length} commands for application ${config.DISCORD_APPLICATION_ID} ${where}: ${names}\n` +
        `  PUT ${result.route}${config.DISCORD_API_BASE ? ` on ${config.DISCORD_API_BASE}` : ""}\n`,
    );
    process.exit(0);
  } catch (err) {
    const message = oneLine(err, scrub);
    const hint = /401|unauthori[sz]ed|token/i.test(message)
      ? " Check DISCORD_TOKEN."
      : /403|404|unknown application|missing access/i.test(message)
        ? " Check DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID: the bot must be in that server)."
        : "";
    process.stderr.write(`deploy-commands failed: ${message}${/[.!?]$/.test(message) ? "" : "."}${hint}\n`);
    process.exit(1);
  }
}

// run only as the entry point, so tests and the e2e suite can import deployCommands
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`deploy-commands failed: ${oneLine(err, scrubber([process.env.DISCORD_TOKEN]))}\n`);
    process.exit(1);
  });
}
