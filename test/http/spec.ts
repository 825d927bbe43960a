// discord-api-spec's zod schemas for interaction responses. The package ships
// its zod module without type declarations, so the few schemas used here are
// typed by hand. They are non-strict objects (the package default): a payload
// passes when every field Discord defines has the right shape and bounds.
// @ts-ignore -- no declaration file for discord-api-spec/zod
import * as untyped from "discord-api-spec/zod";
import { expect } from "vitest";

interface Schema {
  safeParse(v: unknown): { success: true } | { success: false; error: unknown };
}
const spec = untyped as unknown as Record<string, Schema>;

const schema = (name: string): Schema => {
  const s = spec[name];
  if (!s) throw new Error(`discord-api-spec/zod has no ${name}`);
  return s;
};

export const Schemas = {
  pong: schema("PongInteractionCallbackRequestSchema"),
  message: schema("CreateMessageInteractionCallbackRequestSchema"),
  autocomplete: schema("ApplicationCommandAutocompleteCallbackRequestSchema"),
  modal: schema("ModalInteractionCallbackRequestSchema"),
};

/** Asserts the response body is a valid interaction response of the kind its type says. */
export function expectValidResponse(body: unknown): void {
  const type = (body as { type?: unknown }).type;
  const s = type === 1 ? Schemas.pong : type === 4 ? Schemas.message : type === 8 ? Schemas.autocomplete : type === 9 ? Schemas.modal : undefined;
  expect(s, `a response of type ${String(type)}`).toBeDefined();
  const r = s!.safeParse(body);
  expect(r.success ? null : r.error, JSON.stringify(body).slice(0, 300)).toBeNull();
}
