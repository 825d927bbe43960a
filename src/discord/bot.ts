// The Discord gateway door: the real discord.js client, wired to the command
// handlers. Everything it answers comes from commands/run.ts; this file only
// turns interactions into handler calls, applies the per-user cooldown, sends
// the reply and writes one log line per interaction. It keeps no state a shard
// would need to share (the cooldown counts per process, or in Redis when
// REDIS_URL is set: src/cooldown-redis.ts).
import { performance } from "node:perf_hooks";
import {
  type AutocompleteInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  makeURLSearchParams,
  type RepliableInteraction,
  Routes,
} from "discord.js";
import { newErrorId, runAutocomplete, runCommand, runComponent, runMessageCommand, runModalSubmit, type RunResult } from "../../commands/run.js";
import type { GatewayConfig } from "../config.js";
import type { CooldownVerdict } from "../cooldown.js";
import { cooldownFor } from "../cooldown-redis.js";
import type { Core } from "../core.js";
import { type InteractionLine, type InteractionOutcome, interactionLine } from "../interaction-log.js";
import type { Logger } from "../log.js";
// replies made here (cooldown, unsupported, door errors) pass the same limits as the handlers' replies
import { fitMessage } from "../reply/fit.js";
import { EPHEMERAL_FLAG } from "../reply/limits.js";
import { type MessagePayload, NO_MENTIONS } from "../reply/payload.js";
import { type Failure, fatalClose } from "./failures.js";
import { EXIT } from "../exit-codes.js";
import { casebookCacheOptions } from "./caches.js";
import { cooldownReply, optionRecord, safeError, scrubber, unsupportedReply } from "./interactions.js";
import { replyBody } from "./reply-body.js";

/** What the bot needs from the configuration (a parsed GatewayConfig fits). */
export type BotConfig = Pick<GatewayConfig, "DISCORD_TOKEN"> &
  Partial<Pick<GatewayConfig, "DISCORD_API_BASE" | "COOLDOWN_COMMANDS" | "COOLDOWN_WINDOW_SECONDS" | "REDIS_URL" | "REDIS_TIMEOUT_MS" | "LOG_CONTENT">>;

export interface BotOptions {
  config: BotConfig;
  core: Core;
  logger: Logger;
  /** extra discord.js client options (tests, benchmarks); intents stay Guilds only */
  clientOptions?: Partial<Omit<ClientOptions, "intents">>;
  /** reject start() if the client is not ready in time; default: wait as long as discord.js keeps trying */
  readyTimeoutMs?: number;
  /** called when Discord closes a shard for good (a rejected token: 4004); before ready, start() rejects instead */
  onFatal?: (close: FatalClose) => void;
}

/** A gateway close discord.js will not retry, with the line and exit code for the operator. */
export interface FatalClose extends Failure {
  closeCode: number;
  shard: number;
}

/** start() rejects with this when the gateway refused the bot before it was ready. */
export class FatalCloseError extends Error {
  override name = "FatalCloseError";
  constructor(readonly close: FatalClose) {
    super(close.line);
  }
}

export interface Bot {
  client: Client;
  /** Logs in and resolves once the client is ready (every shard of this process connected). */
  start(): Promise<void>;
  /** Lets in-flight replies finish (briefly), then closes the gateway connection. Safe to call twice. */
  stop(): Promise<void>;
}


const IN_FLIGHT_GRACE_MS = 3000;
/** the callback's query, as discord.js sends it; only read (toString), so one for every reply */
const WITHOUT_RESPONSE = makeURLSearchParams({ with_response: false });

