// Chat wrapping around a question: greetings, addressing the bot, thanks,
// politeness, fillers, emoji. None of it is part of what is asked, so it is
// taken off before anything reads the question. Plain English, not the article's.

// ("hey all," greets; "yo all three suspects …" asks about all three)
const BOT = String.raw`(?:casebook|bot|buddy|friend|mate|bro|dude|guys|all(?!\s+(?:three|3|two|2|of|the|these|those|both|suspects|cases|men)\b)|everyone|folks|there|team)`;
const SELF = String.raw`(?:casebook|case ?bot|bot)`;
const GREETING = String.raw`(?:hi+|hello+|hey+|bro|bruh|fam|heya|hiya|howdy|yo+|sup|greetings|good (?:morning|afternoon|evening|day)|gm|morning|evening|hola|ahoy|oi|ok(?:ay)?|alright|right|so+|um+|uh+|hmm+|well|oh|ah|btw|also|and|quick(?:ly)?|real quick|quick q(?:uestion)?|one more(?: thing| question)?|(?:one )?(?:last|final) (?:one|thing|question|q)(?=\s*[,:!\u2013\u2014-])|another (?:one|question)|question|q|lol|lmao|haha+|ha|omg|wait|listen|ooh|ok so|yeah|ugh|hm|sorry|excuse me|pardon|em+|erm+|嗯+|额+|呃+)`;
const POLITE = String.raw`(?:please|pls|plz|plox|kindly|if you (?:can|could|don'?t mind|know|have a sec(?:ond)?|please)|when you (?:get a chance|can|have a (?:sec|second|moment|minute))|if possible|no rush|by any chance|just curious|just checking|just to (?:check|confirm|be sure|clarify)|to be sure|to clarify|out of curiosity|asking for a friend|(?:i'?m |im )?too lazy to read(?: (?:it|this|that|the (?:article|whole thing)|allat|all that))?|for a friend|i'?m (?:just )?curious|just wondering|honestly|seriously|for real|real quick|thanks in advance|in advance|tia)`;
/** "can you confirm …", "could u verify that …": what follows is a statement to say yes or no to */
const CONFIRM_ASKED = /\b(?:can|could|would|will) (?:you|u|ya) (?:please |pls |kindly |just )?(?:confirm|verify|double[- ]check)\b(?:\s+(?:that|for me))?(?!\s+(?:if|whether|what|who|how|when|why|which)\b)/iu;
const ASK = String.raw`(?:(?:can|could|would|will) (?:you|u) (?:please |pls |kindly )?(?:tell|let|give|show|send) me(?: know)?|(?:give|gimme|show) me|gimme|(?:can|could|would|will) (?:you|u) (?:please |pls |kindly )?(?:say|explain(?: to me)?|check|confirm|remind me)|(?:do|does) (?:you|u|anyone|any1|anybody|somebody|someone) (?:know|remember|have any idea)|(?:i|we) (?:was|were|am|are|'m) (?:just )?(?:wondering|curious|confused|trying to (?:figure out|understand|work out|find out))(?: about)?|i'?m (?:just )?(?:wondering|curious|confused)(?: about)?|i (?:want|need|would like|'d like|wanna) to know|i (?:wanna|want to|need to) (?:know|ask|check)|(?:help me|let me) (?:understand|know)|(?:quick|one|a|another) question(?: for (?:you|ya))?|may i ask|can i ask(?: you)?|i have a question|question for (?:you|ya)|tell me|remind me|let me ask(?: you)?|any idea|got a (?:sec|second|minute))`;
const THANKS = String.raw`(?:thanks+|thank (?:you|u|ya)|thx|tx|ty|tyvm|tysm|cheers|much appreciated|appreciate(?:d| it)|many thanks|thanks a (?:lot|bunch|ton|million)|ta|merci|gracias|danke|谢谢|多谢)`;

