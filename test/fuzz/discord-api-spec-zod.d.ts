// discord-api-spec ships its zod schemas as plain JavaScript; these are the
// few the fuzzer validates replies with (built on zod/mini, non-strict).
declare module "discord-api-spec/zod" {
  import type { ZodMiniType } from "zod/mini";
  /** `{ type: 4 | 5, data?: message }`: the reply to a command or component interaction */
  export const CreateMessageInteractionCallbackRequestSchema: ZodMiniType;
  /** the message body of an interaction reply (content, embeds, components, allowed_mentions, flags) */
  export const IncomingWebhookInteractionRequestSchema: ZodMiniType;
  export const RichEmbedSchema: ZodMiniType;
  /** `{ type: 8, data: { choices } }`: the reply to an autocomplete interaction */
  export const ApplicationCommandAutocompleteCallbackRequestSchema: ZodMiniType;
  export const ApplicationCommandOptionStringChoiceSchema: ZodMiniType;
  export const setStrictObject: (strict: boolean) => void;
}
