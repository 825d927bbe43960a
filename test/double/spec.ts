// Checks recorded payloads against Discord's own API description: the zod
// schemas `discord-api-spec/zod` generates from Discord's OpenAPI spec. Objects
// there are non-strict (unknown keys pass) and are kept so on purpose:
// discord.js sends fields the spec lacks.
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandUpdateRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  IncomingWebhookInteractionRequestSchema,
  IncomingWebhookUpdateRequestPartialSchema,
  ModalInteractionCallbackRequestSchema,
  RichEmbedSchema,
  UpdateMessageInteractionCallbackRequestSchema,
} from "discord-api-spec/zod";
import type { ZodMiniType } from "zod/mini";

function check(schema: ZodMiniType, value: unknown, label: string): string[] {
  const r = schema.safeParse(value);
  if (r.success) return [];
  return r.error.issues.map((i) => `${label}${i.path.length ? `.${i.path.join(".")}` : ""}: ${i.message}`);
}

/** Problems with an interaction callback body (empty: valid), schema chosen by its `type`. */
export function callbackProblems(body: unknown): string[] {
  const type = (body as { type?: unknown } | null)?.type;
  switch (type) {
    case 4:
    case 5:
      return check(CreateMessageInteractionCallbackRequestSchema, body, "callback");
    case 6:
    case 7:
      return check(UpdateMessageInteractionCallbackRequestSchema, body, "callback");
    case 8:
      return check(ApplicationCommandAutocompleteCallbackRequestSchema, body, "callback");
    case 9:
      return check(ModalInteractionCallbackRequestSchema, body, "callback");
    default:
      return [`callback: no schema for type ${String(type)}`];
  }
}

/** Problems with one command definition as PUT to the commands routes. */
export function commandProblems(command: unknown): string[] {
  const name = (command as { name?: unknown } | null)?.name;
  return check(ApplicationCommandUpdateRequestSchema, command, `command ${String(name)}`);
}

/** Problems with one embed. */
export function embedProblems(embed: unknown): string[] {
  return check(RichEmbedSchema, embed, "embed");
}

/** Problems with a follow-up (POST /webhooks/:app/:token) or an edit (PATCH .../messages/:id) body. */
export function webhookProblems(body: unknown, kind: "followup" | "edit"): string[] {
  return kind === "followup"
    ? check(IncomingWebhookInteractionRequestSchema, body, "followup")
    : check(IncomingWebhookUpdateRequestPartialSchema, body, "edit");
}
