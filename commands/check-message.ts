// "Check with Casebook": right-click a message > Apps. The verdicts come back
// only to the person who asked, with a button that posts them in the channel.
import { createHash } from "node:crypto";
import { ApplicationCommandType } from "discord-api-types/v10";
import { checkReply } from "../src/reply/check-reply.js";
import { withoutMentions } from "./ask.js";
import { CLAIM_MAX_LENGTH } from "./check.js";
import type { MessageCommandModule } from "./types.js";

/** The stored text a "Post in channel" button refers to: short, as custom ids are at most 100 characters. */
export const claimKey = (text: string): string => createHash("sha256").update(text).digest("base64url").slice(0, 16);

const checkMessage: MessageCommandModule = {
  definition: { name: "Check with Casebook", type: ApplicationCommandType.Message },
  execute(text, { core }) {
    // a message can be up to 4,000 characters; the claims worth checking are in its first part
    const claim = withoutMentions(Array.from(text).slice(0, CLAIM_MAX_LENGTH * 4).join(""));
    const key = claimKey(claim);
    core.claims.set(key, claim);
    return checkReply(core.engine.check(claim), core.data, { ephemeral: true, postKey: key });
  },
};
export default checkMessage;
