// Types for `discord-api-spec/zod`: the package points its "types" at the
// generated .js file, which TypeScript cannot use without allowJs. One
// declaration for the whole project (a second `declare module` would clash).
// All are zod/mini schemas with non-strict objects: unknown keys pass, as
// discord.js sends fields the spec lacks; keep them so.
declare module "discord-api-spec/zod" {
  import type { ZodMiniType } from "zod/mini";
  /** `{ type: 4 | 5, data?: message }`: the reply to a command or component interaction */
  export const CreateMessageInteractionCallbackRequestSchema: ZodMiniType;
  export const UpdateMessageInteractionCallbackRequestSchema: ZodMiniType;
  /** `{ type: 8, data: { choices } }`: the reply to an autocomplete interaction */
  export const ApplicationCommandAutocompleteCallbackRequestSchema: ZodMiniType;
  export const ApplicationCommandOptionStringChoiceSchema: ZodMiniType;
  export const ModalInteractionCallbackRequestSchema: ZodMiniType;
  /** the message body of an interaction reply (content, embeds, components, allowed_mentions, flags) */
  export const IncomingWebhookInteractionRequestSchema: ZodMiniType;
  export const IncomingWebhookUpdateRequestPartialSchema: ZodMiniType;
  export const ApplicationCommandCreateRequestSchema: ZodMiniType;
  export const ApplicationCommandUpdateRequestSchema: ZodMiniType;
  export const RichEmbedSchema: ZodMiniType;
  export const setStrictObject: (strict: boolean) => void;
}
