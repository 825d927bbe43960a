// The Discord double: a small HTTP + WebSocket server on 127.0.0.1 speaking
// enough of Discord's REST API (v10) and gateway protocol (v10, JSON, no
// compression) for the real discord.js client to connect, register commands,
// receive interactions and reply. Generic: it knows nothing of Casebook.
//
//   const double = new DiscordDouble();
//   const { apiBase } = await double.start();          // "http://127.0.0.1:PORT/api"
//   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase } });
//   await client.login(double.token);
//   const body = await double.dispatchInteraction(double.interactions.chatInput({ name: "ping" }));
//
// REST (all under /api/v10):
//   GET  /gateway, /gateway/bot, /users/@me, /applications/@me
//   GET|PUT /applications/:app/commands, /applications/:app/guilds/:guild/commands
//   POST /applications/:app/commands, /applications/:app/guilds/:guild/commands
//   POST /interactions/:id/:token/callback              (204, or 200 with ?with_response=true)
//   POST /webhooks/:app/:token                          (follow-up, returns a message)
//   GET|PATCH|DELETE /webhooks/:app/:token/messages/@original and /messages/:id
// Anything else: 404 `{ message, code: 0 }`, recorded with `matched: false`.
//
// Gateway (ws://127.0.0.1:PORT/gateway?v=10&encoding=json): HELLO on connect,
// IDENTIFY -> READY, heartbeat -> ACK, RESUME -> replay of missed dispatches
// then RESUMED, INVALID_SESSION and RECONNECT on demand, Discord's close codes
// for protocol errors (4004 for a wrong or revoked token: `revokeToken()`). READY's `resume_gateway_url` is ws://.../gateway/resume
// so a test can tell that the client resumed where it was told to.
import { EventEmitter } from "node:events";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { randomBytes } from "node:crypto";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import type { APIApplicationCommand, APIUser, RESTPostAPIInteractionCallbackJSONBody } from "discord-api-types/v10";
import { Locale } from "discord-api-types/v10";
import { InteractionFactory } from "./interactions.js";
import { snowflake } from "./snowflake.js";

export { snowflake } from "./snowflake.js";
export { InteractionFactory, opt } from "./interactions.js";

// ---------------------------------------------------------------- types

export interface DiscordDoubleOptions {
  /** Default 0 (a random free port). */
  port?: number;
  /** Gateway heartbeat interval sent in HELLO. Default 41250 (Discord's). */
  heartbeatIntervalMs?: number;
  /** Bot token the REST API and IDENTIFY/RESUME accept. Default "double-token". `null`: accept any. */
  token?: string | null;
  applicationId?: string;
  /** Bot user fields for READY and /users/@me. */
  botUser?: Partial<APIUser>;
  /** `shards` in /gateway/bot. Default 1. */
  shards?: number;
  /** `session_start_limit.max_concurrency`. Default 1. */
  maxConcurrency?: number;
  /** Dispatches kept per session for RESUME replay (trimmed further by heartbeat acks). Default 5000. */
  replayBufferSize?: number;
  /** Default timeout of `dispatchInteraction` and the `waitFor*` helpers. Default 10000 ms. */
  timeoutMs?: number;
  /** Added latency on every REST response. Default 0. */
  restLatencyMs?: number;
  /** Default guild / channel / user of built interactions. */
  guildId?: string | null;
  channelId?: string;
  user?: Partial<APIUser>;
  /** Keep every received gateway payload (op, t, d with tokens redacted) in `gatewayReceived`. Default true. */
  recordGateway?: boolean;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  /** the file's bytes, so tests can check what was sent (a PNG's signature, say) */
  bytes: Buffer;
}

export interface RecordedRequest {
  /** 1-based arrival order. */
  seq: number;
  at: number;
  method: string;
  /** Full path without the query, e.g. "/api/v10/interactions/1/tok/callback". */
  path: string;
  /** Route template, e.g. "POST /interactions/:id/:token/callback"; "UNMATCHED" for unknown routes. */
  route: string;
  matched: boolean;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** How the body came: JSON, multipart/form-data (payload_json / fields), or none. */
  bodyKind: "json" | "multipart" | "none" | "other";
  body: unknown;
  files: RecordedFile[];
  status: number;
  /** True when the response was an injected fault (`failNext*`). */
  fault: boolean;
}

/** What discord.js posted to the callback route (parsed JSON or multipart payload_json). */
export type InteractionCallbackBody = RESTPostAPIInteractionCallbackJSONBody;

export interface CallbackRecord {
  interactionId: string;
  at: number;
  /** ms from the first time the INTERACTION_CREATE went out on a socket to this callback; null if never sent. */
  latencyMs: number | null;
  body: InteractionCallbackBody;
  bodyKind: RecordedRequest["bodyKind"];
  /** files sent with a multipart callback (files[n]); empty for JSON */
  files: RecordedFile[];
  withResponse: boolean;
}

/** A message as the double returns it from webhook routes. */
export interface DoubleMessage {
  id: string;
  type: number;
  channel_id: string;
  author: APIUser;
  content: string;
  embeds: unknown[];
  components: unknown[];
  attachments: unknown[];
  mentions: unknown[];
  mention_roles: string[];
  mention_everyone: boolean;
  pinned: boolean;
  tts: boolean;
  timestamp: string;
  edited_timestamp: string | null;
  flags: number;
  webhook_id: string;
  application_id: string;
  [extra: string]: unknown;
}

export interface InteractionRecord {
  id: string;
  token: string;
  payload: Record<string, unknown> & { id: string; token: string; type: number };
  /** Gateway sequence number of the INTERACTION_CREATE, once it was put in a session. */
  seq: number | null;
  sessionId: string | null;
  /** performance.now() of each time it went out on a socket (first send, then replays). */
  sentAt: number[];
  acknowledged: boolean;
  /** Every POST to the callback route for it, including faulted and rejected attempts. */
  attempts: RecordedRequest[];
  callback: CallbackRecord | null;
  original: DoubleMessage | null;
  followups: DoubleMessage[];
}

export interface RegisteredCommand extends Omit<APIApplicationCommand, "guild_id"> {
  guild_id?: string;
}

export interface GatewayReceived {
  at: number;
  connectionId: number;
  op: number;
  t?: string | null;
  d: unknown;
}

export interface GatewayClose {
  at: number;
  connectionId: number;
  code: number;
  reason: string;
  /** Who started the close: "server" (double), "client", or "drop" (terminated without a close frame). */
  by: "server" | "client" | "drop";
}

