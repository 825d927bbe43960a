// Files sent with a reply (the sentencing gauge today): how a payload carries
// them, how an embed refers to them, and the two wire forms Discord takes,
// JSON with an `attachments` list (what --json shows) and multipart/form-data
// with payload_json and files[n] (what the HTTP door answers with).
import type { APIEmbed } from "discord-api-types/v10";
import type { Law } from "../data/dataset.js";
import { type GaugeMark, gaugeFileName, gaugePng, markLabel } from "./gauge.js";
import { ATTACHMENT_SCHEME, type MessagePayload, type ReplyFile } from "./payload.js";

export { ATTACHMENT_SCHEME };

export const attachmentUrl = (name: string): string => `${ATTACHMENT_SCHEME}${name}`;

/** Discord's `attachments` entry for files[id]: the name and alt text, never the bytes. */
export interface AttachmentRef {
  id: string;
  filename: string;
  description: string;
}

/** The message as JSON: files become `attachments` (names only), as payload_json carries them. */
export function payloadJson(p: MessagePayload): Omit<MessagePayload, "files"> & { attachments?: AttachmentRef[] } {
  const { files, ...rest } = p;
  if (!files?.length) return rest;
  return { ...rest, attachments: files.map((f, i) => ({ id: String(i), filename: f.name, description: f.description })) };
}

/** The names `attachment://` URLs in these embeds point at. */
export function referencedFiles(embeds: readonly APIEmbed[]): string[] {
  const urls = embeds.flatMap((e) => [e.image?.url, e.thumbnail?.url]);
  return urls.filter((u): u is string => u?.startsWith(ATTACHMENT_SCHEME) === true).map((u) => u.slice(ATTACHMENT_SCHEME.length));
}

/**
 * A multipart/form-data body for a JSON payload and its files, in Discord's
 * form (payload_json, then files[0..n]). Built with the platform's own
 * FormData and Response, so boundaries and escaping are the standard's.
 */
export async function multipartBody(json: unknown, files: readonly ReplyFile[]): Promise<{ contentType: string; body: Buffer }> {
  const form = new FormData();
  form.append("payload_json", new Blob([JSON.stringify(json)], { type: "application/json" }));
  files.forEach((f, i) => form.append(`files[${i}]`, new Blob([f.data], { type: f.contentType }), f.name));
  const response = new Response(form);
  return { contentType: response.headers.get("content-type")!, body: Buffer.from(await response.arrayBuffer()) };
}

/** The gauge as a file of a reply, with alt text that says what it shows. */
export function gaugeFile(law: Law, mark?: GaugeMark): ReplyFile {
  const bands = law.provisions.map((p) =>
    p.range.maxMonths === null
      ? `more than ${p.range.minMonths / 12} years${p.range.life ? " or life" : ""}`
      : `${p.range.minMonths / 12} to ${p.range.maxMonths / 12} years`,
  );
  const what = `The ranges the article cites from the ${law.name}: ${bands.join("; ")}`;
  return {
    name: gaugeFileName(mark),
    description: mark ? `${what}; marked: ${markLabel(mark)}.` : `${what}.`,
    contentType: "image/png",
    data: gaugePng(law, mark),
  };
}

/**
 * Adds the sentencing gauge to a reply: the PNG as a file, shown as the image
 * of one embed (the first by default). For /sentence, /law and any other reply
 * about a sentence (the /ask side can call it on its own payload).
 */
export function attachGauge(payload: MessagePayload, law: Law, mark?: GaugeMark, embedIndex = 0): MessagePayload {
  const file = gaugeFile(law, mark);
  const embeds = payload.embeds.map((e, i) => (i === embedIndex ? { ...e, image: { url: attachmentUrl(file.name) } } : e));
  const others = (payload.files ?? []).filter((f) => f.name !== file.name);
  return { ...payload, embeds, files: [...others, file] };
}
