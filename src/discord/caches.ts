// What the gateway client caches, and for how long. Casebook uses the Guilds
// intent and interactions only: every interaction carries the user, member and
// channel ids its reply needs, so nothing about users, members, messages,
// presences or the like is read back from a cache. discord.js's defaults
// nevertheless keep every user (and member) an interaction brings, for ever
// (its users sweeper is off by default): memory that grows with each new
// person. Here those caches hold only the bot itself, so memory stays flat.
//
// Not limited, because discord.js does not support it and the bot needs them:
// guilds, channels, roles and permission overwrites (bounded by the servers
// the bot is in, not by the people using it).
import { type CacheFactory, type ClientOptions, Options } from "discord.js";

const isSelf = (v: { id: string; client: { user: { id: string } | null } }) => v.id === v.client.user?.id;

export function casebookCache(): CacheFactory {
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    // the bot's own user and member stay (discord.js reads them for its own permissions)
    UserManager: { maxSize: 0, keepOverLimit: isSelf },
    GuildMemberManager: { maxSize: 0, keepOverLimit: isSelf },
    // nothing the Guilds intent and interactions bring that Casebook reads
    MessageManager: 0,
    DMMessageManager: 0,
    GuildMessageManager: 0,
    PresenceManager: 0,
    VoiceStateManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
    ThreadMemberManager: 0,
    GuildBanManager: 0,
    GuildInviteManager: 0,
    GuildScheduledEventManager: 0,
    GuildEmojiManager: 0,
    BaseGuildEmojiManager: 0,
    GuildStickerManager: 0,
    StageInstanceManager: 0,
    AutoModerationRuleManager: 0,
    ApplicationEmojiManager: 0,
    EntitlementManager: 0,
  });
}

/** The cache options of Casebook's client: the limits above, and sweepers for what may still collect. */
export function casebookCacheOptions(): Pick<ClientOptions, "makeCache" | "sweepers"> {
  return {
    makeCache: casebookCache(),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      // belt and braces: should anything add users past the limit above, drop all but the bot each hour
      users: { interval: 3600, filter: () => (user) => user.id !== user.client.user?.id },
    },
  };
}
