// The benchmark baseline: a bare discord.js client that answers every
// chat-input interaction with one small embed, and does nothing else. Casebook's
// end-to-end figures are read against this one (same client, same double).
import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";

export interface EchoBot {
  readonly client: Client;
  /** Logs in and resolves once discord.js emits clientReady. */
  start(): Promise<void>;
  /** Destroys the client (closes the gateway socket with 1000). */
  stop(): Promise<void>;
  /** Interactions answered, and replies that failed (the error kept for the report). */
  readonly counts: { replied: number; failed: number; lastError: unknown };
}

/** `apiBase` is discord.js's `rest.api`, e.g. the double's "http://127.0.0.1:PORT/api" (no /v10). */
export function createEchoBot(apiBase: string, token: string): EchoBot {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase } });
  const counts = { replied: 0, failed: 0, lastError: undefined as unknown };

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!interaction.isChatInputCommand()) return;
    interaction
      .reply({ embeds: [{ title: "echo", description: interaction.commandName }] })
      .then(() => {
        counts.replied++;
      })
      .catch((e: unknown) => {
        counts.failed++;
        counts.lastError = e;
      });
  });

  return {
    client,
    counts,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
    },
    async stop() {
      await client.destroy();
    },
  };
}
