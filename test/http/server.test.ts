// The HTTP interactions endpoint, driven over real HTTP on 127.0.0.1 with
// requests signed by a key pair made here, as Discord would send them.
import type { Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, runComponent, runMessageCommand } from "../../commands/run.js";
import { payloadJson } from "../../src/reply/attachments.js";
import { Cooldown } from "../../src/cooldown.js";
import { loadCore, type Core } from "../../src/core.js";
import { createInteractionServer, MAX_BODY_BYTES } from "../../src/http/server.js";
import { createLogger } from "../../src/log.js";
import type { MessagePayload } from "../../src/reply/payload.js";
import { core } from "../helpers/core.js";
import { expectSendable, isEphemeral, replyText } from "../helpers/payload.js";
import {
  autocompleteInteraction,
  commandInteraction,
  componentInteraction,
  makeKeys,
  messageCommandInteraction,
  modalSubmitInteraction,
  nowSeconds,
  signatureHeaders,
} from "./signing.js";
import { expectValidResponse } from "./spec.js";

const keys = makeKeys();

interface Started {
  server: Server;
  url: string;
  logs: Array<Record<string, unknown>>;
}

async function start(opts: { cooldown?: Cooldown; core?: Core; logContent?: boolean } = {}): Promise<Started> {
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger("debug", { pretty: false, destination });
  const server = createInteractionServer({ core: opts.core ?? core(), publicKey: keys.publicKeyHex, logger, cooldown: opts.cooldown, logContent: opts.logContent });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, logs };
}

const stop = (s: Started) =>
  new Promise<void>((resolve) => {
    s.server.closeAllConnections();
    s.server.close(() => resolve());
  });

let main: Started;
beforeAll(async () => {
  main = await start({ cooldown: new Cooldown(1000, 10_000) });
});
afterAll(() => stop(main));

