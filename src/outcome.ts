/** What became of a command: a handler's (or run.ts's) verdict. Doors add "cooldown" (see interaction-log.ts). */
export type CommandOutcome = "answered" | "not-covered" | "no-such-case" | "invalid" | "error";
