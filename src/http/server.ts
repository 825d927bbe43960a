// The HTTP door: Discord POSTs each interaction to /interactions and takes the
// reply from the response body, so no gateway connection and no state is
// needed, and any number of identical replicas can run behind a load balancer.
// Node's own http and crypto only; every request is authenticated with the
// application's Ed25519 public key before anything else is done with it.
import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { ApplicationCommandType, InteractionResponseType, InteractionType } from "discord-api-types/v10";
import { runAutocomplete, runCommand, runComponent, runMessageCommand, runModalSubmit } from "../../commands/run.js";
import type { Core } from "../core.js";
import type { CooldownCounter } from "../cooldown.js";
import { type InteractionKind, type InteractionOutcome, interactionLine } from "../interaction-log.js";
import type { Logger } from "../log.js";
import { cooldownReply } from "../reply/builders.js";
import { multipartBody, payloadJson } from "../reply/attachments.js";
import { fitMessage } from "../reply/fit.js";
import type { MessagePayload } from "../reply/payload.js";

/** Bodies larger than this are refused (413) without reading further. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A signed request whose timestamp is further than this from our clock is refused as a replay (401). */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface InteractionServerOptions {
  core: Core;
  /** the application's public key from the Developer Portal: 64 hex characters (32 raw bytes) */
  publicKey: string;
  logger: Logger;
  /** per-user rate limit for commands and components: this process's memory, or shared in Redis */
  cooldown?: CooldownCounter;
  /** LOG_CONTENT: log option values and user ids (default false: a salted hash for the user, no values) */
  logContent?: boolean;
  /** the clock, in milliseconds (tests move it) */
  now?: () => number;
}

/**
 * Turns the portal's 64-hex-character public key into a node KeyObject. The raw
 * 32 bytes go in as a JWK (RFC 8037: kty OKP, crv Ed25519, x = the key in
 * base64url), so node builds the key structure itself; no hand-written DER.
 */
export function ed25519PublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("an Ed25519 public key is 64 hexadecimal characters");
  const x = Buffer.from(hex, "hex").toString("base64url");
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
}

/** Checks Discord's signature: Ed25519 over the timestamp header followed by the raw body. */
export function verifySignature(key: KeyObject, signatureHex: string, timestamp: string, body: Buffer): boolean {
  if (!/^[0-9a-fA-F]{128}$/.test(signatureHex)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, "utf8"), body]), key, Buffer.from(signatureHex, "hex"));
  } catch {
    return false;
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Body = { ok: true; body: Buffer } | { ok: false; status: number; message: string };

/**
 * Reads the body up to `limit` bytes. A declared Content-Length over the limit
 * is refused before a byte is read; a body that grows past it stops being read
 * at that point. Either way the caller answers at once and closes the connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    return Promise.resolve({ ok: false, status: 413, message: `the body is larger than ${limit} bytes` });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: Body) => {
      if (done) return;
      done = true;
      req.off("data", onData);
      req.off("end", onEnd);
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, status: 413, message: `the body is larger than ${limit} bytes` });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, size) });
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", () => finish({ ok: false, status: 400, message: "the request could not be read" }));
  });
}

// ---- the interaction payload, read defensively (it is signed, but it is still input) ----

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

interface OptionEntry {
  name: string;
  value: unknown;
  focused: boolean;
}

/** `data.options` as a list; sub-commands (which Casebook does not have) contribute their own options. */
function optionEntries(options: unknown, depth = 0): OptionEntry[] {
  if (!Array.isArray(options) || depth > 2) return [];
  const out: OptionEntry[] = [];
  for (const o of options) {
    if (!isObject(o) || typeof o.name !== "string") continue;
    if (Array.isArray(o.options)) out.push(...optionEntries(o.options, depth + 1));
    else if ("value" in o) out.push({ name: o.name, value: o.value, focused: o.focused === true });
  }
  return out;
}

/**
 * A submitted form's text inputs as { custom_id: value }: inside action rows
 * (`components[].components[]`) or inside labels (`components[].component`).
 */
function modalValues(components: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(components)) return out;
  for (const row of components) {
    if (!isObject(row)) continue;
    const inner = Array.isArray(row.components) ? row.components : isObject(row.component) ? [row.component] : [];
    for (const c of inner) {
      if (isObject(c) && typeof c.custom_id === "string" && typeof c.value === "string") out[c.custom_id] = c.value;
    }
  }
  return out;
}