export interface SessionInfo {
  sessionId: string;
  shard: [number, number];
  seq: number;
  connectionId: number;
}

export interface ResumeInfo extends SessionInfo {
  fromSeq: number;
  replayed: number;
}

export interface DoubleStats {
  /** WebSocket connections accepted, ever. */
  connections: number;
  identifies: number;
  /** Successful RESUMEs (replay done, RESUMED sent). */
  resumes: number;
  /** RESUMEs answered with INVALID_SESSION(false). */
  failedResumes: number;
  heartbeats: number;
  dispatches: number;
  invalidSessions: number;
  reconnectsRequested: number;
  closes: GatewayClose[];
}

export interface FaultSpec {
  /** Response status. Default 500. */
  status?: number;
  /** Sets `Retry-After` (seconds, may be fractional) and, for 429, Discord's rate-limit body and X-RateLimit-* headers. */
  retryAfterSeconds?: number;
  /** For 429: `global: true` and the X-RateLimit-Global header. */
  global?: boolean;
  /** Response body; default Discord-shaped for the status. */
  body?: unknown;
}

type RouteMatcher = string | RegExp | ((r: { method: string; route: string; path: string }) => boolean);

interface Fault extends FaultSpec {
  match: RouteMatcher;
  remaining: number;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  buffer: { s: number; json: string }[];
  conn: Conn | null;
  resumable: boolean;
}

interface Conn {
  id: number;
  ws: WebSocket;
  path: string;
  session: Session | null;
  /** Server-initiated close in progress (code), so the close is attributed right. */
  closingBy: "server" | "drop" | null;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Ctx {
  req: IncomingMessage;
  rec: RecordedRequest;
  params: Record<string, string>;
  query: URLSearchParams;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  keys: string[];
  auth: boolean;
  handler: (ctx: Ctx) => Reply | Promise<Reply>;
}

const API_PREFIX = "/api/v10";
const GATEWAY_PATHS = new Set(["/gateway", "/gateway/", "/gateway/resume", "/gateway/resume/"]);

/** Discord's JSON error shape. */
function err(status: number, message: string, code = 0, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, code, ...extra } };
}

function rawToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data).toString("utf8");
}

function redactToken(d: unknown): unknown {
  if (d && typeof d === "object" && !Array.isArray(d) && "token" in d) return { ...d, token: "[redacted]" };
  return d;
}

// ---------------------------------------------------------------- the double

export class DiscordDouble {
  readonly token: string | null;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly heartbeatIntervalMs: number;
  readonly shards: number;

