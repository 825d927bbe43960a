// Verbs of telling: what an article, a report or a ministry does with what it
// knows. Questions ("how many cases does it go into") and claims ("the article
// never says …", "the MSS said that …") read them from this one list, so a verb
// added here is understood everywhere. Plain English, none of it the article's.

interface TellingVerb {
  /** base, third person, past, participle */
  forms: readonly [string, string, string, string];
  /**
   * Also a deed of the cases or the courts ("did they give qi", "they named
   * him"): not read as telling in a question, where the deed is meant.
   */
  alsoDeed?: true;
  /** Introduces what is said ("the MSS said that …", "the article describes …"), not a topic covered */
  speech?: true;
  /** Says what a case is ("the article calls him unemployed", "describes him as"): no word of what is said of the case */
  characterises?: true;
}

const VERBS: readonly TellingVerb[] = [
  { forms: ["say", "says", "said", "said"], speech: true },
  { forms: ["mention", "mentions", "mentioned", "mentioned"], speech: true },
  { forms: ["give", "gives", "gave", "given"], alsoDeed: true },
  { forms: ["reveal", "reveals", "revealed", "revealed"] },
  { forms: ["name", "names", "named", "named"], alsoDeed: true },
  { forms: ["specify", "specifies", "specified", "specified"] },
  { forms: ["tell", "tells", "told", "told"], alsoDeed: true },
  { forms: ["state", "states", "stated", "stated"], speech: true },
  { forms: ["disclose", "discloses", "disclosed", "disclosed"] },
  { forms: ["spell out", "spells out", "spelled out", "spelt out"] },
  { forms: ["go into", "goes into", "went into", "gone into"] },
  { forms: ["go through", "goes through", "went through", "gone through"] },
  { forms: ["go over", "goes over", "went over", "gone over"] },
  { forms: ["lay out", "lays out", "laid out", "laid out"] },
  { forms: ["walk through", "walks through", "walked through", "walked through"] },
  { forms: ["run through", "runs through", "ran through", "run through"] },
  { forms: ["detail", "details", "detailed", "detailed"] },
  { forms: ["explain", "explains", "explained", "explained"], speech: true },
  { forms: ["describe", "describes", "described", "described"], speech: true, characterises: true },
  { forms: ["list", "lists", "listed", "listed"] },
  { forms: ["clarify", "clarifies", "clarified", "clarified"] },
  { forms: ["report", "reports", "reported", "reported"], speech: true },
  { forms: ["identify", "identifies", "identified", "identified"] },
  { forms: ["indicate", "indicates", "indicated", "indicated"] },
  { forms: ["provide", "provides", "provided", "provided"] },
  { forms: ["include", "includes", "included", "included"] },
  { forms: ["cite", "cites", "cited", "cited"] },
  { forms: ["quote", "quotes", "quoted", "quoted"] },
  { forms: ["cover", "covers", "covered", "covered"] },
  { forms: ["discuss", "discusses", "discussed", "discussed"] },
  { forms: ["talk about", "talks about", "talked about", "talked about"] },
  { forms: ["feature", "features", "featured", "featured"] },
  { forms: ["bring up", "brings up", "brought up", "brought up"] },
  { forms: ["refer to", "refers to", "referred to", "referred to"] },
  { forms: ["note", "notes", "noted", "noted"], speech: true },
  { forms: ["claim", "claims", "claimed", "claimed"], alsoDeed: true, speech: true },
  { forms: ["call", "calls", "called", "called"], alsoDeed: true, speech: true, characterises: true },
  { forms: ["characterize", "characterizes", "characterized", "characterized"], speech: true, characterises: true },
  { forms: ["characterise", "characterises", "characterised", "characterised"], speech: true, characterises: true },
  { forms: ["label", "labels", "labelled", "labeled"], characterises: true },
  { forms: ["depict", "depicts", "depicted", "depicted"], characterises: true },
  { forms: ["portray", "portrays", "portrayed", "portrayed"], characterises: true },
];

type Form = "base" | "s" | "past" | "participle";
const INDEX: Record<Form, 0 | 1 | 2 | 3> = { base: 0, s: 1, past: 2, participle: 3 };

/** A regex alternation (no group of its own) of the verbs in the forms asked, longest first. */
export function tellingVerbs(forms: readonly Form[], opts: { deeds?: boolean; speechOnly?: boolean; characterisingOnly?: boolean } = {}): string {
  const words = new Set<string>();
  for (const v of VERBS) {
    if (opts.deeds === false && v.alsoDeed) continue;
    if (opts.speechOnly && !v.speech) continue;
    if (opts.characterisingOnly && !v.characterises) continue;
    for (const f of forms) words.add(v.forms[INDEX[f]]);
  }
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /gu, "\\s+"))
    .join("|");
}