export function createBot({ config, core, logger, clientOptions = {}, readyTimeoutMs, onFatal }: BotOptions): Bot {
  const scrub = scrubber([config.DISCORD_TOKEN]);
  const log = logger.child({ door: "gateway" });
  const cooldown = cooldownFor(config, log);
  const { limit, windowMs } = cooldown;
  const logContent = config.LOG_CONTENT ?? false;

  const client = new Client({
    // Guilds only: slash commands, autocomplete and components arrive as
    // interactions whatever the intents; no message content, members or presences.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    // caches bounded to what Casebook reads, so memory does not grow per user (caches.ts)
    ...casebookCacheOptions(),
    ...clientOptions,
    rest: { ...clientOptions.rest, ...(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}) },
  });

  const inFlight = new Set<Promise<void>>();
  let stopping: Promise<void> | undefined;
  let fatal: ((f: FatalClose) => void) | undefined = onFatal;

  client.on(Events.InteractionCreate, (interaction) => {
    const p = handle(interaction).catch((err: unknown) => {
      // handle() catches everything itself; this is the last line of defence
      log.error({ errorId: newErrorId(), error: safeError(err, scrub) }, "interaction handling failed");
    });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  });

  client.on(Events.ClientReady, (c) => {
    log.info({ user: c.user.id, shards: c.ws.shards.map((s) => s.id), guilds: c.guilds.cache.size }, "ready");
  });
  client.on(Events.Error, (err) => log.error({ errorId: newErrorId(), error: safeError(err, scrub) }, "client error"));
  client.on(Events.Warn, (message) => log.warn({ message: scrub(message) }, "client warning"));
  // discord.js's debug stream is busy; listen only when it would be logged
  if (log.isLevelEnabled("trace")) client.on(Events.Debug, (message) => log.trace({ message: scrub(message) }, "client debug"));
  client.on(Events.ShardError, (err, shard) => log.error({ shard, error: safeError(err, scrub) }, "shard connection error"));
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopping) return;
    // discord.js emits shardDisconnect only for closes it will not retry: the
    // shard stays down for good, so the process must end and say why
    const failure = fatalClose(event.code) ?? {
      code: EXIT.rejected,
      line: `Discord closed the gateway connection with code ${event.code}, which discord.js does not retry; see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes.`,
    };
    log.fatal({ shard, code: event.code, exitCode: failure.code }, "shard disconnected for good");
    fatal?.({ ...failure, closeCode: event.code, shard });
  });
  client.on(Events.ShardReady, (shard) => log.info({ shard }, "shard ready"));
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) log.info({ shard }, "shard reconnecting");
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, "shard resumed"));
  client.on(Events.Invalidated, () => log.error("session invalidated"));
  client.rest.on("rateLimited", (info) =>
    log.warn({ route: scrub(info.route), retryAfterMs: info.retryAfter, global: info.global }, "rate limited"),
  );

  guardMalformedInteractions(client, log, scrub);

  async function handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    let fields: Pick<InteractionLine, "kind" | "command" | "options" | "values"> = { kind: "other" };
    let outcome: InteractionOutcome;
    let result: RunResult<unknown> | undefined;
    let replyError: unknown;
    try {
      if (interaction.isAutocomplete()) {
        const focused = interaction.options.getFocused(true);
        fields = { kind: "autocomplete", command: interaction.commandName, options: optionNames(interaction), values: { [focused.name]: focused.value } };
        const suggested = runAutocomplete(core, interaction.commandName, { name: focused.name, value: String(focused.value ?? "") });
        [result, outcome] = [suggested, suggested.outcome];
        try {
          await interaction.respond(suggested.reply);
        } catch (err) {
          replyError = err;
        }
      } else if (interaction.isRepliable()) {
        let payload: MessagePayload;
        /** a form to show instead of a message ("Ask another") */
        let modal: RunResult<unknown>["modal"];
        const verdict = async (): Promise<CooldownVerdict> => cooldown.take(interaction.user.id);
        if (interaction.isChatInputCommand()) {
          const options = optionRecord(interaction.options.data);
          fields = { kind: "command", command: interaction.commandName, options: Object.keys(options), values: options };
          const v = await verdict();
          if (!v.ok) [payload, outcome] = [fitMessage(cooldownReply(v.retryAfterMs, limit, windowMs)), "cooldown"];
          else ({ reply: payload, outcome } = result = runCommand(core, interaction.commandName, options));
        } else if (interaction.isMessageContextMenuCommand()) {
          fields = { kind: "command", command: interaction.commandName };
          const v = await verdict();
          if (!v.ok) [payload, outcome] = [fitMessage(cooldownReply(v.retryAfterMs, limit, windowMs)), "cooldown"];
          else ({ reply: payload, outcome } = result = runMessageCommand(core, interaction.commandName, interaction.targetMessage.content));
        } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
          const values = interaction.isStringSelectMenu() ? [...interaction.values] : [];
          fields = { kind: interaction.isButton() ? "button" : "select", command: componentKind(interaction.customId) };
          if (interaction.isStringSelectMenu()) fields.values = values;
          const v = await verdict();
          if (!v.ok) [payload, outcome] = [fitMessage(cooldownReply(v.retryAfterMs, limit, windowMs)), "cooldown"];
          else ({ reply: payload, outcome, modal } = result = runComponent(core, interaction.customId, values, { embeds: interaction.message.embeds.map((e) => e.toJSON()) }));
        } else if (interaction.isModalSubmit()) {
          // a submitted form: "Ask another"'s question box
          const typed = Object.fromEntries(
            [...interaction.fields.fields.values()].flatMap((f) => ("value" in f && typeof f.value === "string" ? [[f.customId, f.value]] : [])),
          );
          fields = { kind: "modal", command: componentKind(interaction.customId), options: Object.keys(typed), values: typed };
          const v = await verdict();
          if (!v.ok) [payload, outcome] = [fitMessage(cooldownReply(v.retryAfterMs, limit, windowMs)), "cooldown"];
          else ({ reply: payload, outcome } = result = runModalSubmit(core, interaction.customId, typed));
        } else {
          [payload, outcome] = [fitMessage(unsupportedReply()), "invalid"];
        }
        try {
          if (modal && (interaction.isButton() || interaction.isStringSelectMenu())) await interaction.showModal(modal);
          else await reply(interaction, payload);
        } catch (err) {
          replyError = err;
        }
      } else {
        // nothing to reply to (every gateway interaction is repliable or autocomplete today)
        outcome = "invalid";
      }
    } catch (err) {
      // run.ts never throws; this catches a surprise in the door itself
      outcome = "error";
      result = { reply: undefined, outcome: "error", errorId: newErrorId(), error: err };
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]).catch((e: unknown) => (replyError = e));
      } else if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        await reply(interaction as RepliableInteraction, fitMessage(doorErrorReply(result.errorId!))).catch((e: unknown) => (replyError = e));
      }
    }

    const level = outcome === "error" ? "error" : replyError !== undefined ? "warn" : "info";
    // the line is built only when it is written (the hashed user id, the safe errors)
    if (!log.isLevelEnabled(level)) return;
    const line: Record<string, unknown> = {
      ...interactionLine({ id: interaction.id, userId: interaction.user?.id, ...fields, outcome, startedMs: started, nowMs: performance.now() }, logContent),
    };
    if (fields.kind === "other") line.type = interaction.type;
    if (result?.errorId) line.errorId = result.errorId;
    if (result?.error !== undefined) line.error = safeError(result.error, scrub);
    if (replyError !== undefined) line.replyError = safeError(replyError, scrub);
    log[level](line, level === "warn" ? "interaction (reply failed)" : "interaction");
  }

  /**
   * What `interaction.reply` does (one POST to the interaction callback, then
   * marks the interaction replied), with the body built once per payload
   * (reply-body.ts) instead of by discord.js on every reply.
   */
  async function reply(interaction: RepliableInteraction, payload: MessagePayload): Promise<void> {
    if (interaction.deferred || interaction.replied) throw new Error("the interaction has already been replied to");
    const { contentType, body } = await replyBody(payload);
    await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
      body,
      passThroughBody: true,
      headers: { "Content-Type": contentType },
      auth: false,
      query: WITHOUT_RESPONSE,
    });
    interaction.ephemeral = ((payload.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
    interaction.replied = true;
  }

  function doorErrorReply(errorId: string): MessagePayload {
    return {
      content: `Casebook could not answer that. It is still running; please try again. Error id: \`${errorId}\``,
      embeds: [],
      flags: EPHEMERAL_FLAG,
      allowed_mentions: NO_MENTIONS(),
    };
  }

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve, reject) => {
        const later = fatal;
        // a fatal close before ready fails start(); after ready it goes to onFatal
        fatal = (close) => reject(new FatalCloseError(close));
        client.once(Events.ClientReady, () => {
          fatal = later;
          resolve();
        });
        if (readyTimeoutMs !== undefined) {
          setTimeout(() => reject(new Error(`the client was not ready after ${readyTimeoutMs} ms`)), readyTimeoutMs).unref();
        }
      });
      ready.catch(() => {}); // a login failure below is the error to report
      // whichever fails first: login (REST: a 401, an unreachable API) or the
      // gateway (a fatal close while login may still be waiting for it)
      await Promise.all([client.login(config.DISCORD_TOKEN), ready]);
    },
    stop() {
      stopping ??= (async () => {
        if (inFlight.size) {
          await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, IN_FLIGHT_GRACE_MS).unref())]);
        }
        await client.destroy();
        await cooldown.close?.();
        log.info("stopped");
      })();
      return stopping;
    },
  };
}