function userId(interaction: Json): string | undefined {
  const member = interaction.member;
  if (isObject(member) && isObject(member.user) && typeof member.user.id === "string") return member.user.id;
  if (isObject(interaction.user) && typeof interaction.user.id === "string") return interaction.user.id;
  return undefined;
}

/** What the request's log line says about the interaction: the fields both doors share (see interaction-log.ts). */
interface Facts {
  id?: string;
  userId?: string;
  kind?: InteractionKind;
  command?: string;
  options?: string[];
  values?: Record<string, unknown> | string[];
  outcome?: InteractionOutcome;
  errorId?: string;
  err?: unknown;
  reason?: string;
}

const INTERACTION_KINDS: Record<number, InteractionKind> = {
  [InteractionType.Ping]: "ping",
  [InteractionType.ApplicationCommand]: "command",
  [InteractionType.MessageComponent]: "button",
  [InteractionType.ApplicationCommandAutocomplete]: "autocomplete",
  [InteractionType.ModalSubmit]: "modal",
};

/** Answers one verified interaction: the response body Discord expects. */
async function answer(interaction: Json, opts: InteractionServerOptions, facts: Facts): Promise<unknown> {
  const { core, cooldown } = opts;
  const type = interaction.type;
  facts.kind = typeof type === "number" ? (INTERACTION_KINDS[type] ?? "other") : "other";
  facts.id = str(interaction.id);
  facts.userId = userId(interaction);
  const data = isObject(interaction.data) ? interaction.data : undefined;

  const limited = async (): Promise<MessagePayload | undefined> => {
    const user = userId(interaction);
    if (!cooldown || user === undefined) return undefined;
    const verdict = await cooldown.take(user);
    if (verdict.ok) return undefined;
    facts.outcome = "cooldown";
    return fitMessage(cooldownReply(verdict.retryAfterMs, cooldown.limit, cooldown.windowMs));
  };

  switch (type) {
    case InteractionType.Ping:
      facts.outcome = "answered";
      return { type: InteractionResponseType.Pong };

    case InteractionType.ApplicationCommand: {
      const name = str(data?.name);
      if (name === undefined) throw new HttpError(400, "an application command needs data.name");
      const entries = optionEntries(data?.options);
      facts.command = name;
      facts.options = entries.map((e) => e.name);
      facts.values = Object.fromEntries(entries.map((e) => [e.name, e.value]));
      const slow = await limited();
      if (slow) return { type: InteractionResponseType.ChannelMessageWithSource, data: slow };
      // a message command ("Check with Casebook") names its message in data.target_id, resolved in data.resolved.messages
      if (data?.type === ApplicationCommandType.Message) {
        const target = str(data?.target_id);
        const messages = data?.resolved && typeof data.resolved === "object" ? (data.resolved as { messages?: Record<string, { content?: unknown }> }).messages : undefined;
        const content = target !== undefined ? messages?.[target]?.content : undefined;
        const message = runMessageCommand(core, name, typeof content === "string" ? content : "");
        Object.assign(facts, { outcome: message.outcome, errorId: message.errorId, err: message.error });
        return { type: InteractionResponseType.ChannelMessageWithSource, data: message.reply };
      }
      const result = runCommand(core, name, Object.fromEntries(entries.map((e) => [e.name, e.value])));
      Object.assign(facts, { outcome: result.outcome, errorId: result.errorId, err: result.error });
      return { type: InteractionResponseType.ChannelMessageWithSource, data: result.reply };
    }

    case InteractionType.ApplicationCommandAutocomplete: {
      const name = str(data?.name);
      if (name === undefined) throw new HttpError(400, "an autocomplete interaction needs data.name");
      const entries = optionEntries(data?.options);
      const focused = entries.find((e) => e.focused);
      facts.command = name;
      facts.options = entries.map((e) => e.name);
      if (focused) facts.values = { [focused.name]: focused.value };
      if (!focused) return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
      const v = focused.value;
      const result = runAutocomplete(core, name, { name: focused.name, value: typeof v === "string" ? v : typeof v === "number" ? String(v) : "" });
      Object.assign(facts, { outcome: result.outcome, errorId: result.errorId, err: result.error });
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: result.reply } };
    }

    case InteractionType.MessageComponent: {
      const customId = str(data?.custom_id);
      if (customId === undefined) throw new HttpError(400, "a component interaction needs data.custom_id");
      const values = Array.isArray(data?.values) ? data.values.filter((v): v is string => typeof v === "string") : [];
      facts.command = customId.split(":")[0]!.slice(0, 32);
      // component_type 2 is a button; menus (3, and the user/role/channel kinds) are selects
      if (data?.component_type !== 2) facts.kind = "select";
      if (facts.kind === "select") facts.values = values;
      const slow = await limited();
      if (slow) return { type: InteractionResponseType.ChannelMessageWithSource, data: slow };
      const result = runComponent(core, customId, values, interaction.message);
      Object.assign(facts, { outcome: result.outcome, errorId: result.errorId, err: result.error });
      // "Ask another": a form to fill in (MODAL), not a message
      if (result.modal) return { type: InteractionResponseType.Modal, data: result.modal };
      return { type: InteractionResponseType.ChannelMessageWithSource, data: result.reply };
    }

    case InteractionType.ModalSubmit: {
      const customId = str(data?.custom_id);
      if (customId === undefined) throw new HttpError(400, "a modal submit needs data.custom_id");
      const typed = modalValues(data?.components);
      facts.command = customId.split(":")[0]!.slice(0, 32);
      facts.options = Object.keys(typed);
      facts.values = typed;
      const slow = await limited();
      if (slow) return { type: InteractionResponseType.ChannelMessageWithSource, data: slow };
      const result = runModalSubmit(core, customId, typed);
      Object.assign(facts, { outcome: result.outcome, errorId: result.errorId, err: result.error });
      return { type: InteractionResponseType.ChannelMessageWithSource, data: result.reply };
    }

    default:
      facts.outcome = "invalid";
      throw new HttpError(400, "unsupported interaction type");
  }
}

