// `npm run deploy-commands`: registers every command definition with one bulk
// overwrite (PUT), globally or, when DISCORD_GUILD_ID is set, in that server
// only (guild commands update instantly; global ones can take a while to show).
// The definitions are the registry's, the same ones the handlers validate with.
//
// `npm run deploy-commands -- --clear` PUTs an empty list instead: it removes
// every command from that scope (the server DISCORD_GUILD_ID names, or
// `--guild ID`; else the global set). After moving from guild to global
// commands, clear the old server's set, or people there see every command twice.
import { parseArgs } from "node:util";
import { DiscordAPIError, REST, Routes } from "discord.js";
import { deployBody } from "../../commands/registry.js";
import { ConfigError, type DeployConfig, loadConfig } from "../config.js";
import { isEntryPoint } from "../entry.js";
import { oneLine, scrubber } from "./interactions.js";

export interface DeployResult {
  scope: "global" | "guild";
  route: string;
  registered: Array<{ id?: string; name: string }>;
}

/** One PUT of all definitions (none with `clear`); resolves with what Discord says it registered. */
export async function deployCommands(
  config: Pick<DeployConfig, "DISCORD_TOKEN" | "DISCORD_APPLICATION_ID" | "DISCORD_GUILD_ID" | "DISCORD_API_BASE">,
  opts: { timeoutMs?: number; clear?: boolean } = {},
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
  const body = opts.clear ? [] : deployBody();
  const response = (await rest.put(route, { body }));
  const registered = Array.isArray(response)
    ? response.map((c: { id?: string; name?: string }) => ({ id: c.id, name: String(c.name) }))
    : body.map((d) => ({ name: d.name }));
  return { scope: guild ? "guild" : "global", route, registered };
}

/** What to tell the operator about a failed PUT: which setting is probably wrong. */
export function deployHint(err: unknown, apiBase: string | undefined): string {
  const status = err instanceof DiscordAPIError ? err.status : undefined;
  const discordCode = err instanceof DiscordAPIError ? err.code : undefined;
  const message = oneLine(err);
  if (status === 401 || /TokenInvalid|401|unauthori[sz]ed/i.test(message)) return " Check DISCORD_TOKEN.";
  // Discord's own 404s carry an error code (10002 Unknown Application, 10004 Unknown Guild);
  // a bare "404: Not Found" with code 0 comes from a URL that is not Discord's API at all
  if (status === 404 && apiBase && (discordCode === 0 || discordCode === undefined)) {
    return ` The API at DISCORD_API_BASE (${apiBase}) has no such route: the base is probably wrong (it must not end in /v10; discord.js adds that).`;
  }
  if (status === 403 || status === 404 || /unknown application|missing access/i.test(message)) {
    return " Check DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID: the bot must be in that server).";
  }
  if (status === undefined) {
    return ` Check the network${apiBase ? ` and DISCORD_API_BASE (${apiBase})` : ""}.`;
  }
  return "";
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({ options: { clear: { type: "boolean" }, guild: { type: "string" } } });
  } catch (err) {
    process.stderr.write(`deploy-commands: ${(err as Error).message}. Usage: npm run deploy-commands [-- --clear [--guild ID]]\n`);
    process.exit(1);
  }
  let config: DeployConfig;
  try {
    config = loadConfig("deploy", args.values.guild !== undefined ? { ...process.env, DISCORD_GUILD_ID: args.values.guild } : process.env);
  } catch (err) {
    const line = err instanceof ConfigError ? err.message : "Configuration error: the environment could not be read; see .env.example.";
    process.stderr.write(`${line.replace("DISCORD_GUILD_ID is malformed (from the environment)", "--guild is malformed")}\n`);
    process.exit(1);
  }
  const clear = args.values.clear === true;
  const scrub = scrubber([config.DISCORD_TOKEN]);
  try {
    const result = await deployCommands(config, { clear });
    const where =
      result.scope === "guild"
        ? `in server ${config.DISCORD_GUILD_ID}${clear ? "" : " (guild commands: they appear at once)"}`
        : `globally${clear ? "" : " (global commands can take up to an hour to appear everywhere)"}`;
    const names = result.registered.map((c) => `/${c.name}`).join(", ");
    const summary = clear
      ? `Cleared every command of application ${config.DISCORD_APPLICATION_ID} ${where}.`
      : `Registered ${result.registered.length} commands for application ${config.DISCORD_APPLICATION_ID} ${where}: ${names}`;
    process.stdout.write(`${summary}\n  PUT ${result.route}${config.DISCORD_API_BASE ? ` on ${config.DISCORD_API_BASE}` : ""}\n`);
    process.exit(0);
  } catch (err) {
    const message = oneLine(err, scrub);
    const url = err instanceof DiscordAPIError ? ` (${err.method.toUpperCase()} ${err.url})` : "";
    process.stderr.write(`deploy-commands failed: ${message}${url}${/[.!?)]$/.test(message + url) ? "" : "."}${deployHint(err, config.DISCORD_API_BASE)}\n`);
    process.exit(1);
  }
}

// run only as the entry point, so tests and the e2e suite can import deployCommands
if (isEntryPoint(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`deploy-commands failed: ${oneLine(err, scrubber([process.env.DISCORD_TOKEN]))}\n`);
    process.exit(1);
  });
}