/** POSTs `body` to /interactions, signed unless told otherwise. */
async function post(body: unknown, opts: { headers?: Record<string, string>; unsigned?: boolean; timestamp?: string; to?: Started } = {}) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const headers = {
    "content-type": "application/json",
    ...(opts.unsigned ? {} : signatureHeaders(keys, raw, opts.timestamp)),
    ...opts.headers,
  };
  const res = await fetch(`${(opts.to ?? main).url}/interactions`, { method: "POST", body: raw, headers, signal: AbortSignal.timeout(5000) });
  const files: Array<{ field: string; name: string; type: string; bytes: Buffer }> = [];
  // a reply with files (the gauge) comes as multipart/form-data: payload_json, then files[n]
  if (res.headers.get("content-type")?.startsWith("multipart/form-data")) {
    let json: Record<string, unknown> = {};
    for (const [field, value] of (await res.formData()).entries()) {
      if (typeof value === "string") continue;
      if (field === "payload_json") json = JSON.parse(await value.text()) as Record<string, unknown>;
      else files.push({ field, name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
    }
    return { status: res.status, headers: res.headers, json, files };
  }
  const text = await res.text();
  expect(res.headers.get("content-type")).toBe("application/json");
  return { status: res.status, headers: res.headers, json: JSON.parse(text) as Record<string, unknown>, files };
}

/** A signed interaction that must be answered with a valid interaction response. */
async function interact(body: unknown, to?: Started) {
  const r = await post(body, { to });
  expect(r.status).toBe(200);
  expectValidResponse(r.json);
  return r.json as { type: number; data: unknown };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("HTTP interactions: signed requests", () => {
  it("answers PING with PONG", async () => {
    expect(await interact({ type: 1, id: "1", application_id: "2", token: "t", version: 1 })).toEqual({ type: 1 });
  });

  it("answers /case surname:Qi with the same payload the command handler gives every door", async () => {
    const r = await interact(commandInteraction("case", { surname: "Qi" }));
    expect(r.type).toBe(4);
    const data = r.data as MessagePayload;
    expect(data).toEqual(runCommand(core(), "case", { surname: "Qi" }).reply);
    expectSendable(data);
    expect(replyText(data)).toMatch(/2 years and 3 months/);
  });

  it("answers /ask and /sentence years:7", async () => {
    const ask = await interact(commandInteraction("ask", { question: "Why did Song contact the agency?" }));
    expect(ask.type).toBe(4);
    expect(replyText(ask.data as MessagePayload)).toMatch(/Song/);
    expectSendable(ask.data as MessagePayload);

    const sentence = await interact(commandInteraction("sentence", { years: 7 }));
    expect(sentence.type).toBe(4);
    expect(sentence.data).toEqual(payloadJson(runCommand(core(), "sentence", { years: 7 }).reply));
  });

  it("answers /sentence case:Qi as multipart/form-data: payload_json, and the gauge PNG its embed shows", async () => {
    const r = await post(commandInteraction("sentence", { case: "Qi" }));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expectValidResponse(r.json);
    const data = r.json.data as ReturnType<typeof payloadJson>;
    expect(data).toEqual(payloadJson(runCommand(core(), "sentence", { case: "Qi" }).reply));
    expect(r.files).toHaveLength(1);
    const [file] = r.files;
    expect(file!.field).toBe("files[0]");
    expect(file!.type).toBe("image/png");
    expect(file!.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(data.attachments).toEqual([expect.objectContaining({ id: "0", filename: file!.name })]);
    expect(data.embeds[0]!.image?.url).toBe(`attachment://${file!.name}`);
  });

  it("honours private:true with an ephemeral reply", async () => {
    const r = await interact(commandInteraction("case", { surname: "Song", private: true }));
    expect(isEphemeral(r.data as MessagePayload)).toBe(true);
  });

  it("answers a bad option or an unknown command with a polite reply, not an HTTP error", async () => {
    const bad = await interact(commandInteraction("sentence", { years: 700 }));
    expect(bad.type).toBe(4);
    expect(isEphemeral(bad.data as MessagePayload)).toBe(true);
    const unknown = await interact(commandInteraction("nope"));
    expect(replyText(unknown.data as MessagePayload)).toMatch(/no command \/nope/);
  });

  it("answers autocomplete with type 8 and the matching choices", async () => {
    const r = await interact(autocompleteInteraction("case", "surname", "zh"));
    expect(r.type).toBe(8);
    const choices = (r.data as { choices: Array<{ name: string; value: string }> }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.name).toMatch(/Zhong/);
    // the focused option is found among the others
    const other = await interact(autocompleteInteraction("sentence", "case", "so", { years: "3" }));
    expect((other.data as { choices: Array<{ name: string }> }).choices[0]!.name).toMatch(/Song/);
  });

  it("answers autocomplete with no focused option with no choices", async () => {
    const body = commandInteraction("case", { surname: "zh" });
    expect(await interact({ ...body, type: 4 })).toEqual({ type: 8, data: { choices: [] } });
  });

  it("answers a button (case:qi) and the Source button from a reply", async () => {
    const open = await interact(componentInteraction("case:qi"));
    expect(open.type).toBe(4);
    expect(open.data).toEqual(runComponent(core(), "case:qi").reply);
    expect(replyText(open.data as MessagePayload)).toMatch(/Qi/);

    const reply = (await interact(commandInteraction("case", { surname: "Qi" }))).data as MessagePayload;
    const source = reply.components?.flatMap((row) => row.components).find((c) => "custom_id" in c && c.custom_id.startsWith("source:"));
    expect(source).toBeDefined();
    const customId = (source as { custom_id: string }).custom_id;
    const shown = await interact(componentInteraction(customId));
    expect(shown.type).toBe(4);
    expect(shown.data).toEqual(runComponent(core(), customId).reply);
  });

  it("Ask another: the button answers with a modal (type 9); the submitted modal is answered as /ask", async () => {
    const asked = (await interact(commandInteraction("ask", { question: "Why did Song contact the agency?" }))).data as MessagePayload;
    const more = asked.components?.flatMap((row) => row.components).find((c) => "custom_id" in c && c.custom_id === "askmore");
    expect(more).toBeDefined();
    const opened = await interact(componentInteraction("askmore"));
    expect(opened.type).toBe(9);
    const modal = opened.data as { custom_id: string; title: string; components: Array<{ components: Array<{ custom_id: string; max_length: number }> }> };
    expect(modal.custom_id).toBe("askbox");
    expect(modal.components.flatMap((r) => r.components).map((c) => [c.custom_id, c.max_length])).toEqual([["question", 500]]);

    const answered = await post(modalSubmitInteraction(modal.custom_id, { question: "How long was Qi jailed?" }));
    expect(answered.status).toBe(200);
    // an answer about a prison term carries the gauge: multipart, the same reply /ask gives
    expect(answered.files.map((f) => f.name)).toEqual(["gauge-qi-27m.png"]);
    const expected = runCommand(core(), "ask", { question: "How long was Qi jailed?" }).reply;
    const data = answered.json.data as MessagePayload;
    expect(data.embeds).toEqual(expected.embeds);
    expect(data.embeds[0]!.author?.name).toBe("Asked: How long was Qi jailed?");
    expect(isEphemeral(data)).toBe(false);
    expectSendable(expected);

    // under a private /ask the button and the modal keep the follow-up private
    const privateOpened = await interact(componentInteraction("askmore:p"));
    const privateId = (privateOpened.data as { custom_id: string }).custom_id;
    expect(privateId).toBe("askbox:p");
    const privately = await interact(modalSubmitInteraction(privateId, { question: "Who is Song?" }));
    expect(isEphemeral(privately.data as MessagePayload)).toBe(true);
    // an empty question and an unknown form get polite ephemeral replies, not errors
    expect(isEphemeral((await interact(modalSubmitInteraction("askbox", { question: "" }))).data as MessagePayload)).toBe(true);
    expect(isEphemeral((await interact(modalSubmitInteraction("other", { x: "y" }))).data as MessagePayload)).toBe(true);
  });

  it("answers a select menu choice with its value", async () => {
    const r = await interact(componentInteraction("cases:open", ["song"]));
    expect(replyText(r.data as MessagePayload)).toMatch(/Song/);
  });
});

describe("HTTP interactions: the message command Check with Casebook", () => {
  const NAME = "Check with Casebook";
  const VERDICT = /^(Supported|Contradicted|Not in the article): /;
  type Embed = NonNullable<MessagePayload["embeds"]>[number];
  const embed = (data: unknown) => ((data as MessagePayload).embeds ?? [])[0] as Embed;
  const buttons = (data: unknown) =>
    ((data as MessagePayload).components ?? []).flatMap((r) => (r as unknown as { components: Array<{ label?: string; custom_id?: string }> }).components);

  it("answers a signed message command with the verdicts, privately (type 4, flags 64), and a Post in channel button", async () => {
    const r = await interact(messageCommandInteraction(NAME, "Qi got ten years in prison. Song was jailed.", "555555555555555501"));
    expect(r.type).toBe(4);
    const data = r.data as MessagePayload;
    expectSendable(data);
    expect(isEphemeral(data)).toBe(true);
    expect(embed(data).title).toMatch(/^Contradicted/);
    const claims = (embed(data).fields ?? []).filter((f) => VERDICT.test(f.name));
    expect(claims.map((f) => f.name)).toEqual([expect.stringMatching(/^Contradicted: Qi got ten years/), expect.stringMatching(/Song was jailed/)]);
    expect((embed(data).fields ?? []).some((f) => f.value.startsWith("> ") && f.value.length >= 42)).toBe(true);
    expect(data).toEqual(runMessageCommand(core(), NAME, "Qi got ten years in prison. Song was jailed.").reply);
    const post = buttons(data).find((b) => b.label === "Post in channel");
    expect(post?.custom_id).toMatch(/^checkpost:/);

    // the button, on the same server: the same verdicts, for the whole channel
    const posted = await interact(componentInteraction(post!.custom_id!, undefined, "555555555555555501"));
    expect(posted.type).toBe(4);
    expectSendable(posted.data as MessagePayload);
    expect(isEphemeral(posted.data as MessagePayload)).toBe(false);
    expect(embed(posted.data).title).toBe(embed(data).title);
    // posted for everyone: the source buttons stay, the Post button does not
    expect(buttons(posted.data).map((b) => b.label)).not.toContain("Post in channel");
  });

  it("posts the verdicts from another replica or worker too, which never saw the check (the button's message carries them)", async () => {
    const text = "Qi got ten years in prison, and Song, who contacted a foreign agency through its official website, was jailed for it.";
    const r = await interact(messageCommandInteraction(NAME, text, "555555555555555502"));
    const post = buttons(r.data).find((b) => b.label === "Post in channel")!;
    // another process: its own core, so its own store of checked claims (as with --cluster N or replicas)
    const other = await start({ core: loadCore(undefined, { replyCacheSize: 0 }) });
    try {
      const click = { ...componentInteraction(post.custom_id!, undefined, "555555555555555502"), message: { id: "1200000000000000021", channel_id: "1200000000000000003", flags: 64, embeds: (r.data as MessagePayload).embeds, components: (r.data as MessagePayload).components } };
      const posted = await interact(click, other);
      const data = posted.data as MessagePayload;
      expectSendable(data);
      expect(isEphemeral(data)).toBe(false);
      expect(data.embeds).toEqual((r.data as MessagePayload).embeds);
      expect(buttons(data)).toEqual([]);
      // a button whose message is not a check (or is missing) still says the check expired
      const stray = await interact(componentInteraction(post.custom_id!, undefined, "555555555555555502"), other);
      expect(embed(stray.data).description).toMatch(/That check has expired/);
      expect(isEphemeral(stray.data as MessagePayload)).toBe(true);
    } finally {
      await stop(other);
    }
  });

  it("says there is nothing to check for an empty (image-only) message, or one that is not resolved", async () => {
    const empty = await interact(messageCommandInteraction(NAME, ""));
    expect(embed(empty.data).title).toBe("Nothing to check");
    expect(isEphemeral(empty.data as MessagePayload)).toBe(true);
    const { data } = messageCommandInteraction(NAME, "Qi got ten years");
    const unresolved = await interact({ ...messageCommandInteraction(NAME, ""), data: { ...data, resolved: {} } });
    expect(embed(unresolved.data).title).toBe("Nothing to check");
    const odd: unknown[] = [
      { type: 2, data: { name: NAME, type: 3 } },
      { type: 2, data: { name: NAME, type: 3, target_id: 5, resolved: { messages: { 5: { content: "Qi got ten years" } } } } },
      { type: 2, data: { name: NAME, type: 3, target_id: "__proto__", resolved: { messages: {} } } },
      { type: 2, data: { name: NAME, type: 3, target_id: "1", resolved: { messages: "Qi got ten years" } } },
      { type: 2, data: { name: NAME, type: 3, target_id: "1", resolved: { messages: { 1: null } } } },
      { type: 2, data: { name: NAME, type: 3, target_id: "1", resolved: { messages: { 1: { content: { text: "Qi" } } } } } },
      { type: 2, data: { name: "No such thing", type: 3, target_id: "1", resolved: { messages: { 1: { content: "Qi got ten years" } } } } },
    ];
    for (const body of odd) {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(200);
      expectValidResponse(r.json);
      expectSendable((r.json as { data: MessagePayload }).data);
    }
  });

  it("keeps a 4,000-character message with many claims inside Discord's limits, with at most 5 claim fields", async () => {
    const sentences = ["Qi got ten years in prison.", "Song was jailed.", "Zhong was fined.", "All three went to prison.", "Song sold state secrets."];
    let text = "";
    for (let i = 0; text.length < 4000; i++) text += `${sentences[i % sentences.length]} `;
    const r = await interact(messageCommandInteraction(NAME, text.slice(0, 4000)));
    const data = r.data as MessagePayload;
    expectSendable(data);
    const claims = (embed(data).fields ?? []).filter((f) => VERDICT.test(f.name));
    expect(claims.length).toBeGreaterThanOrEqual(2);
    expect(claims.length).toBeLessThanOrEqual(5);
  });

  it("counts the message command in the same per-user cooldown as /check and every other command", async () => {
    const s = await start({ cooldown: new Cooldown(2, 60_000) });
    try {
      const carol = "666666666666666666";
      expect(embed((await interact(commandInteraction("check", { claim: "Qi got ten years" }, carol), s)).data).title).toMatch(/^Contradicted/);
      expect(embed((await interact(messageCommandInteraction(NAME, "Qi got ten years", carol), s)).data).title).toMatch(/^Contradicted/);
      const limited = (await interact(messageCommandInteraction(NAME, "Qi got ten years", carol), s)).data as MessagePayload;
      expectSendable(limited);
      expect(isEphemeral(limited)).toBe(true);
      expect(limited.content).toMatch(/going a little fast.*try again in \d+ seconds?/);
      expect((await interact(commandInteraction("check", { claim: "Qi got ten years" }, carol), s)).data).toMatchObject({ content: expect.stringMatching(/going a little fast/) });
      const lines = s.logs.filter((l) => l.msg === "interaction" && l.command === NAME);
      expect(lines.map((l) => l.outcome)).toEqual(["answered", "cooldown"]);
      // the message's text is not logged (LOG_CONTENT off)
      expect(JSON.stringify(s.logs)).not.toContain("ten years");
    } finally {
      await stop(s);
    }
  });
});

describe("HTTP interactions: refused requests", () => {
  const ping = JSON.stringify({ type: 1 });

  it("401 for a bad signature, and nothing else happens", async () => {
    const before = main.logs.length;
    const sig = signatureHeaders(keys, ping);
    const flipped = (sig["x-signature-ed25519"]![0] === "0" ? "1" : "0") + sig["x-signature-ed25519"]!.slice(1);
    const r = await post(ping, { unsigned: true, headers: { ...sig, "x-signature-ed25519": flipped } });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ error: "invalid request signature" });
    // a body signed for something else
    const other = await post(commandInteraction("case", { surname: "Qi" }), { unsigned: true, headers: sig });
    expect(other.status).toBe(401);
    // signed by another key
    const stranger = makeKeys();
    expect((await post(ping, { unsigned: true, headers: signatureHeaders(stranger, ping) })).status).toBe(401);
    // not hex, wrong length
    expect((await post(ping, { unsigned: true, headers: { ...sig, "x-signature-ed25519": "zz".repeat(64) } })).status).toBe(401);
    expect((await post(ping, { unsigned: true, headers: { ...sig, "x-signature-ed25519": "ab" } })).status).toBe(401);
    const lines = main.logs.slice(before);
    expect(lines.map((l) => l.status)).toEqual([401, 401, 401, 401, 401]);
    expect(lines.every((l) => l.command === undefined && l.interaction === undefined)).toBe(true);
  });

  it("401 when either signature header is missing", async () => {
    const sig = signatureHeaders(keys, ping);
    expect((await post(ping, { unsigned: true })).status).toBe(401);
    expect((await post(ping, { unsigned: true, headers: { "x-signature-ed25519": sig["x-signature-ed25519"]! } })).status).toBe(401);
    expect((await post(ping, { unsigned: true, headers: { "x-signature-timestamp": sig["x-signature-timestamp"]! } })).status).toBe(401);
  });

  it("401 for a correctly signed request more than five minutes old or ahead (replay)", async () => {
    const t = Number(nowSeconds());
    expect((await post(ping, { timestamp: String(t - 301) })).status).toBe(401);
    expect((await post(ping, { timestamp: String(t + 301) })).status).toBe(401);
    expect((await post(ping, { timestamp: "not-a-time" })).status).toBe(401);
    expect((await post(ping, { timestamp: String(t - 240) })).status).toBe(200);
  });

  it("413 for a body over 64 KiB", async () => {
    const big = JSON.stringify({ type: 1, pad: "x".repeat(MAX_BODY_BYTES) });
    const r = await post(big);
    expect(r.status).toBe(413);
    // and the server still answers afterwards
    expect((await post(ping)).status).toBe(200);
  });

  it("413 at once when the declared length is too big: the body is never waited for", async () => {
    const head = await rawRequest(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n` +
        `X-Signature-Ed25519: ${"0".repeat(128)}\r\nX-Signature-Timestamp: ${nowSeconds()}\r\n\r\n{"type":1,`,
    );
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head.toLowerCase()).toContain("connection: close");
  });

  it("413 as soon as a chunked body passes 64 KiB, with the rest never sent", async () => {
    const chunk = "x".repeat(16 * 1024);
    const chunks = Array.from({ length: 5 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join("");
    const head = await rawRequest(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n` +
        `X-Signature-Ed25519: ${"0".repeat(128)}\r\nX-Signature-Timestamp: ${nowSeconds()}\r\n\r\n${chunks}`,
    );
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
  });

  it("400 for a correctly signed body that is not JSON, or not an interaction object", async () => {
    for (const body of ["{not json", "", "[1,2]", "42", "null", '"ping"']) {
      const r = await post(body);
      expect(r.status, body).toBe(400);
      expect(typeof r.json.error).toBe("string");
    }
  });

  it("400 for an unknown or unsupported interaction type", async () => {
    for (const type of [99, 0, 5, "2", null]) {
      expect((await post({ ...commandInteraction("case", { surname: "Qi" }), type })).status, String(type)).toBe(400);
    }
    expect((await post({ id: "1" })).status).toBe(400);
  });

  it("400 for a command or component with no name or custom id", async () => {
    expect((await post({ type: 2, data: {} })).status).toBe(400);
    expect((await post({ type: 2 })).status).toBe(400);
    expect((await post({ type: 4, data: { options: [] } })).status).toBe(400);
    expect((await post({ type: 3, data: { custom_id: 7 } })).status).toBe(400);
  });

  it("never fails on odd but signed shapes", async () => {
    const odd: unknown[] = [
      { type: 2, data: { name: "case", options: "surname" } },
      { type: 2, data: { name: "case", options: [null, 1, { name: 2 }, { name: "surname" }] } },
      { type: 2, data: { name: "case", options: [{ name: "surname", value: { nested: true } }] } },
      { type: 2, data: { name: "case", options: [{ name: "sub", type: 1, options: [{ name: "surname", value: "Qi" }] }] } },
      { type: 2, data: { name: "__proto__", options: [{ name: "__proto__", value: "x" }] } },
      { type: 4, data: { name: "case", options: [{ name: "surname", value: 12, focused: true }] } },
      { type: 3, data: { custom_id: "", values: [1, null] } },
      { type: 3, data: { custom_id: "source:999.abc" } },
      { type: 3, data: { custom_id: "case" } },
      { type: 2, member: { user: null }, user: 5, data: { name: "law" } },
    ];
    for (const body of odd) {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(200);
      expectValidResponse(r.json);
    }
  });

  it("405 with Allow for the wrong method, 404 for an unknown path", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const r = await fetch(`${main.url}/interactions`, { method });
      expect(r.status).toBe(405);
      expect(r.headers.get("allow")).toBe("POST");
      expect(r.headers.get("content-type")).toBe("application/json");
    }
    const post404 = await fetch(`${main.url}/interaction`, { method: "POST", body: "{}" });
    expect(post404.status).toBe(404);
    expect((await fetch(`${main.url}/`)).status).toBe(404);
    const healthPost = await fetch(`${main.url}/healthz`, { method: "POST" });
    expect(healthPost.status).toBe(405);
    expect(healthPost.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("HTTP interactions: health, cooldown, errors, logs", () => {
  it("GET /healthz answers 200 with the dataset version", async () => {
    const r = await fetch(`${main.url}/healthz`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/json");
    expect(await r.json()).toEqual({ status: "ok", dataset: core().data.version });
    expect((await fetch(`${main.url}/healthz?probe=1`, { method: "HEAD" })).status).toBe(200);
  });

  it("a submitted modal counts toward the cooldown and is limited like a command", async () => {
    const s = await start({ cooldown: new Cooldown(1, 60_000) });
    try {
      const carol = "444444444444444444";
      expect((await interact(modalSubmitInteraction("askbox", { question: "Who is Qi?" }, carol), s)).data).toMatchObject({ embeds: [{ title: expect.any(String) }] });
      const limited = (await interact(modalSubmitInteraction("askbox", { question: "Who is Song?" }, carol), s)).data as MessagePayload;
      expect(isEphemeral(limited)).toBe(true);
      expect(limited.content).toMatch(/try again in \d+ seconds?/);
      expect(s.logs.filter((l) => l.msg === "interaction").map((l) => [l.kind, l.command, l.outcome])).toEqual([
        ["modal", "askbox", "answered"],
        ["modal", "askbox", "cooldown"],
      ]);
    } finally {
      await stop(s);
    }
  });

  it("rate-limits a user politely and per replica; autocomplete does not count", async () => {
    const s = await start({ cooldown: new Cooldown(2, 60_000) });
    try {
      const alice = "222222222222222222";
      for (let i = 0; i < 3; i++) await interact(autocompleteInteraction("case", "surname", "q"), s);
      expect(isEphemeral((await interact(commandInteraction("law", {}, alice), s)).data as MessagePayload)).toBe(false);
      await interact(componentInteraction("case:qi", undefined, alice), s);
      const limited = await interact(commandInteraction("law", {}, alice), s);
      expect(limited.type).toBe(4);
      const data = limited.data as MessagePayload;
      expect(isEphemeral(data)).toBe(true);
      expect(data.content).toMatch(/try again in \d+ seconds?/);
      expect(data.allowed_mentions).toEqual({ parse: [] });
      // a user outside a guild (user instead of member.user) is counted too, separately
      const { member: _m, ...dm } = commandInteraction("law");
      const bob = { ...dm, user: { id: "333333333333333333", username: "bob" } };
      expect(isEphemeral((await interact(bob, s)).data as MessagePayload)).toBe(false);
      // another replica has its own count
      const other = await start({ cooldown: new Cooldown(2, 60_000) });
      try {
        expect((await interact(commandInteraction("law", {}, alice), other)).data).toEqual(payloadJson(runCommand(core(), "law", {}).reply));
      } finally {
        await stop(other);
      }
      expect(s.logs.filter((l) => l.outcome === "cooldown")).toHaveLength(1);
    } finally {
      await stop(s);
    }
  });

  it("turns a failing handler into a polite reply and logs the error with its id", async () => {
    const broken = new Proxy({} as Core["engine"], {
      get() {
        throw new Error("engine exploded");
      },
    });
    const s = await start({ core: { ...core(), engine: broken } });
    try {
      const r = await interact(commandInteraction("ask", { question: "Who is Song?" }), s);
      const data = r.data as MessagePayload;
      expect(isEphemeral(data)).toBe(true);
      const shownId = /Error id: `([0-9a-f]+)`/.exec(replyText(data))?.[1];
      expect(shownId).toBeDefined();
      const line = s.logs.find((l) => l.errorId === shownId);
      expect(line).toMatchObject({ level: 50, outcome: "error", command: "ask", status: 200 });
      expect(JSON.stringify(line)).toContain("engine exploded");
      // autocomplete that fails answers with no choices
      expect(await interact(autocompleteInteraction("case", "surname", "q"), s)).toEqual({ type: 8, data: { choices: [] } });
    } finally {
      await stop(s);
    }
  });

  it("logs one structured line per request, in the gateway door's field names, without content by default", async () => {
    const s = await start();
    try {
      const secret = "What did the suspect with the purple umbrella do?";
      const asked = commandInteraction("ask", { question: secret, private: true }, "1200000000000000777");
      await interact(asked, s);
      await post("{oops", { to: s });
      await fetch(`${s.url}/nowhere`);
      await fetch(`${s.url}/healthz`);
      expect(s.logs).toHaveLength(4);
      expect(s.logs[0]).toMatchObject({
        msg: "interaction",
        method: "POST",
        path: "/interactions",
        status: 200,
        id: asked.id,
        user: expect.stringMatching(/^h:[0-9a-f]{12}$/),
        kind: "command",
        command: "ask",
        options: ["question", "private"],
        outcome: "not-covered",
      });
      expect(typeof s.logs[0]!.latencyMs).toBe("number");
      expect(s.logs[1]).toMatchObject({ status: 400, path: "/interactions" });
      expect(s.logs[2]).toMatchObject({ status: 404, path: "/nowhere" });
      expect(s.logs[3]).toMatchObject({ status: 200, path: "/healthz", level: 20 });
      // LOG_CONTENT is off: neither what was typed nor who typed it
      expect(JSON.stringify(s.logs)).not.toContain("purple umbrella");
      expect(JSON.stringify(s.logs)).not.toContain("1200000000000000777");
      // the body beyond the options (tokens, the member) is never logged
      expect(JSON.stringify(s.logs)).not.toMatch(/"token"|"member"|interaction-token/);
    } finally {
      await stop(s);
    }
  });

  it("with LOG_CONTENT on, logs the option values and the user id", async () => {
    const s = await start({ logContent: true });
    try {
      const secret = "What did Qi get?";
      await interact(commandInteraction("ask", { question: secret }, "1200000000000000777"), s);
      expect(s.logs[0]).toMatchObject({ user: "1200000000000000777", values: { question: secret }, outcome: "answered" });
    } finally {
      await stop(s);
    }
  });
});

/** Writes raw bytes and returns what comes back first (the status line and headers), without finishing the body. */
function rawRequest(text: string): Promise<string> {
  const { port } = main.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let got = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer in time; got ${JSON.stringify(got)}`));
    }, 3000);
    socket.on("data", (d) => {
      got += d.toString("latin1");
      if (got.includes("\r\n\r\n")) {
        clearTimeout(timer);
        socket.destroy();
        resolve(got);
      }
    });
    socket.on("error", (err) => {
      clearTimeout(timer);
      if (got) resolve(got);
      else reject(err);
    });
    socket.write(text);
  });
}
