// The code version start-up logs: package.json's version, plus the git commit
// when the code runs from a git checkout (CASEBOOK_COMMIT, if set, wins: a
// container image has no .git). Together with the dataset version this says
// exactly what a process answers with.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./root.js";

const ROOT = PROJECT_ROOT;

export interface CodeVersion {
  version: string;
  commit?: string;
}

let cached: CodeVersion | undefined;

export function codeVersion(env: NodeJS.ProcessEnv = process.env): CodeVersion {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version?: string };
  const commit = env.CASEBOOK_COMMIT?.trim() || gitCommit();
  cached = { version: pkg.version ?? "unknown", ...(commit ? { commit } : {}) };
  return cached;
}

/** `git rev-parse --short HEAD` (a few ms); undefined without git or outside a checkout. */
function gitCommit(): string | undefined {
  try {
    const out = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"], timeout: 2000 });
    const sha = out.toString("utf8").trim();
    return /^[0-9a-f]{7,40}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}