  /** Every REST request, in arrival order. */
  readonly recorded: RecordedRequest[] = [];
  /** Every gateway payload received from clients (tokens redacted), when `recordGateway`. */
  readonly gatewayReceived: GatewayReceived[] = [];
  /** Every WebSocket connection accepted: which path it came to (/gateway or /gateway/resume). */
  readonly connectionLog: { connectionId: number; path: string; query: string; at: number }[] = [];
  /** Every accepted (2xx) interaction callback, in order. */
  readonly callbacks: CallbackRecord[] = [];
  readonly stats: DoubleStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    failedResumes: 0,
    heartbeats: 0,
    dispatches: 0,
    invalidSessions: 0,
    reconnectsRequested: 0,
    closes: [],
  };
  /** Builds INTERACTION_CREATE payloads for this double (its app id, registered command ids). */
  readonly interactions: InteractionFactory;

  private readonly opts: Required<Pick<DiscordDoubleOptions, "timeoutMs" | "restLatencyMs" | "replayBufferSize" | "maxConcurrency" | "recordGateway">>;
  private readonly defaultGuildId: string | null;
  private readonly defaultChannelId: string;
  private readonly defaultUser: APIUser;
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly conns = new Map<number, Conn>();
  private readonly sessions = new Map<string, Session>();
  /** Newest session per shard id: where dispatches for that shard go. */
  private readonly currentSession = new Map<number, Session>();
  /** Dispatches for a shard that has no session yet; delivered after its next READY. */
  private readonly orphans = new Map<number, { t: string; d: unknown }[]>();
  private readonly interactionsById = new Map<string, InteractionRecord>();
  private readonly lazyOriginal = new WeakMap<InteractionRecord, () => DoubleMessage>();
  private readonly interactionsByToken = new Map<string, InteractionRecord>();
  private readonly globalCommands: RegisteredCommand[] = [];
  private readonly guildCommands = new Map<string, RegisteredCommand[]>();
  private readonly faults: Fault[] = [];
  private readonly events = new EventEmitter();
  private readonly routes: Route[];
  private tokenRevoked = false;
  private connSeq = 0;
  private reqSeq = 0;
  private port = 0;

  constructor(options: DiscordDoubleOptions = {}) {
    this.token = options.token === undefined ? "double-token" : options.token;
    this.applicationId = options.applicationId ?? snowflake();
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.shards = options.shards ?? 1;
    this.opts = {
      timeoutMs: options.timeoutMs ?? 10_000,
      restLatencyMs: options.restLatencyMs ?? 0,
      replayBufferSize: options.replayBufferSize ?? 5_000,
      maxConcurrency: options.maxConcurrency ?? 1,
      recordGateway: options.recordGateway ?? true,
    };
    this.botUser = {
      id: this.applicationId,
      username: "double-bot",
      discriminator: "0",
      global_name: null,
      avatar: null,
      bot: true,
      verified: true,
      mfa_enabled: false,
      flags: 0 as APIUser["flags"],
      ...options.botUser,
    };
    this.defaultGuildId = options.guildId === undefined ? snowflake() : options.guildId;
    this.defaultChannelId = options.channelId ?? snowflake();
    this.defaultUser = {
      id: snowflake(),
      username: "tester",
      discriminator: "0",
      global_name: "Tester",
      avatar: null,
      ...options.user,
    };
    this.events.setMaxListeners(0);
    this.interactions = new InteractionFactory(() => ({
      applicationId: this.applicationId,
      guildId: this.defaultGuildId,
      channelId: this.defaultChannelId,
      user: this.defaultUser,
      locale: Locale.EnglishUS,
      lookupCommand: (name, type) => this.lookupCommand(name, type),
    }));
    this.routes = this.buildRoutes();
  }

  // ------------------------------------------------------------ lifecycle

  /** Listens on 127.0.0.1 (port 0 by default). `apiBase` is what discord.js takes as `rest.api`. */
  async start(port = 0): Promise<{ apiBase: string; gatewayUrl: string; port: number }> {
    if (this.server) throw new Error("DiscordDouble already started");
    const server = createServer((req, res) => void this.onRequest(req, res));
    server.keepAliveTimeout = 60_000;
    server.headersTimeout = 65_000;
    server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    server.on("upgrade", (req, socket, head) => this.onUpgrade(req, socket as Socket, head));
    this.server = server;
    this.wss = wss;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    this.port = (server.address() as AddressInfo).port;
    return { apiBase: this.apiBase, gatewayUrl: this.gatewayUrl, port: this.port };
  }

  /** Closes every socket and the server; pending waits reject. Safe to call twice. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.events.emit("stopped");
    for (const c of this.conns.values()) {
      c.closingBy = "drop";
      c.ws.terminate();
    }
    this.conns.clear();
    this.wss?.close();
    this.wss = null;
    server.closeAllConnections();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get resumeGatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway/resume`;
  }

  // ------------------------------------------------------------ inspection

  /** Commands as registered through PUT/POST: global and per guild. */
  get registeredCommands(): { global: RegisteredCommand[]; guilds: Record<string, RegisteredCommand[]> } {
    return { global: [...this.globalCommands], guilds: Object.fromEntries(this.guildCommands) };
  }

  /** Requests to routes the double does not know. */
  unexpectedRequests(): RecordedRequest[] {
    return this.recorded.filter((r) => !r.matched);
  }

  /** Recorded requests for a route template, e.g. "POST /interactions/:id/:token/callback". */
  requestsFor(route: string): RecordedRequest[] {
    return this.recorded.filter((r) => r.route === route);
  }

  /** What the double knows about one interaction (dispatch, callback attempts, reply messages). */
  interaction(id: string): InteractionRecord | undefined {
    return this.interactionsById.get(id);
  }

  /** WebSocket connections currently open. */
  get openConnections(): number {
    return [...this.conns.values()].filter((c) => c.ws.readyState === WebSocket.OPEN).length;
  }

  /** Gateway opcodes received, in order (e.g. to assert a RESUME, op 6, came in). */
  receivedOps(op?: number): GatewayReceived[] {
    return op === undefined ? [...this.gatewayReceived] : this.gatewayReceived.filter((g) => g.op === op);
  }

  /** Forget recorded requests, callbacks, gateway log and finished interactions (between benchmark phases). */
  clearRecorded(): void {
    this.recorded.length = 0;
    this.callbacks.length = 0;
    this.gatewayReceived.length = 0;
    for (const [id, it] of this.interactionsById) {
      if (it.acknowledged) {
        this.interactionsById.delete(id);
        this.interactionsByToken.delete(it.token);
      }
    }
  }

  // ------------------------------------------------------------ test hooks: interactions

  /**
   * Sends INTERACTION_CREATE to the session of the payload's shard (queued when
   * the socket is down, replayed on RESUME; held until READY when no session
   * exists yet) and resolves with the body of its first accepted callback.
   */
  dispatchInteraction(
    payload: object,
    options: { timeoutMs?: number; shard?: number } = {},
  ): Promise<InteractionCallbackBody> {
    const p = payload as InteractionRecord["payload"];
    if (typeof p.id !== "string" || typeof p.token !== "string") {
      return Promise.reject(new Error("dispatchInteraction: payload needs string `id` and `token`"));
    }
    if (this.interactionsById.has(p.id)) {
      return Promise.reject(new Error(`dispatchInteraction: interaction ${p.id} was already dispatched`));
    }
    let original: DoubleMessage | null = null;
    const lazy = this.lazyOriginal;
    const rec: InteractionRecord = {
      id: p.id,
      token: p.token,
      payload: p,
      seq: null,
      sessionId: null,
      sentAt: [],
      acknowledged: false,
      attempts: [],
      callback: null,
      // built on first read: the benchmark never reads it
      get original(): DoubleMessage | null {
        const make = lazy.get(rec);
        if (make) {
          lazy.delete(rec);
          original = make();
        }
        return original;
      },
      set original(value: DoubleMessage | null) {
        lazy.delete(rec);
        original = value;
      },
      followups: [],
    };
    this.interactionsById.set(rec.id, rec);
    this.interactionsByToken.set(rec.token, rec);
    const waiting = this.waitForCallback(rec.id, options.timeoutMs);
    const shard = options.shard ?? this.shardFor(typeof p.guild_id === "string" ? p.guild_id : undefined);
    this.dispatch("INTERACTION_CREATE", payload, shard);
    return waiting;
  }

  /** Resolves with the accepted callback of an interaction (immediately if it already came). */
  waitForCallback(interactionId: string, timeoutMs = this.opts.timeoutMs): Promise<InteractionCallbackBody> {
    const done = this.interactionsById.get(interactionId)?.callback;
    if (done) return Promise.resolve(done.body);
    return this.waitForEvent<CallbackRecord>(
      `callback:${interactionId}`,
      timeoutMs,
      () => {
        const it = this.interactionsById.get(interactionId);
        const state = !it
          ? "unknown interaction"
          : it.seq === null
            ? "never put in a session (no READY yet?)"
            : it.sentAt.length === 0
              ? `queued as seq ${it.seq}, never sent (socket down, no RESUME)`
              : `sent ${it.sentAt.length}x as seq ${it.seq}, ${it.attempts.length} callback attempt(s)`;
        return `no callback for interaction ${interactionId} within ${timeoutMs} ms: ${state}`;
      },
    ).then((c) => c.body);
  }

  /** Any gateway dispatch (e.g. GUILD_CREATE) to a shard's session. Returns the sequence number, or null if held. */
  dispatch(t: string, d: unknown, shard = 0): number | null {
    const session = this.currentSession.get(shard);
    if (!session) {
      const list = this.orphans.get(shard) ?? [];
      list.push({ t, d });
      this.orphans.set(shard, list);
      return null;
    }
    return this.sendDispatch(session, t, d);
  }

  // ------------------------------------------------------------ test hooks: faults

  /** Closes the live gateway socket(s) with a close frame (4000: unknown error, resumable). */
  closeSocket(code = 4000, reason = "closed by the double"): void {
    for (const c of this.liveConns()) {
      c.closingBy = "server";
      c.ws.close(code, reason);
    }
  }

  /** Terminates the live gateway socket(s) abruptly: no close frame (the client sees 1006). */
  dropSocket(): void {
    for (const c of this.liveConns()) {
      c.closingBy = "drop";
      c.ws.terminate();
    }
  }

  /** Sends op 9 INVALID_SESSION. Not resumable: the session is forgotten and RESUMEs for it fail. */
  invalidateSession(resumable: boolean): void {
    for (const c of this.liveConns()) {
      this.stats.invalidSessions++;
      if (!resumable && c.session) this.forgetSession(c.session);
      if (!resumable) c.session = null;
      this.send(c, { op: 9, d: resumable });
    }
  }

  /** Sends op 7 RECONNECT (the client should reconnect and resume). */
  requestReconnect(): void {
    for (const c of this.liveConns()) {
      this.stats.reconnectsRequested++;
      this.send(c, { op: 7, d: null });
    }
  }

  /**
   * Revokes the bot token on the gateway, as Reset Token in the Developer
   * Portal does: every later IDENTIFY or RESUME is closed with 4004
   * (Authentication failed). REST keeps accepting it, so a client that has
   * already fetched /gateway/bot meets the refusal where Discord shows it.
   */
  revokeToken(): void {
    this.tokenRevoked = true;
  }

  /** Sends op 1: the client must heartbeat now. */
  requestHeartbeat(): void {
    for (const c of this.liveConns()) this.send(c, { op: 1, d: null });
  }

  /**
   * Answers the next `n` interaction callback POSTs with 429, `Retry-After`
   * (seconds, may be fractional), X-RateLimit-* headers and Discord's body
   * `{ message, retry_after, global: false }`.
   */
  failNextCallbacks(n: number, retryAfterSeconds = 0.2): void {
    this.failNext("POST /interactions/:id/:token/callback", n, { status: 429, retryAfterSeconds });
  }

  /** Answers the next `count` requests matching a route template / regex on the path / predicate with a fault. */
  failNext(match: RouteMatcher, count: number, spec: FaultSpec = {}): void {
    this.faults.push({ match, remaining: count, ...spec });
  }

  // ------------------------------------------------------------ waits

  /** Resolves once `count` IDENTIFYs have been answered with READY (default: the next one). */
  waitForIdentify(options: { count?: number; timeoutMs?: number } = {}): Promise<SessionInfo> {
    const count = options.count ?? this.stats.identifies + 1;
    return this.waitForCount("identify", () => this.stats.identifies >= count, options.timeoutMs, `IDENTIFY #${count}`);
  }

  /** Resolves once `count` RESUMEs succeeded (replayed + RESUMED sent; default: the next one). */
  waitForResume(options: { count?: number; timeoutMs?: number } = {}): Promise<ResumeInfo> {
    const count = options.count ?? this.stats.resumes + 1;
    return this.waitForCount("resume", () => this.stats.resumes >= count, options.timeoutMs, `RESUME #${count}`);
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = this.opts.timeoutMs): Promise<RecordedRequest> {
    const found = this.recorded.find(predicate);
    if (found) return Promise.resolve(found);
    return this.waitForEvent<RecordedRequest>("request", timeoutMs, () => `no matching request within ${timeoutMs} ms`, predicate);
  }

  private waitForCount<T>(event: string, done: () => boolean, timeoutMs = this.opts.timeoutMs, what: string): Promise<T> {
    if (done()) return Promise.resolve(this.lastInfo.get(event) as T);
    return this.waitForEvent<T>(event, timeoutMs, () => `${what} did not happen within ${timeoutMs} ms`, () => done());
  }

  private readonly lastInfo = new Map<string, unknown>();

  private waitForEvent<T>(event: string, timeoutMs: number, describe: () => string, accept: (v: T) => boolean = () => true): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off(event, onEvent);
        this.events.off("stopped", onStop);
      };
      const onEvent = (v: T) => {
        if (!accept(v)) return;
        cleanup();
        resolve(v);
      };
      const onStop = () => {
        cleanup();
        reject(new Error(`DiscordDouble stopped while waiting: ${describe()}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(describe()));
      }, timeoutMs);
      this.events.on(event, onEvent);
      this.events.on("stopped", onStop);
    });
  }

  // ------------------------------------------------------------ gateway

  private liveConns(): Conn[] {
    return [...this.conns.values()].filter((c) => c.ws.readyState === WebSocket.OPEN);
  }

  private shardFor(guildId: string | undefined): number {
    if (!guildId || this.shards <= 1) return 0;
    return Number((BigInt(guildId) >> 22n) % BigInt(this.shards));
  }

  private onUpgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const reject = (status: number, text: string) => {
      this.record(req, url, { route: "UPGRADE", matched: false, status, body: text });
      socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${text}`);
    };
    if (!GATEWAY_PATHS.has(url.pathname)) return reject(404, "Not Found");
    const encoding = url.searchParams.get("encoding") ?? "json";
    if (encoding !== "json") return reject(400, "Only encoding=json is supported by the double");
    if (url.searchParams.has("compress")) return reject(400, "Transport compression is not supported by the double");
    const wss = this.wss;
    if (!wss) return reject(503, "Stopping");
    wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url));
  }

  private onConnection(ws: WebSocket, url: URL): void {
    const conn: Conn = { id: ++this.connSeq, ws, path: url.pathname, session: null, closingBy: null };
    this.conns.set(conn.id, conn);
    this.stats.connections++;
    this.connectionLog.push({ connectionId: conn.id, path: url.pathname, query: url.search, at: Date.now() });
    ws.on("message", (data) => this.onGatewayMessage(conn, rawToString(data)));
    ws.on("error", () => {
      /* a reset socket: the close handler does the bookkeeping */
    });
    ws.on("close", (code, reason) => this.onGatewayClose(conn, code, reason.toString("utf8")));
    if (url.searchParams.get("v") !== "10") {
      conn.closingBy = "server";
      ws.close(4012, "Invalid API version");
      return;
    }
    this.send(conn, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ["discord-double"] } });
  }

  private onGatewayClose(conn: Conn, code: number, reason: string): void {
    this.conns.delete(conn.id);
    const by = conn.closingBy ?? "client";
    this.stats.closes.push({ at: Date.now(), connectionId: conn.id, code, reason, by });
    const session = conn.session;
    if (session && session.conn === conn) {
      session.conn = null;
      // A client closing with 1000/1001 ends its session (Discord invalidates it).
      if (by === "client" && (code === 1000 || code === 1001)) this.forgetSession(session);
    }
    conn.session = null;
    this.events.emit("close", conn.id);
  }

  private send(conn: Conn, payload: object | string): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    conn.ws.send(typeof payload === "string" ? payload : JSON.stringify(payload));
  }

  private protocolClose(conn: Conn, code: number, reason: string): void {
    conn.closingBy = "server";
    conn.ws.close(code, reason);
  }

  private onGatewayMessage(conn: Conn, text: string): void {
    let msg: { op?: unknown; d?: unknown; t?: unknown };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      return this.protocolClose(conn, 4002, "Decode error");
    }
    if (typeof msg !== "object" || msg === null || typeof msg.op !== "number") {
      return this.protocolClose(conn, 4002, "Decode error");
    }
    if (this.opts.recordGateway) {
      this.gatewayReceived.push({ at: Date.now(), connectionId: conn.id, op: msg.op, t: (msg.t as string | null) ?? null, d: redactToken(msg.d) });
    }
    this.events.emit("op", { op: msg.op, connectionId: conn.id });
    switch (msg.op) {
      case 1: {
        this.stats.heartbeats++;
        if (conn.session && typeof msg.d === "number") this.trim(conn.session, msg.d);
        return this.send(conn, { op: 11 });
      }
      case 2:
        return this.onIdentify(conn, msg.d);
      case 6:
        return this.onResume(conn, msg.d);
      case 3: // presence update
      case 4: // voice state update
      case 8: // request guild members
      case 31: // request soundboard sounds
        if (!conn.session) return this.protocolClose(conn, 4003, "Not authenticated");
        return;
      default:
        return this.protocolClose(conn, 4001, "Unknown opcode");
    }
  }

  private tokenOk(token: unknown): boolean {
    if (typeof token !== "string" || this.tokenRevoked) return false;
    return this.token === null || token.replace(/^Bot\s+/i, "") === this.token;
  }

  private onIdentify(conn: Conn, d: unknown): void {
    if (conn.session) return this.protocolClose(conn, 4005, "Already authenticated");
    const data = (d ?? {}) as { token?: unknown; intents?: unknown; shard?: unknown };
    if (!this.tokenOk(data.token)) return this.protocolClose(conn, 4004, "Authentication failed");
    if (typeof data.intents !== "number") return this.protocolClose(conn, 4013, "Invalid intent(s)");
    let shard: [number, number] = [0, 1];
    if (data.shard !== undefined) {
      const s = data.shard as unknown[];
      if (!Array.isArray(s) || s.length !== 2 || typeof s[0] !== "number" || typeof s[1] !== "number" || s[0] < 0 || s[0] >= s[1]) {
        return this.protocolClose(conn, 4010, "Invalid shard");
      }
      shard = [s[0], s[1]];
    }
    const session: Session = { id: randomBytes(16).toString("hex"), shard, seq: 0, buffer: [], conn, resumable: true };
    this.sessions.set(session.id, session);
    this.currentSession.set(shard[0], session);
    conn.session = session;
    this.stats.identifies++;
    this.sendDispatch(session, "READY", {
      v: 10,
      user: this.botUser,
      guilds: [],
      session_id: session.id,
      session_type: "normal",
      resume_gateway_url: this.resumeGatewayUrl,
      shard,
      application: { id: this.applicationId, flags: 0 },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
      _trace: ["discord-double"],
    });
    const held = this.orphans.get(shard[0]);
    if (held) {
      this.orphans.delete(shard[0]);
      for (const o of held) this.sendDispatch(session, o.t, o.d);
    }
    const info: SessionInfo = { sessionId: session.id, shard, seq: session.seq, connectionId: conn.id };
    this.lastInfo.set("identify", info);
    this.events.emit("identify", info);
  }

  private onResume(conn: Conn, d: unknown): void {
    const data = (d ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
    if (!this.tokenOk(data.token)) return this.protocolClose(conn, 4004, "Authentication failed");
    const session = typeof data.session_id === "string" ? this.sessions.get(data.session_id) : undefined;
    const fromSeq = typeof data.seq === "number" ? data.seq : 0;
    const oldest = session?.buffer[0]?.s ?? (session ? session.seq + 1 : 0);
    // Unknown or invalidated session, or a gap the buffer no longer covers: INVALID_SESSION(false).
    if (!session || !session.resumable || fromSeq > session.seq || fromSeq + 1 < oldest) {
      this.stats.failedResumes++;
      if (conn.session && conn.session === session) conn.session = null;
      return this.send(conn, { op: 9, d: false });
    }
    if (session.conn && session.conn !== conn) {
      const old = session.conn;
      old.session = null;
      old.closingBy = "server";
      old.ws.close(4000, "Session resumed elsewhere");
    }
    session.conn = conn;
    conn.session = session;
    const missed = session.buffer.filter((e) => e.s > fromSeq);
    for (const e of missed) {
      this.send(conn, e.json);
      this.markSent(e.json, e.s);
    }
    this.sendDispatch(session, "RESUMED", { _trace: ["discord-double"] });
    this.stats.resumes++;
    const info: ResumeInfo = { sessionId: session.id, shard: session.shard, seq: session.seq, connectionId: conn.id, fromSeq, replayed: missed.length };
    this.lastInfo.set("resume", info);
    this.events.emit("resume", info);
  }

  private sendDispatch(session: Session, t: string, d: unknown): number {
    const s = ++session.seq;
    const json = JSON.stringify({ op: 0, t, s, d });
    session.buffer.push({ s, json });
    if (session.buffer.length > this.opts.replayBufferSize) session.buffer.splice(0, session.buffer.length - this.opts.replayBufferSize);
    this.stats.dispatches++;
    if (t === "INTERACTION_CREATE") {
      const id = (d as { id?: string }).id;
      const it = id ? this.interactionsById.get(id) : undefined;
      if (it) {
        it.seq = s;
        it.sessionId = session.id;
      }
    }
    const conn = session.conn;
    if (conn && conn.session === session && conn.ws.readyState === WebSocket.OPEN) {
      conn.ws.send(json);
      if (t === "INTERACTION_CREATE") this.markSent(json, s, d);
    }
    return s;
  }

  private markSent(json: string, s: number, d?: unknown): void {
    if (d === undefined) {
      if (!json.includes('"t":"INTERACTION_CREATE"')) return;
      d = (JSON.parse(json) as { d: unknown }).d;
    }
    const id = (d as { id?: string }).id;
    const it = id ? this.interactionsById.get(id) : undefined;
    if (it && it.seq === s) it.sentAt.push(performance.now());
  }

  /** Drops buffered dispatches the client acknowledged (heartbeat carries its last seq). */
  private trim(session: Session, ackSeq: number): void {
    let i = 0;
    while (i < session.buffer.length && session.buffer[i]!.s <= ackSeq) i++;
    if (i > 0) session.buffer.splice(0, i);
  }

  private forgetSession(session: Session): void {
    session.resumable = false;
    session.buffer.length = 0;
    this.sessions.delete(session.id);
    if (this.currentSession.get(session.shard[0]) === session) this.currentSession.delete(session.shard[0]);
  }

  // ------------------------------------------------------------ REST

  private buildRoutes(): Route[] {
    const r = (method: string, template: string, handler: Route["handler"], auth = true): Route => {
      const keys: string[] = [];
      const pattern = template
        .split("/")
        .map((seg) => {
          if (seg.startsWith(":")) {
            keys.push(seg.slice(1));
            return "([^/]+)";
          }
          return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
        .join("/");
      return { method, template, regex: new RegExp(`^${pattern}/?$`), keys, auth, handler };
    };
    return [
      r("GET", "/gateway", () => ({ status: 200, body: { url: this.gatewayUrl } }), false),
      r("GET", "/gateway/bot", () => ({
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.shards,
          session_start_limit: {
            total: 1000,
            remaining: Math.max(0, 1000 - this.stats.identifies),
            reset_after: 14_400_000,
            max_concurrency: this.opts.maxConcurrency,
          },
        },
      })),
      r("GET", "/users/@me", () => ({ status: 200, body: this.botUser })),
      r("GET", "/applications/@me", () => ({ status: 200, body: this.applicationObject() })),
      r("GET", "/oauth2/applications/@me", () => ({ status: 200, body: this.applicationObject() })),
      r("GET", "/applications/:app/commands", (c) => this.getCommands(c, null)),
      r("GET", "/applications/:app/guilds/:guild/commands", (c) => this.getCommands(c, c.params.guild!)),
      r("PUT", "/applications/:app/commands", (c) => this.putCommands(c, null)),
      r("PUT", "/applications/:app/guilds/:guild/commands", (c) => this.putCommands(c, c.params.guild!)),
      r("POST", "/applications/:app/commands", (c) => this.postCommand(c, null)),
      r("POST", "/applications/:app/guilds/:guild/commands", (c) => this.postCommand(c, c.params.guild!)),
      r("POST", "/interactions/:id/:token/callback", (c) => this.onCallback(c), false),
      r("POST", "/webhooks/:app/:token", (c) => this.onFollowup(c), false),
      r("GET", "/webhooks/:app/:token/messages/:message", (c) => this.onWebhookMessage(c, "GET"), false),
      r("PATCH", "/webhooks/:app/:token/messages/:message", (c) => this.onWebhookMessage(c, "PATCH"), false),
      r("DELETE", "/webhooks/:app/:token/messages/:message", (c) => this.onWebhookMessage(c, "DELETE"), false),
    ];
  }

  private record(
    req: IncomingMessage,
    url: URL,
    fields: Pick<RecordedRequest, "route" | "matched" | "status"> & Partial<RecordedRequest>,
  ): RecordedRequest {
    const rec: RecordedRequest = {
      seq: ++this.reqSeq,
      at: Date.now(),
      method: req.method ?? "GET",
      path: url.pathname,
      params: {},
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      bodyKind: "none",
      body: undefined,
      files: [],
      fault: false,
      ...fields,
    };
    this.recorded.push(rec);
    return rec;
  }

  private async readBody(req: IncomingMessage): Promise<Pick<RecordedRequest, "bodyKind" | "body" | "files">> {
    const buf = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
      req.on("error", reject);
    });
    if (buf.length === 0) return { bodyKind: "none", body: undefined, files: [] };
    const type = req.headers["content-type"] ?? "";
    if (type.startsWith("application/json")) {
      return { bodyKind: "json", body: JSON.parse(buf.toString("utf8")) as unknown, files: [] };
    }
    if (type.startsWith("multipart/form-data")) {
      const form = await new Response(buf, { headers: { "content-type": type } }).formData();
      const files: RecordedFile[] = [];
      let body: unknown = undefined;
      const fields: Record<string, string> = {};
      for (const [field, value] of form.entries()) {
        if (typeof value === "string") {
          if (field === "payload_json") body = JSON.parse(value) as unknown;
          else fields[field] = value;
        } else {
          files.push({ field, filename: value.name, contentType: value.type, size: value.size, bytes: Buffer.from(await value.arrayBuffer()) });
        }
      }
      if (body === undefined && Object.keys(fields).length > 0) body = fields;
      return { bodyKind: "multipart", body, files };
    }
    return { bodyKind: "other", body: buf.toString("utf8"), files: [] };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    let rec: RecordedRequest | null = null;
    try {
      const parsed = await this.readBody(req).catch(() => ({ bodyKind: "other" as const, body: "<unparseable body>", files: [] }));
      const path = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : null;
      let route: Route | undefined;
      let params: Record<string, string> = {};
      if (path !== null) {
        for (const candidate of this.routes) {
          if (candidate.method !== method) continue;
          const m = candidate.regex.exec(path);
          if (!m) continue;
          route = candidate;
          params = Object.fromEntries(candidate.keys.map((k, i) => [k, decodeURIComponent(m[i + 1]!)]));
          break;
        }
      }
      rec = this.record(req, url, {
        route: route ? `${method} ${route.template}` : "UNMATCHED",
        matched: Boolean(route),
        status: 0,
        params,
        ...parsed,
      });
      if (rec.route === "POST /interactions/:id/:token/callback") this.interactionsById.get(params.id ?? "")?.attempts.push(rec);
      let reply: Reply;
      if (!route) {
        reply = err(404, "404: Not Found");
      } else if (route.auth && !this.authOk(req)) {
        reply = err(401, "401: Unauthorized");
      } else {
        const fault = this.takeFault(method, rec.route, url.pathname);
        if (fault) {
          rec.fault = true;
          reply = this.faultReply(fault, rec.route);
        } else {
          reply = await route.handler({ req, rec, params, query: url.searchParams });
        }
      }
      rec.status = reply.status;
      if (this.opts.restLatencyMs > 0) await new Promise((r) => setTimeout(r, this.opts.restLatencyMs));
      this.respond(res, reply);
      this.events.emit("request", rec);
      if (rec.route === "POST /interactions/:id/:token/callback" && reply.status < 300) {
        const it = this.interactionsById.get(rec.params.id ?? "");
        if (it?.callback) this.events.emit(`callback:${it.id}`, it.callback);
      }
    } catch (e) {
      if (rec) rec.status = 500;
      this.respond(res, err(500, `500: double error: ${(e as Error).message}`));
    }
  }

  private respond(res: ServerResponse, reply: Reply): void {
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    const json = JSON.stringify(reply.body);
    res.writeHead(reply.status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(json)), ...headers });
    res.end(json);
  }

  private authOk(req: IncomingMessage): boolean {
    const h = req.headers.authorization;
    if (!h || !/^Bot\s+\S+/.test(h)) return false;
    return this.token === null || h.replace(/^Bot\s+/, "") === this.token;
  }

  private takeFault(method: string, route: string, path: string): Fault | null {
    for (const f of this.faults) {
      if (f.remaining <= 0) continue;
      const m = f.match;
      const hit = typeof m === "string" ? m === route : m instanceof RegExp ? m.test(path) : m({ method, route, path });
      if (hit) {
        f.remaining--;
        return f;
      }
    }
    return null;
  }

  private faultReply(f: Fault, route: string): Reply {
    const status = f.status ?? 500;
    const headers: Record<string, string> = {};
    if (f.retryAfterSeconds !== undefined) headers["retry-after"] = String(f.retryAfterSeconds);
    if (status === 429) {
      const retryAfter = f.retryAfterSeconds ?? 1;
      headers["retry-after"] = String(retryAfter);
      headers["x-ratelimit-limit"] = "5";
      headers["x-ratelimit-remaining"] = "0";
      headers["x-ratelimit-reset"] = String((Date.now() / 1000 + retryAfter).toFixed(3));
      headers["x-ratelimit-reset-after"] = String(retryAfter);
      headers["x-ratelimit-bucket"] = `double-${route.replace(/[^a-z]/gi, "").slice(0, 24)}`;
      headers["x-ratelimit-scope"] = f.global ? "global" : "user";
      if (f.global) headers["x-ratelimit-global"] = "true";
      return { status, headers, body: f.body ?? { message: "You are being rate limited.", retry_after: retryAfter, global: Boolean(f.global) } };
    }
    return { status, headers, body: f.body ?? { message: `${status}: injected by the double`, code: 0 } };
  }

  private applicationObject() {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: "",
      summary: "",
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags: 0,
      bot: this.botUser,
      owner: { ...this.defaultUser },
      team: null,
      approximate_guild_count: 1,
    };
  }

  private lookupCommand(name: string, type = 1): { id: string; guildId?: string } | undefined {
    const g = this.globalCommands.find((c) => c.name === name && (c.type ?? 1) === type);
    if (g) return { id: g.id };
    for (const [guildId, list] of this.guildCommands) {
      const c = list.find((x) => x.name === name && (x.type ?? 1) === type);
      if (c) return { id: c.id, guildId };
    }
    return undefined;
  }

  private getCommands(c: Ctx, guildId: string | null): Reply {
    if (c.params.app !== this.applicationId) return err(404, "Unknown Application", 10002);
    return { status: 200, body: guildId === null ? this.globalCommands : (this.guildCommands.get(guildId) ?? []) };
  }

  /** Discord-like validation of one command definition; returns an error message or null. */
  private validateCommand(body: unknown): string | null {
    if (!body || typeof body !== "object" || Array.isArray(body)) return "command must be an object";
    const cmd = body as { name?: unknown; description?: unknown; type?: unknown; options?: unknown };
    const type = cmd.type ?? 1;
    if (typeof cmd.name !== "string" || cmd.name.length < 1 || cmd.name.length > 32) return "name: 1 to 32 characters";
    if (type === 1) {
      if (!/^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u.test(cmd.name) || cmd.name !== cmd.name.toLowerCase()) {
        return `name "${cmd.name}": lowercase letters, digits, - and _ only`;
      }
      if (typeof cmd.description !== "string" || cmd.description.length < 1 || cmd.description.length > 100) {
        return `${cmd.name}.description: 1 to 100 characters`;
      }
    } else if (type === 2 || type === 3) {
      // user and message commands (right-click > Apps): a display name, no description, no options
      if (cmd.description !== undefined && cmd.description !== "") return `${cmd.name}.description: must be empty for a user or message command`;
      if (cmd.options !== undefined) return `${cmd.name}.options: only chat input commands have options`;
    } else if (type !== 4) {
      // 4: an activity's primary entry point
      return `${cmd.name}.type: unknown command type ${JSON.stringify(type)}`;
    }
    if (cmd.options !== undefined && (!Array.isArray(cmd.options) || cmd.options.length > 25)) return `${cmd.name}.options: at most 25`;
    return null;
  }

  private materialize(body: Record<string, unknown>, guildId: string | null, existing: RegisteredCommand[]): RegisteredCommand {
    const type = (body.type as number | undefined) ?? 1;
    const prev = existing.find((c) => c.name === body.name && (c.type ?? 1) === type);
    return {
      default_member_permissions: null,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      description_localizations: null,
      name_localizations: null,
      ...body,
      type,
      description: (body.description as string | undefined) ?? "",
      id: prev?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      ...(guildId !== null ? { guild_id: guildId } : {}),
    } as RegisteredCommand;
  }

  private putCommands(c: Ctx, guildId: string | null): Reply {
    if (c.params.app !== this.applicationId) return err(404, "Unknown Application", 10002);
    const body = c.rec.body;
    if (!Array.isArray(body)) return err(400, "Invalid Form Body", 50035, { errors: { _errors: [{ code: "LIST_TYPE_CONVERT", message: "Must be an array" }] } });
    if (body.length > 100) return err(400, "Invalid Form Body", 50035);
    const names = new Set<string>();
    for (const [i, cmd] of body.entries()) {
      const problem = this.validateCommand(cmd);
      if (problem) return err(400, "Invalid Form Body", 50035, { errors: { [i]: { _errors: [{ code: "BASE_TYPE_INVALID", message: problem }] } } });
      const key = `${(cmd as { type?: number }).type ?? 1}:${(cmd as { name: string }).name}`;
      if (names.has(key)) return err(400, "Invalid Form Body", 50035, { errors: { [i]: { _errors: [{ code: "APPLICATION_COMMANDS_DUPLICATE_NAME", message: "duplicate name" }] } } });
      names.add(key);
    }
    const existing = guildId === null ? this.globalCommands : (this.guildCommands.get(guildId) ?? []);
    const next = body.map((cmd) => this.materialize(cmd as Record<string, unknown>, guildId, existing));
    if (guildId === null) this.globalCommands.splice(0, this.globalCommands.length, ...next);
    else this.guildCommands.set(guildId, next);
    return { status: 200, body: next };
  }

  private postCommand(c: Ctx, guildId: string | null): Reply {
    if (c.params.app !== this.applicationId) return err(404, "Unknown Application", 10002);
    const problem = this.validateCommand(c.rec.body);
    if (problem) return err(400, "Invalid Form Body", 50035, { errors: { _errors: [{ code: "BASE_TYPE_INVALID", message: problem }] } });
    const list = guildId === null ? this.globalCommands : (this.guildCommands.get(guildId) ?? []);
    const cmd = this.materialize(c.rec.body as Record<string, unknown>, guildId, list);
    const at = list.findIndex((x) => x.id === cmd.id);
    if (at >= 0) list[at] = cmd;
    else list.push(cmd);
    if (guildId !== null) this.guildCommands.set(guildId, list);
    return { status: at >= 0 ? 200 : 201, body: cmd };
  }

  private makeMessage(it: InteractionRecord, data: Record<string, unknown> | undefined, extra: { loading?: boolean; followup?: boolean } = {}): DoubleMessage {
    const now = new Date().toISOString();
    const flags = ((data?.flags as number | undefined) ?? 0) | (extra.loading ? 128 : 0);
    const { content, embeds, components, tts, ...rest } = data ?? {};
    delete rest.allowed_mentions;
    delete rest.flags;
    const user = (it.payload.user ?? (it.payload.member as { user?: APIUser } | undefined)?.user) as APIUser | undefined;
    return {
      ...rest,
      id: snowflake(),
      type: it.payload.type === 2 && !extra.followup ? 20 : 0,
      channel_id: (it.payload.channel_id as string | undefined) ?? this.defaultChannelId,
      author: { ...this.botUser },
      content: (content as string | undefined) ?? "",
      embeds: (embeds as unknown[] | undefined) ?? [],
      components: (components as unknown[] | undefined) ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: Boolean(tts),
      timestamp: now,
      edited_timestamp: null,
      flags,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: it.id,
        type: it.payload.type,
        user,
        authorizing_integration_owners: it.payload.authorizing_integration_owners ?? {},
      },
    };
  }

  private onCallback(c: Ctx): Reply {
    const it = this.interactionsById.get(c.params.id!);
    if (!it || it.token !== c.params.token) return err(404, "Unknown interaction", 10062);
    if (it.acknowledged) return err(400, "Interaction has already been acknowledged.", 40060);
    const body = c.rec.body as { type?: unknown; data?: Record<string, unknown> } | undefined;
    const type = body?.type;
    if (typeof type !== "number" || ![1, 4, 5, 6, 7, 8, 9, 10, 12].includes(type)) {
      return err(400, "Invalid Form Body", 50035, { errors: { type: { _errors: [{ code: "BASE_TYPE_CHOICES", message: `invalid callback type ${String(type)}` }] } } });
    }
    if (type === 8 && it.payload.type !== 4) return err(400, "Interaction response type 8 is only valid for autocomplete", 50035);
    // every attachments[n].id must name a file sent as files[id] in the same multipart body
    const attachments = (body?.data as { attachments?: Array<{ id?: unknown }> } | undefined)?.attachments ?? [];
    const sent = new Set(c.rec.files.map((f) => f.field));
    const dangling = attachments.filter((a) => !sent.has(`files[${String(a.id)}]`));
    if (dangling.length) {
      return err(400, "Invalid Form Body", 50035, { errors: { data: { attachments: { _errors: [{ code: "ATTACHMENT_NOT_FOUND", message: `no files[${String(dangling[0]!.id)}] in the request` }] } } } });
    }
    if (it.payload.type === 4 && type !== 8) return err(400, "Autocomplete interactions only accept type 8", 50035);
    it.acknowledged = true;
    const withResponse = c.query.get("with_response") === "true";
    let message: DoubleMessage | null = null;
    if (type === 4 || type === 5) {
      const make = () => this.makeMessage(it, body?.data, { loading: type === 5 });
      if (withResponse) message = it.original = make();
      else this.lazyOriginal.set(it, make);
    } else if ((type === 7 || type === 6) && withResponse) {
      const prev = (it.payload.message ?? {}) as Record<string, unknown>;
      message = { ...(prev as DoubleMessage), ...(type === 7 ? (body?.data ?? {}) : {}), edited_timestamp: new Date().toISOString() };
    }
    const record: CallbackRecord = {
      interactionId: it.id,
      at: Date.now(),
      latencyMs: it.sentAt.length ? performance.now() - it.sentAt[0]! : null,
      body: body as InteractionCallbackBody,
      bodyKind: c.rec.bodyKind,
      files: c.rec.files,
      withResponse,
    };
    it.callback = record;
    this.callbacks.push(record);
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: it.id,
          type: it.payload.type,
          activity_instance_id: null,
          response_message_id: message?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: Boolean(((body?.data?.flags as number | undefined) ?? 0) & 64),
        },
        resource: message ? { type, message } : { type },
      },
    };
  }

  private webhookInteraction(c: Ctx): InteractionRecord | null {
    if (c.params.app !== this.applicationId) return null;
    return this.interactionsByToken.get(c.params.token!) ?? null;
  }

  private onFollowup(c: Ctx): Reply {
    const it = this.webhookInteraction(c);
    if (!it) return err(404, "Unknown Webhook", 10015);
    const msg = this.makeMessage(it, c.rec.body as Record<string, unknown> | undefined, { followup: true });
    it.followups.push(msg);
    return { status: 200, body: msg };
  }

  private onWebhookMessage(c: Ctx, method: "GET" | "PATCH" | "DELETE"): Reply {
    const it = this.webhookInteraction(c);
    if (!it) return err(404, "Unknown Webhook", 10015);
    const id = c.params.message!;
    const isOriginal = id === "@original" || id === it.original?.id;
    const followIndex = it.followups.findIndex((m) => m.id === id);
    const msg = isOriginal ? it.original : (it.followups[followIndex] ?? null);
    if (!msg) return err(404, "Unknown Message", 10008);
    if (method === "GET") return { status: 200, body: msg };
    if (method === "DELETE") {
      if (isOriginal) it.original = null;
      else it.followups.splice(followIndex, 1);
      return { status: 204 };
    }
    const patch = (c.rec.body ?? {}) as Record<string, unknown>;
    const next: DoubleMessage = { ...msg, edited_timestamp: new Date().toISOString(), flags: msg.flags & ~128 };
    for (const key of ["content", "embeds", "components", "attachments"] as const) {
      if (key in patch) next[key] = (patch[key] ?? (key === "content" ? "" : [])) as never;
    }
    if (isOriginal) it.original = next;
    else it.followups[followIndex] = next;
    return { status: 200, body: next };
  }
}
