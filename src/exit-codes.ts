// The exit codes of every long-running door, as the README documents them. A
// supervisor tells by them whether a restart can help: it cannot after 1 or 2
// (the docs' systemd unit says RestartPreventExitStatus=1 2), it may after 3.
export const EXIT = {
  /** a requested stop: SIGINT or SIGTERM */
  stopped: 0,
  /** a configuration or dataset error: fix the setting or the data */
  config: 1,
  /** Discord rejected the credentials or the bot's settings (token, intents, sharding) */
  rejected: 2,
  /** Discord could not be reached, or an unexpected error: a restart may help */
  unavailable: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
