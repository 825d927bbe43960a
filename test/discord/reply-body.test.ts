import { describe, expect, it } from "vitest";
import { replyBody } from "../../src/discord/reply-body.js";
import { cooldownReply } from "../../src/discord/interactions.js";
import { runCommand } from "../../commands/run.js";
import { createCore } from "../../src/core.js";
import { core } from "../helpers/core.js";

/** The body as Discord reads it: the JSON, and any files[n] of a multipart body. */
async function read(payload: Parameters<typeof replyBody>[0]) {
  const { contentType, body } = await replyBody(payload);
  if (contentType === "application/json") return { json: JSON.parse(body.toString("utf8")) as Record<string, unknown>, files: [] };
  expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
  const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  const json = JSON.parse(form.get("payload_json") as string) as Record<string, unknown>;
  const files = await Promise.all(
    [...form.entries()]
      .filter(([, v]) => typeof v !== "string")
      .map(async ([field, v]) => ({ field, name: (v as File).name, type: (v as File).type, bytes: Buffer.from(await (v as File).arrayBuffer()) })),
  );
  return { json, files };
}

describe("the callback body of a reply (sent by the gateway door)", () => {
  it("is the handler's payload as it is, in a type 4 callback, as JSON when there are no files", async () => {
    const payload = runCommand(core(), "cases", {}).reply;
    const { json, files } = await read({ ...payload, flags: 64 });
    expect(json).toEqual({ type: 4, data: JSON.parse(JSON.stringify({ ...payload, flags: 64 })) });
    expect(files).toEqual([]);
  });

  it("never allows mentions, whatever the payload", async () => {
    const payload = { ...runCommand(core(), "law", {}).reply, allowed_mentions: { parse: ["everyone"] } } as never;
    expect((await read(payload)).json.data).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it("sends content only when the payload has some", async () => {
    expect("content" in ((await read(runCommand(core(), "law", {}).reply)).json.data as object)).toBe(false);
    expect((await read(cooldownReply(1000, 5, 10_000))).json.data).toMatchObject({ content: expect.stringMatching(/try again/) });
  });

  it("sends a reply's files as multipart files[n], each named in the JSON's attachments", async () => {
    const reply = runCommand(core(), "sentence", { case: "Qi" }).reply;
    const { json, files } = await read(reply);
    const file = reply.files![0]!;
    expect(files).toEqual([{ field: "files[0]", name: "gauge-qi-27m.png", type: "image/png", bytes: file.data }]);
    const { files: _, ...rest } = reply;
    expect(json).toEqual({
      type: 4,
      data: JSON.parse(JSON.stringify({ ...rest, attachments: [{ id: "0", filename: file.name, description: file.description }] })),
    });
  });

  it("builds a cached (frozen) reply once and a one-off payload every time", async () => {
    // a core with the reply cache on, as the doors run it: the replies it keeps are frozen
    const cached = runCommand(createCore(core().data), "sentence", { case: "Qi" }).reply;
    expect(Object.isFrozen(cached)).toBe(true);
    expect(await replyBody(cached)).toBe(await replyBody(cached));
    const notice = cooldownReply(1000, 5, 10_000);
    expect(await replyBody(notice)).not.toBe(await replyBody(notice));
    expect(await replyBody(notice)).toEqual(await replyBody(notice));
  });
});
