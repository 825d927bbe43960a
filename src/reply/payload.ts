import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIModalInteractionResponseCallbackData,
} from "discord-api-types/v10";

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * A file sent with a message, as Discord takes it: a part of a
 * multipart/form-data body. An embed shows it with `attachment://NAME`.
 * The bytes never go into JSON: `payloadJson` (attachments.ts) turns files
 * into Discord's `attachments` list of names.
 */
export interface ReplyFile {
  /** the file name the embed refers to, e.g. gauge-qi-27m.png */
  name: string;
  /** alt text, for screen readers */
  description: string;
  contentType: "image/png";
  data: Buffer;
}

/** What every handler returns: the body of a Discord message, and any files sent with it. */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components?: ActionRow[];
  /** sent as multipart files[n]; see ReplyFile */
  files?: ReplyFile[];
  flags?: number;
  /** always empty: Casebook never pings anyone, whatever text it echoes */
  allowed_mentions: { parse: [] };
}

/** How an embed refers to a file sent with its message: attachment://NAME. */
export const ATTACHMENT_SCHEME = "attachment://";

export type Choice = APIApplicationCommandOptionChoice<string>;

export const NO_MENTIONS = (): { parse: [] } => ({ parse: [] });

/**
 * A component's answer that is a form to fill in (interaction response type 9,
 * MODAL) rather than a message. `fallback` is the message a door that cannot
 * show a form (the CLI) shows instead.
 */
export interface ModalReply {
  kind: "modal";
  modal: APIModalInteractionResponseCallbackData;
  fallback: MessagePayload;
}

export const isModalReply = (r: MessagePayload | ModalReply): r is ModalReply => "kind" in r && r.kind === "modal";
