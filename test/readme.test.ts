// The README is the operator's only guide: every file or folder of this
// repository it names must exist (it once pointed at a DESIGN.md the
// repository did not have), and every npm script it tells people to run too.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const scripts = Object.keys((JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts);

/** Names the README uses for files that are not the repository's: made by the operator, or examples. */
const NOT_REPO_FILES = new Set([".env", "lines.txt", "multipart/form-data"]); // multipart/form-data: a MIME type

/** Repository paths the README names: link targets, and code spans or layout-block entries that look like paths. */
function repoPaths(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
    if (!/^[a-z]+:/i.test(m[1]!)) found.add(m[1]!);
  }
  const pathLike = /^\.?[\w-]+(?:\/[\w.-]+)*\/?$/;
  const looksLikeRepoPath = (t: string) => !/^(?:multipart|application|text|image)\//.test(t) && pathLike.test(t) && (t.includes("/") || /\.(ts|md|json|jsonl|txt|service|example)$/.test(t) || t === ".env.example");
  for (const m of text.matchAll(/`([^`\n]+)`/g)) {
    const t = m[1]!.trim();
    if (looksLikeRepoPath(t) && !t.startsWith("/")) found.add(t);
  }
  // the layout block under "How it is built": each line starts with a path
  const layout = /## How it is built\s+```\n([\s\S]*?)```/.exec(text)?.[1] ?? "";
  for (const line of layout.split("\n")) {
    for (const token of line.split(/\s{2,}/)) {
      const t = token.trim().split(/\s/)[0]!;
      if (t.endsWith("/") && pathLike.test(t)) found.add(t);
    }
  }
  return [...found].filter((p) => !NOT_REPO_FILES.has(p));
}

describe("README.md", () => {
  const paths = repoPaths(readme);

  it("names repository paths (the check finds them)", () => {
    expect(paths).toEqual(expect.arrayContaining([".env.example", "docs/casebook.service", "docs/DESIGN.md", "src/discord/", "commands/registry.ts"]));
  });

  it.each(paths)("names %s, which exists", (p) => {
    expect(existsSync(path.join(ROOT, p))).toBe(true);
  });

  it.each([...new Set([...readme.matchAll(/npm run (?:--silent )?([\w-]+(?::[\w-]+)*)/g)].map((m) => m[1]!))])("tells people to run npm run %s, which is a script", (name) => {
    expect(scripts).toContain(name);
  });
});
