// A message reply as the bytes of its interaction callback (type 4,
// CHANNEL_MESSAGE_WITH_SOURCE), built once per payload. Replies come from the
// core's reply cache, one frozen object per command and options, so the same
// few payloads are sent again and again: serialising each once (JSON, or
// multipart/form-data with payload_json and files[n] when it carries the
// gauge) spares every later reply discord.js's per-request work: a FormData,
// a Blob copy of the PNG and a web stream to read it back, JSON.stringify of
// the whole body. That work was most of the bot's garbage per interaction
// and, under load, the peak of its heap and of its ArrayBuffer memory.
import { InteractionResponseType } from "discord-api-types/v10";
import { payloadJson } from "../reply/attachments.js";
import { type MessagePayload, NO_MENTIONS } from "../reply/payload.js";

export interface ReplyBody {
  contentType: string;
  body: Buffer;
}

// Keyed by the payload object, frozen ones only (the reply cache's): a cached
// reply keeps its bytes as long as the cache keeps it. A one-off payload (an
// error, a cooldown notice) is built for its one reply.
const built = new WeakMap<MessagePayload, Promise<ReplyBody>>();

async function build(payload: MessagePayload): Promise<ReplyBody> {
  // never ping anyone, whatever the payload says
  const json = { type: InteractionResponseType.ChannelMessageWithSource, data: { ...payloadJson(payload), allowed_mentions: NO_MENTIONS() } };
  if (!payload.files?.length) return { contentType: "application/json", body: Buffer.from(JSON.stringify(json)) };
  // as @discordjs/rest builds it: files[n], then payload_json as a plain field
  const form = new FormData();
  payload.files.forEach((f, i) => form.append(`files[${i}]`, new Blob([f.data], { type: f.contentType }), f.name));
  form.append("payload_json", JSON.stringify(json));
  const response = new Response(form);
  return { contentType: response.headers.get("content-type")!, body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The callback body of a message reply: the payload as Discord's JSON (files
 * as an `attachments` list of names, their bytes as files[n]). A frozen
 * payload cannot change, so its bytes are built once and reused.
 */
export function replyBody(payload: MessagePayload): Promise<ReplyBody> {
  if (!Object.isFrozen(payload)) return build(payload);
  let body = built.get(payload);
  if (!body) {
    body = build(payload);
    built.set(payload, body);
    // a failed build is not kept: the next reply tries again
    body.catch(() => built.delete(payload));
  }
  return body;
}