/**
 * The response body for an answer: JSON, or, when the reply carries files (the
 * sentencing gauge), multipart/form-data with payload_json and files[n], the
 * form Discord takes messages with files in.
 */
async function responseBody(answered: unknown): Promise<{ status: number; body: string | Buffer; contentType?: string }> {
  if (!isObject(answered) || !isObject(answered.data)) return { status: 200, body: JSON.stringify(answered) };
  const data = answered.data as unknown as MessagePayload;
  if (!Array.isArray(data.files) || data.files.length === 0) return { status: 200, body: JSON.stringify(answered) };
  const json = { ...answered, data: payloadJson(data) };
  const { contentType, body } = await multipartBody(json, data.files);
  return { status: 200, body, contentType };
}

/**
 * The interactions endpoint as a node http.Server (not yet listening).
 * POST /interactions, GET /healthz; everything else 404 or 405.
 */
export function createInteractionServer(opts: InteractionServerOptions): Server {
  const { core, logger } = opts;
  const key = ed25519PublicKey(opts.publicKey);
  const now = opts.now ?? Date.now;
  const logContent = opts.logContent ?? false;
  const health = JSON.stringify({ status: "ok", dataset: core.data.version });

  async function handle(req: IncomingMessage, facts: Facts): Promise<{ status: number; body: string | Buffer; contentType?: string }> {
    const path = (req.url ?? "/").split("?")[0]!;

    if (path === "/healthz") {
      if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "method not allowed", { allow: "GET, HEAD" });
      return { status: 200, body: health };
    }
    if (path !== "/interactions") throw new HttpError(404, "not found");
    if (req.method !== "POST") throw new HttpError(405, "method not allowed", { allow: "POST" });

    const signature = req.headers["x-signature-ed25519"];
    const timestamp = req.headers["x-signature-timestamp"];
    if (typeof signature !== "string" || typeof timestamp !== "string") {
      throw new HttpError(401, "invalid request signature", { "x-reason": "missing signature headers" });
    }
    const read = await readBody(req, MAX_BODY_BYTES);
    // over the cap: stop here; the rest is never read and the connection closes after the answer
    if (!read.ok) throw new HttpError(read.status, read.message);
    if (!verifySignature(key, signature, timestamp, read.body)) throw new HttpError(401, "invalid request signature");
    const sent = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
    if (!(Math.abs(now() / 1000 - sent) <= MAX_CLOCK_SKEW_SECONDS)) {
      throw new HttpError(401, "invalid request signature", { "x-reason": "stale timestamp" });
    }

    let interaction: unknown;
    try {
      interaction = JSON.parse(read.body.toString("utf8"));
    } catch {
      throw new HttpError(400, "the body is not valid JSON");
    }
    if (!isObject(interaction)) throw new HttpError(400, "the body is not an interaction object");
    return responseBody(await answer(interaction, opts, facts));
  }

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const facts: Facts = {};
    const path = (req.url ?? "/").split("?")[0]!.slice(0, 200);
    req.on("error", () => {});
    res.on("error", () => {});
    const send = (status: number, body: string | Buffer | undefined, headers: Record<string, string> = {}) => {
      if (res.headersSent || res.destroyed) return;
      const { "x-reason": xReason, ...rest } = headers;
      if (xReason) facts.reason = xReason;
      const payload = body ?? "";
      // a refused request whose body was not read to the end: answer now, read no more, close
      const unread = status >= 400 && !req.complete;
      res.writeHead(status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(payload),
        "cache-control": "no-store",
        ...(unread ? { connection: "close" } : {}),
        ...rest,
      });
      res.end(req.method === "HEAD" ? undefined : payload);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const { err, errorId, reason, kind, outcome, id, userId, command, options, values } = facts;
      const line: Record<string, unknown> = { method: req.method, path, status };
      if (kind !== undefined) {
        // an interaction was read: the fields the gateway door logs, in the same names
        const interaction = { id, userId, kind, command, options, values, outcome: outcome ?? (status >= 400 ? "invalid" : "answered") };
        Object.assign(line, interactionLine({ ...interaction, startedMs: 0, nowMs: ms }, logContent));
      } else {
        line.latencyMs = Math.round(ms * 100) / 100;
      }
      if (errorId !== undefined) line.errorId = errorId;
      if (reason !== undefined) line.reason = reason;
      // "interaction" once an interaction was read, as the gateway door's lines; "request" otherwise
      const msg = kind !== undefined ? "interaction" : "request";
      if (facts.outcome === "error") logger.error({ ...line, err }, msg);
      else if (status >= 500) logger.error({ ...line, err }, "request failed");
      else if (path === "/healthz" && status === 200) logger.debug(line, msg);
      else logger.info(line, msg);
    };

    handle(req, facts).then(
      (r) => send(r.status, r.body, r.contentType ? { "content-type": r.contentType } : {}),
      (err: unknown) => {
        if (err instanceof HttpError) {
          facts.reason = err.message;
          send(err.status, JSON.stringify({ error: err.message }), err.headers);
        } else {
          facts.err = err;
          send(500, JSON.stringify({ error: "internal error" }));
        }
      },
    ).catch((err: unknown) => {
      // the answer itself could not be written: drop the connection, keep the server
      logger.error({ err, method: req.method, path }, "response failed");
      res.destroy();
    });
  });

  // Discord waits 3 seconds for an answer: nothing legitimate is slow, so slow clients are cut off.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  // idle keep-alive connections outlive a load balancer's usual 60 s idle timeout, so the balancer
  // never reuses a connection this side has just closed (which shows up as sporadic 502s)
  server.keepAliveTimeout = 65_000;
  return server;
}
