// A key pair made in the test, and requests signed the way Discord signs them:
// Ed25519 over the X-Signature-Timestamp header followed by the raw body.
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { plainMessageFields } from "../double/interactions.js";

export interface TestKeys {
  privateKey: KeyObject;
  /** the raw 32-byte public key as 64 hex characters, as the Developer Portal shows it */
  publicKeyHex: string;
}

export function makeKeys(): TestKeys {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" });
  return { privateKey, publicKeyHex: Buffer.from(jwk.x!, "base64url").toString("hex") };
}

export const nowSeconds = (): string => String(Math.floor(Date.now() / 1000));

/** The two signature headers for `body` at `timestamp` (default: now). */
export function signatureHeaders(keys: TestKeys, body: string | Buffer, timestamp = nowSeconds()): Record<string, string> {
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), keys.privateKey).toString("hex");
  return { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp };
}

// ---- interaction bodies, shaped like Discord's (only the fields Casebook reads, plus a few real ones) ----

const base = (type: number, user = "111111111111111111") => ({
  id: "1200000000000000001",
  application_id: "1200000000000000000",
  token: "interaction-token",
  version: 1,
  type,
  guild_id: "1200000000000000002",
  channel_id: "1200000000000000003",
  member: { user: { id: user, username: "tester" }, roles: [], permissions: "0" },
  locale: "en-US",
});

type Opt = { name: string; type: number; value: string | number | boolean; focused?: boolean };
const optionType = (v: unknown) => (typeof v === "number" ? 4 : typeof v === "boolean" ? 5 : 3);

export function commandInteraction(name: string, options: Record<string, string | number | boolean> = {}, user?: string) {
  const opts: Opt[] = Object.entries(options).map(([n, v]) => ({ name: n, type: optionType(v), value: v }));
  return { ...base(2, user), data: { id: "1200000000000000010", name, type: 1, options: opts } };
}

export function autocompleteInteraction(name: string, focused: string, typed: string, other: Record<string, string> = {}) {
  const opts: Opt[] = [
    ...Object.entries(other).map(([n, v]) => ({ name: n, type: 3, value: v })),
    { name: focused, type: 3, value: typed, focused: true },
  ];
  return { ...base(4), data: { id: "1200000000000000010", name, type: 1, options: opts } };
}

export function componentInteraction(customId: string, values?: string[], user?: string) {
  return {
    ...base(3, user),
    message: { id: "1200000000000000020", channel_id: "1200000000000000003" },
    data: values ? { custom_id: customId, component_type: 3, values } : { custom_id: customId, component_type: 2 },
  };
}

/**
 * A message command (type 2, data.type 3): right-click a message > Apps. The
 * message used is named by data.target_id and sent in data.resolved.messages.
 */
export function messageCommandInteraction(name: string, content: string, user?: string) {
  const target = "1200000000000000030";
  const message = {
    id: target,
    type: 0,
    channel_id: "1200000000000000003",
    author: { id: "444444444444444444", username: "someone", discriminator: "0", global_name: null, avatar: null },
    ...plainMessageFields(),
    content,
  };
  return { ...base(2, user), data: { id: "1200000000000000011", name, type: 3, target_id: target, resolved: { messages: { [target]: message } } } };
}

/** A submitted modal (type 5): each text input in its own action row, as Discord sends it. */
export function modalSubmitInteraction(customId: string, fields: Record<string, string>, user?: string) {
  return {
    ...base(5, user),
    message: { id: "1200000000000000020", channel_id: "1200000000000000003" },
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([custom_id, value]) => ({ type: 1, components: [{ type: 4, custom_id, value }] })),
    },
  };
}
