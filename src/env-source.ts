// Where each configuration value came from, so a configuration error can say
// "from the environment" or "from /srv/casebook/.env line 4": an operator who
// edits .env while a systemd unit or a container sets the same variable
// otherwise fixes the wrong file.
import { existsSync, readFileSync } from "node:fs";

/** Says where a variable's value came from (or, when it is unset, where it was looked for). */
export type SourceOf = (name: string) => string;

/**
 * `inEnvironment`: the names set in the real environment before `.env` was
 * loaded (they win over `.env`); `envFile`: the absolute path of `.env`.
 */
export function envSources(envFile: string, inEnvironment: ReadonlySet<string>): SourceOf {
  const lines = existsSync(envFile) ? readLines(envFile) : undefined;
  return (name) => {
    if (inEnvironment.has(name)) return "from the environment";
    const at = lines?.findIndex((l) => new RegExp(`^\\s*(?:export\\s+)?${name}\\s*[=:]`).test(l)) ?? -1;
    if (at >= 0) return `from ${envFile} line ${at + 1}`;
    return lines ? `not set in the environment nor in ${envFile}` : `not set in the environment, and there is no ${envFile}`;
  };
}

function readLines(file: string): string[] | undefined {
  try {
    return readFileSync(file, "utf8").split(/\r?\n/);
  } catch {
    return undefined;
  }
}

/** The names an environment object sets to something (an empty string counts: it was set). */
export function setNames(env: NodeJS.ProcessEnv): Set<string> {
  return new Set(Object.keys(env).filter((k) => env[k] !== undefined));
}
