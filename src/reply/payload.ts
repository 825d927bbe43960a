import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIComponentInMessageActionRow,
  APIEmbed,
} from "discord-api-types/v10";

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** What every handler returns: the body of a Discord message. */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components?: ActionRow[];
  flags?: number;
  /** always empty: Casebook never pings anyone, whatever text it echoes */
  allowed_mentions: { parse: [] };
}

export type Choice = APIApplicationCommandOptionChoice<string>;

export const NO_MENTIONS = (): { parse: [] } => ({ parse: [] });