/** The handler part of a custom id ("case:qi" -> "case"): names what was clicked, carries no user text. */
export function componentKind(customId: string): string {
  return customId.split(":")[0]!.slice(0, 32);
}

function optionNames(interaction: AutocompleteInteraction): string[] {
  return Object.keys(optionRecord(interaction.options.data));
}

/**
 * discord.js builds interaction objects inside its gateway message handler; a
 * malformed INTERACTION_CREATE makes that throw, which would surface as an
 * unhandled rejection. Wrap the one action that builds them so such a packet is
 * logged with an error id and skipped. (`client.actions` is internal to
 * discord.js v14; if it is missing, the process-level handlers still log it.)
 *
 * Kept on purpose (issue 14): no public hook does this job. In discord.js
 * 14.28 the WebSocketManager emits `Events.Raw` and its own `client.ws` event
 * for a packet and then, in the same call, hands it to the INTERACTION_CREATE
 * handler; those listeners can look at a packet but cannot stop discord.js from
 * building it, and `interactionCreate` (with any try/catch in it) is only
 * emitted after the build succeeded. The test "a malformed INTERACTION_CREATE
 * ... is logged and skipped" (test/e2e/casebook.test.ts) pins this behaviour,
 * so a discord.js upgrade that moves `actions` fails there, not in production.
 */
function guardMalformedInteractions(client: Client, log: Logger, scrub: (t: string) => string): void {
  const actions = (client as unknown as { actions?: Record<string, { handle?: (data: unknown) => unknown }> }).actions;
  const action = actions?.InteractionCreate;
  if (!action?.handle) return;
  const original = action.handle.bind(action);
  action.handle = (data: unknown) => {
    try {
      return original(data);
    } catch (err) {
      const raw = (data ?? {}) as { id?: unknown; type?: unknown };
      log.error(
        { errorId: newErrorId(), id: typeof raw.id === "string" ? raw.id : undefined, type: raw.type, error: safeError(err, scrub) },
        "malformed interaction skipped",
      );
      return undefined;
    }
  };
}