// a hedge or label ahead of what is said ("correct me if i'm wrong but …", "sanity check: …"): the poster's stance, not the content
const HEDGE = String.raw`(?:correct me if (?:i'?m|im|i am) wrong(?:,? but)?|if (?:i|we) (?:recall|remember)(?: (?:it )?(?:right|correctly))?|(?:i )?(?:might|may|could) be wrong(?:,? but)?|(?:i'?m |im )?not (?:100% |totally |entirely |completely )?sure(?:,? but)|don'?t quote me(?: on (?:this|that))?(?:,? but)?|(?:someone|somebody|some (?:guy|dude|person)|a (?:guy|friend|user|coworker|colleague|classmate)|my (?:friend|buddy|mate|cousin|brother|bro|sister|sis|mom|mum|dad|uncle|aunt|coworker|co-worker|colleague|roommate|flatmate|boss|teacher|prof|bf|gf|boyfriend|girlfriend|wife|husband|partner|classmate|neighbou?r|grandma|grandpa)|people|ppl)(?: (?:in|on|at) (?:the )?(?:[\w-]+ ){0,2}?(?:chat|channel|server|discord|twitter|reddit|group|thread))? (?:said|says|claimed|claims|told me|posted|is saying|are saying)(?: that)?|(?:quick |a )?(?:sanity )?check(?=\s*[:\u2014\u2013-])|(?:quick |a )?sanity check|spoiler(?: alert)?|fun fact|psa|fyi|reminder|hot take|unpopular opinion|from what i (?:read|understand|understood|gather|can tell|saw|remember)|(?:my|our) (?:understanding|impression|reading|recollection) (?:is|was)(?: that)?|(?:as i|the way i) (?:understand|understood|read) it|(?:(?:(?:i'?m |im )?not (?:100% |totally |entirely )?sure|unsure|dunno|idk|i dunno) )?(?:if|whether) i (?:read|understood|remember|got) (?:it |that |this )?(?:right|correctly)(?:,? but)?|(?:(?:(?:i'?m |im )?not (?:100% |totally |entirely )?sure|unsure|dunno|idk|i dunno) )?(?:if|whether) (?:i'?m|im|i am) (?:reading|understanding|getting|remembering) (?:it |that |this )?(?:right|correctly)(?:,? but)?|not sure if this counts(?:,? but)?|if i'?m not mistaken|unless i'?m mistaken|if memory serves(?: me)?|(?:i|i'?ve|ive|i have|i just|i once) heard(?: (?:somewhere|online|that|somewhere that|online that))?(?!\s+(?:he|she|they|it|so)\b(?:\s+\w+)?\W*$)|(?:i|i'?ve|ive|i have|i just) (?:read|saw|seen) (?:somewhere |online |on \w+ )?that|i keep hearing(?: that)?|i was told(?: that)?|word is(?: that)?|rumou?r (?:is|has it)(?: that)?)`;
// the poster's verdict on what was said ("…, which makes no sense", "…, not even close", "…, classic insider", "… wild how easy that is")
const OPINION = String.raw`(?:sense|crazy|wild|insane|fair|funny|weird|strange|odd|nuts|sad|ridiculous|interesting|surprising|absurd|bonkers|mad|lame|scary|dumb|stupid|hilarious|ironic|brutal|unreal)`;
const VERDICT_OF_OWN = new RegExp(String.raw`,?\s+(?:which|that|and that|this) (?:is|was|makes|seems|sounds|feels) (?:\w+ ){0,2}?${OPINION}\b[^,]*$|,?\s+not even close(?:[\s,.!~]+(?:lol|lmao|lmfao|haha+|tbh|fr|ngl|smh|thx|thanks|ty|tysm|cheers))*[\s,.!~]*$|,\s+(?:classic|typical) \w+(?: \w+)?[\s,.!~]*$|(?:^|[,.!]?\s+)(?:wild|crazy|insane|funny|scary|sad) how [^,]*$`, "iu");
// the same said after it ("…, if i'm reading the pronouns right", "… if u count carefully", "… got it")
// (not "got it" with a subject before it: "… - who got it" asks who)
const AFTERTHOUGHT = /,?\s+(?:(?:that'?s|thats|is what) (?:what )?(?:it|the article|the story|the report|the piece|they|the ministry|the mss|mss) (?:says|said|reports|reported|claims|claimed|wrote|writes)|if (?:i'?m|im|i am) (?:reading|remembering|understanding|getting) (?:(?:the|this|that|it) )?(?:\w+ )?(?:right|correctly)|if i (?:remember|recall|read|understood|got) (?:(?:it|that|this) )?(?:right|correctly)|if (?:i|u|you) (?:count|read|look) (?:it |them )?(?:carefully|right|correctly|closely)|unless (?:i'?m|im) (?:wrong|mistaken)|if (?:i'?m|im) not mistaken|if memory serves(?: me)?|iirc|afaik|(?:but |though |tho )?(?:i'?m |im )?(?:not|idk|dunno|unsure)(?: (?:sure|certain|100%))?(?: (?:on|about|of) (?:the )?(?:exact )?(?:\w+ ){0,2}?(?:months?|years?|details?|numbers?|specifics?|figures?|dates?))(?: (?:tho|though|exactly|lol))*)[\s,.!~]*$|(?:[,.!]\s*|(?<!\b(?:who|whom|which|whose|what|he|she|they|one|ones|guy|guys|suspect|suspects|else|anyone|anybody|someone|somebody|nobody|everyone|all|both)))\s+(?:got it|makes sense|i think|i guess|i believe)[\s,.!~]*$/iu;

/** A message without the hedge said after it ("…, if i'm not mistaken"). */
export function dropAfterthought(text: string): string {
  return text.replace(AFTERTHOUGHT, "").replace(VERDICT_OF_OWN, "");
}

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*|<a?:\w+:\d+>|:[a-z0-9_+-]+:|(?<![\w])(?:[:;=8xX]-?[)(DPpOo3/\\|]+|<3|\^\^|\^_\^|xD|XD|o_O|O_o|-_-|T_T|¯\\_\(ツ\)_\/¯)(?![\w])/gu;
const EMOJI_TAIL = new RegExp(String.raw`(?:\s*(?:${EMOJI.source}))+\s*$`, "u");

/** The message without the emoji it ends in ("… lol not that harsh tbh 🤔"), so what comes before them can be read as the end. */
export function withoutEmojiTail(text: string): string {
  return text.replace(EMOJI_TAIL, "");
}
const LEADING = new RegExp(
  // ("thx for the recap, so …": thanks for an earlier answer, ahead of what is said next)
  String.raw`^(?:(?:${GREETING}(?:[\s,]+@?${BOT})?|${POLITE}|${HEDGE}|${ASK}|@?${SELF}|${THANKS} for (?:the|that|this|your) (?:recap|summary|info|explanation|answer|help|breakdown|rundown|reply)|${THANKS}(?: (?:in advance|so much|a lot|again))?(?:[\s,]+@?${BOT})?(?=\s*(?:[!,.;:\u2013\u2014]|-\s)))(?![\p{L}\p{N}'])[\s,.!:;~\u2013\u2014\u2026-]*)+`,
  "iu",
);
// a reply to someone in the thread ("nah, …", "wrong, it was …", "replying to @ferret: …"): who it answers, not what it says
// ("no," needs its comma: "no state secrets were found" and "no one …" are claims, not replies)
const REPLY_LEAD = /^(?:(?:lol |lmao |nah |no |nope |naw |um+ |uh+ )*(?:no|nope|nah|naw|wrong|incorrect|false|not quite|not really|not true|correction|(?:you'?re|ur|you are|u r) (?:wrong|mistaken|mixing (?:it|them|things|the cases|stuff) up|confusing (?:it|them|things|the cases|stuff)(?: up)?|thinking of (?:the )?(?:other|wrong) (?:guy|one|case))|(?:that'?s|thats|this is) (?:wrong|not right|incorrect|not true|false|not what (?:it|the article) says)|you (?:got|have) it (?:wrong|backwards|mixed up|the wrong way round)|(?:replying|reply|responding) to @?[\w.-]+|re @?[\w.-]+|@[\w.-]+|(?:the (?:article|piece|report|story)|it) (?:is|was|'s) (?:very |pretty |super |quite |100% )?clear(?: on (?:this|that|it)| about (?:this|that|it))?)\s*[,:;!.\u2013\u2014-]+\s*|(?:nah|nope|naw)\s+|no\s+(?=(?:it was|it'?s|its|that was|he|they|the (?:article|piece|report|story))\b))+/iu;
// a reaction at the end of a message ("… frozen rip", "…, wild", "… @Casebook"): no part of what is said
const REACTION = String.raw`(?:lol|lmao|lmfao|rofl|haha+|hehe+|xd|rip|ngl|fr|frfr|tbh|smh|bruh|wild|crazy|insane|wow|oof|sheesh|damn|dang|jeez|geez|welp|no cap|for sure|rough|brutal|savage|nuts|unreal|classic|sad|笑死|哈哈+|呵呵)`;
// "…, who's right?": a dispute put to the bot; what settles it is the question
const DISPUTE = String.raw`(?:so |then |now )?(?:who'?s|whos|who is|which (?:one )?(?:of us )?is|which of us is|who was) (?:right|correct)(?: here| then| now)?\??`;
// ("ok" right after "was" or "seemed" is what is said of the subject: "his accounts were ok")
const NOT_PREDICATE = String.raw`(?<!\b(?:was|were|is|are|seemed|seems|seem|looked|looks|look|stayed|remained|felt|feels)\s+)`;
const TRAILING = new RegExp(
  String.raw`(?:(?:^|(?<=[\s,.!:;~?\u2013\u2014\u2026-]))[\s,.!:;~\u2013\u2014\u2026-]*(?:${THANKS}|${POLITE}|@${SELF}|pls|plz|please and thank you|${REACTION}|${NOT_PREDICATE}(?:ok|okay)|${DISPUTE})(?: (?:so much|a lot|in advance|again|${BOT}))*)+[\s,.!:;~\u2013\u2014\u2026-]*$`,
  "iu",
);
// who says it: "…, per the article", "according to the ministry, …"; the question is the same without it
const SOURCE = String.raw`(?:per|according to|as per|going by|based on|as (?:stated|reported|described|said) (?:in|by)) (?:the |this )?(?:article|story|report|piece|text|news|mss|ministry(?: of state security)?)`;
const ZH_SOURCE = String.raw`(?:根据|据|按照|依据)(?:这篇|该|这个)?(?:文章|报道|新闻|国家安全部|国安部|安全部)(?:的说法|所说|所述|的报道)?`;
const ATTRIBUTED = new RegExp(String.raw`^${SOURCE}[\s,:]+|[\s,]+${SOURCE}(?=[\s?.!,]*$)|,\s*${SOURCE}\s*,|^${ZH_SOURCE}\s*[，,:：]\s*`, "iu");

// politeness in the middle of a sentence: "what did qi get, please?" / "can you please tell me"
/** "at some point" means "ever" ("which of them had classified jobs at some point"): read as that, not taken off as a filler */
const AT_SOME_POINT = /(?<![\p{L}\p{N}'])at (?:some|any|one) point(?: in time)?(?![\p{L}\p{N}'])/giu;
const INNER = new RegExp(String.raw`(?<![\p{L}\p{N}'])(?:please|pls|plz|kindly|lol|lmao|lmfao|haha+|tbh|ngl|fr|frfr|imo|imho|iirc|afaik|lowkey|highkey|no cap|smh|idk|like,|you know,|i mean,|basically,?|literally|in the first place|to begin with|random question but(?: like)?)(?![\p{L}\p{N}'])[,]?`, "giu");
// how long the answer should be ("in like 3 sentences", "in one line"): asks nothing of the article
// (or how plainly: "in a nutshell", "in short", "in plain english")
const LENGTH = /\b(?:in|using|with) (?:like |about |around |just |only )?(?:a|one|two|three|four|five|a few|few|a couple(?: of)?|[1-9]) (?:short )?(?:sentences?|words?|lines?|paragraphs?|bullet points?|bullets)\b|,?\s*\b(?:in a nutshell|in short|in brief|in a word|in simple terms|in plain (?:english|words|terms|language)|in layman'?s terms|long story short)\b,?/giu;

// "is it true that X": X asked as a yes/no question; the lead-in asks nothing of its own
const TRUE_THAT = /^(?:is it (?:really |actually )?(?:true|correct|right|accurate|the case)|am i (?:right|correct)(?: in thinking| to think)?|would it be (?:true|right|correct|fair) to say|true or false|true\/false|t\/f|fact[- ]check)\s*[,:]?\s*(?:that\s+)?(?=\S+\s+\S)/iu;

/** Chat shorthand people type for plain words: plain English, not the article's. */
const SHORTHANDS: Record<string, string> = {
  ppl: "people", abt: "about", bc: "because", cuz: "because", coz: "because", bcuz: "because", b4: "before", thru: "through",
  govt: "government", govts: "governments", gov: "government", tho: "though", smth: "something", sth: "something",
  meny: "many", mnay: "many", teh: "the", hte: "the", wat: "what", wut: "what", wht: "what", wats: "whats", ur: "your", rly: "really", srsly: "seriously", ofc: "of course",
  summery: "summary", sumary: "summary", summry: "summary", artical: "article", articel: "article", artcle: "article", overal: "overall",
  thnk: "think", thk: "think", tink: "think", thot: "thought", thght: "thought", bcs: "because", becuz: "because", cud: "could", shud: "should", wud: "would",
  prob: "probably", def: "definitely", pic: "picture", pics: "pictures", convo: "conversation", msg: "message", msgs: "messages",
};
const SHORTHAND = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${Object.keys(SHORTHANDS).join("|")})(?![\\p{L}\\p{N}'])`, "giu");

/** Chat shorthand in its plain words ("ppl", "w/o", "b4", "zhong n song"). */
function plainShorthand(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu, "without")
    .replace(/(?<![\p{L}\p{N}])w\/(?=\s|\p{L})/giu, "with ")
    .replace(SHORTHAND, (w) => SHORTHANDS[w.toLowerCase()] ?? w)
    // ("can u get more than 10 yrs": you; not the "u" of "u.s.")
    .replace(/(?<![\p{L}\p{N}'.])u(?![\p{L}\p{N}'.])/giu, "you")
    // ("y tho", "y did he": why; not "y/n")
    .replace(/(?<![\p{L}\p{N}'/])y(?= (?:tho|though|did|does|do|is|was|would|not|he|they)\b)/giu, "why")
    .replace(/(?<=\p{L}{2}) (?:n|w) (?=\p{L}{2})/giu, (m) => (m.toLowerCase() === " n " ? " and " : " with "));
}

export interface Unwrapped {
  /** the question itself */
  core: string;
  /** whether anything was taken off */
  wrapped: boolean;
  /** "tell me if ...", "do you know whether ...": a yes/no question in statement form */
  whether: boolean;
}

/** "just want to double check what I read: …", "my question:": the asker's own words before a colon, asking nothing of the article */
// (not a request, "can u help w my math hw: 17*23": what follows the colon is what is asked, however it is wrapped)
const OWN_LEAD = /^(?![^:]*\b(?:(?:can|could|would|will)\s+(?:you|u|ya)|help|pls|please)\b)(?=[^:]{0,80}:\s+\S+(?:\s+\S+){2})[^:?？]*\b(?:i|i'm|im|i've|ive|me|my|mine)\b[^:?？]*:\s+/iu;

const YES_NO_TAIL = /[\s,:;(\u2013\u2014-]+(?:yes or no|yes\/no|y\/n|true or false|true\/false|t\/f)\s*\)?\s*[?？]*\s*$/iu;

const THANKS_ASKED = new RegExp(String.raw`,\s*${THANKS}(?:\s+${THANKS})*(?=\s*[?？]+$)`, "iu");

/** Strips chat wrapping; the question that remains reads the same however it was wrapped. */
export function unwrap(text: string): Unwrapped {
  // ("sooo", "lmaooo", "hiii": a letter drawn out three times or more is that letter once)
  // ("1–5 years": a dash between numbers is a range's hyphen)
  let core = plainShorthand(text.replace(EMOJI, " ").replace(/(\p{L})\1{2,}/giu, "$1").replace(/(\d)\s*[\u2013\u2014]\s*(\d)/gu, "$1-$2").replace(/\s+/gu, " ").trim());
  const before = core;
  for (let i = 0; i < 4; i++) {
    const next = core
      // "… or nah?": slang for a plain yes/no, not a choice ("or not" is read where it stands)
      .replace(/,?\s+or (?:nah|nope|naw)(?=\s*[?？!.]*$)/iu, "")
      // ("… for X or for something else?": the other choice left open is a plain yes/no's "or not")
      .replace(/,?\s+or (?:(?:was it|is it|for|because of|due to|over) )?(?:something|anything) else(?: entirely)?(?=\s*[?？!.]*$)/iu, "")
      .replace(LEADING, "")
      .replace(REPLY_LEAD, "")
      .replace(OWN_LEAD, "")
      .replace(TRAILING, "")
      // ("…, ty ty?" once "or nah" is gone: thanks before the question mark)
      .replace(THANKS_ASKED, "")
      .replace(AFTERTHOUGHT, "")
      .replace(ATTRIBUTED, (m) => (m.trim().endsWith(",") && m.trim().startsWith(",") ? ", " : " "))
      .replace(/^[\s,.!:;~\u2013\u2014\u2026-]+/u, "")
      .trim();
    if (next === core) break;
    core = next;
  }
  // ("ZHONG'S BUSINESS FAILED??", "…?? thanks": marks doubled at the end are one, and the question stays a question)
  core = core.replace(/([?？])[?？!]+(?=\s*$)/u, "$1");
  core = core.replace(INNER, " ").replace(AT_SOME_POINT, " ever ").replace(LENGTH, " ").replace(/\s+([,?.!])/gu, "$1").replace(/\s+/gu, " ").trim();
  // a leading "if/whether" left by "tell me if ..." / "do you know whether ..."
  // "if" was the asking's own ("tell me if ..."), not the question's ("if song had no secrets, why ...")
  const truth = TRUE_THAT.exec(core);
  if (truth) core = core.slice(truth[0].length);
  // ("zhong's accounts frozen y/n", "qi sentenced yes/no?"): the asking's own tail, a plain yes/no whose "no" denies nothing
  const tail = YES_NO_TAIL.exec(core);
  if (tail && tail.index > 0) core = `${core.slice(0, tail.index)}?`;
  const whether = !!truth || (!!tail && tail.index > 0) || /\b(?:tell me|let me know|know|wondering|curious|ask(?:ing)?|check|confirm|remind me|idea|sure)\s*,?\s+(?:if|whether)\s/iu.test(before) && /^(?:if|whether)\s+\S+\s+\S/iu.test(core) && !/\b(?:why|what|how|when|where|who|which|would|could|will|should|then)\b/iu.test(core);
  // ("can u confirm qi got 5 years": the statement after "confirm" is asked back, a yes or no)
  const confirm = CONFIRM_ASKED.test(before) && !/^(?:why|what|whats|how|when|where|who|whom|whose|which|if|whether)\b/iu.test(core);
  const wrapped = core !== before;
  return { core, wrapped, whether: whether || confirm };
}
