import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function cli(args: string[], input?: string) {
  return spawnSync("npx", ["tsx", "src/cli.ts", ...args], { encoding: "utf8", input, env: { ...process.env, DISCORD_TOKEN: "" } });
}

describe("the offline CLI", () => {
  it("prints a case in the terminal with no Discord token", () => {
    const r = cli(["/case surname:Qi"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("2 years and 3 months");
    expect(r.stdout).toContain("> He was sentenced to two years and three months in prison");
  });

  it("--json prints the Discord message payload", () => {
    const r = cli(["--json", "/ask question:Who is Song?"]);
    const payload = JSON.parse(r.stdout);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.embeds[0].description).toMatch(/Song/);
  });

  it("--jsonl answers N lines with N JSON objects, in order, bad lines included", () => {
    const lines = ["/case surname:Qi", "", "garbage", "/nope x:1", "/sentence years:abc", "/ask question:How many cases?", "/case name:Qi", "/law"];
    const r = cli(["--jsonl"], `${lines.join("\n")}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.input)).toEqual(lines);
    for (const o of out) expect(o.reply.allowed_mentions).toEqual({ parse: [] });
    expect(out[2].reply.embeds[0].description).toMatch(/starts with a slash/);
    expect(out[3].reply.embeds[0].description).toMatch(/no command \/nope/);
    expect(out[4].reply.embeds[0].description).toMatch(/`years` must be a whole number/);
  });

  it("--jsonl over the shared dev questions prints exactly one line per question", () => {
    const inputs = readFileSync("test/qa/dev.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).input);
    const r = cli(["--jsonl"], `${inputs.join("\n")}\n`);
    const out = r.stdout.trimEnd().split("\n");
    expect(out).toHaveLength(inputs.length);
    expect(out.map((l) => JSON.parse(l).input)).toEqual(inputs);
  });

  it("--json shows a reply's files by name (Discord's attachments list), never their bytes", () => {
    const r = cli(["--json", "/sentence case:Qi"]);
    expect(r.status).toBe(0);
    const payload = JSON.parse(r.stdout);
    expect(payload.files).toBeUndefined();
    expect(payload.attachments).toEqual([expect.objectContaining({ id: "0", filename: "gauge-qi-27m.png" })]);
    expect(payload.embeds[0].image.url).toBe("attachment://gauge-qi-27m.png");
    expect(r.stdout.length).toBeLessThan(10_000);
  });

  it("--out-dir writes the gauge PNG the reply carries", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "casebook-cli-"));
    const r = cli(["--out-dir", dir, "--json", "/sentence years:7 months:0"]);
    expect(r.status).toBe(0);
    const name = JSON.parse(r.stdout).attachments[0].filename as string;
    const png = readFileSync(path.join(dir, name));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("refuses a dataset folder that does not exist, naming it and the option", () => {
    const r = cli(["--data", "/nonexistent-dir", "/cases"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/nonexistent-dir \(from --data\): the folder does not exist/);
  });
});
