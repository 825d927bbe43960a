import type { z } from "zod";

/** A dataset problem, always naming the file, the record and the field. */
export class DatasetError extends Error {
  override name = "DatasetError";
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** `["cases", 1, "facts", 3, "quote"]` -> `cases[1].facts[3].quote` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(root)";
}

export function describeIssue(file: string, issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return `${file}: ${where} is missing (expected ${issue.expected})`;
  }
  if (issue.code === "invalid_type") {
    return `${file}: ${where} has the wrong type (expected ${issue.expected})`;
  }
  if (issue.code === "unrecognized_keys") {
    return `${file}: ${where} has unknown field(s) ${issue.keys.join(", ")}`;
  }
  return `${file}: ${where} ${issue.message}`;
}
