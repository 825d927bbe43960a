// What kinds of question Casebook understands, as the words people use for
// them. Words are matched by Porter stem (so "punished", "punishment" and
// "punishing" are one word) and, for longer words, with one typo allowed.
// Weights: 3 = the word alone says what is asked, 2 = a strong hint, 1 = weak.

export type Concept =
  | "offtopic" | "greeting" | "sentence" | "motive" | "contact" | "claim" | "identity" | "action" | "agencyAct"
  | "outcome" | "secrets" | "law" | "range" | "list" | "count" | "source" | "when"
  | "rights" | "charge" | "fullName" | "silent" | "summary" | "superlative" | "anyone";

type Entry = [word: string, weight: number];

export const CONCEPT_WORDS: Record<Concept, Entry[]> = {
  offtopic: [],
  greeting: [["hello", 3], ["hi", 3], ["hey", 3], ["thanks", 3], ["thank", 3], ["thx", 3], ["ty", 2], ["greetings", 3], ["howdy", 3], ["sup", 2]],
  sentence: [
    ["sentence", 3], ["penalty", 3], ["penalties", 3], ["penalize", 3], ["punish", 3], ["punishment", 3],
    ["jail", 3], ["jailed", 3], ["prison", 3], ["imprison", 3], ["imprisonment", 3], ["incarcerate", 3],
    ["convict", 3], ["convicted", 3], ["verdict", 3], ["custody", 2], ["bars", 2], ["locked", 2], ["serve", 2],
    ["term", 2], ["punitive", 3], ["consequence", 2], ["fined", 3], ["years", 1], ["months", 1], ["time", 1],
    ["get", 1], ["got", 1], ["gotten", 1], ["judged", 1], ["receive", 1], ["given", 1], ["long", 1], ["lenient", 1], ["harsh", 1], ["harshly", 3], ["severely", 2], ["leniently", 3], ["treated", 2], ["light", 1],
    ["administrative", 3], ["sanction", 3], ["sanctioned", 3], ["deal", 1], ["dealt", 1],
  ],
  motive: [
    ["why", 3], ["motive", 3], ["motivate", 3], ["motivation", 3], ["reason", 3], ["cause", 2], ["drove", 3],
    ["drive", 2], ["driven", 3], ["desperate", 3], ["financial", 3], ["finances", 3], ["debt", 3], ["broke", 2],
    ["bankrupt", 3], ["poverty", 3], ["poor", 2], ["pressure", 3], ["money", 2], ["cash", 2], ["gain", 1],
    ["greed", 3], ["incentive", 3], ["purpose", 3], ["losses", 2], ["loss", 2], ["invest", 2], ["investment", 2],
    ["afford", 2], ["struggle", 2], ["need", 1], ["short", 1], ["wanted", 1], ["goal", 2], ["aim", 2],
    ["unemployed", 1], ["job", 1], ["venture", 2], ["business", 2], ["frozen", 2], ["accounts", 1],
  ],
  contact: [
    ["contact", 3], ["contacted", 3], ["reach", 3], ["reached", 3], ["approach", 3], ["touch", 3],
    ["website", 3], ["site", 2], ["online", 3], ["internet", 3], ["web", 3], ["connect", 3], ["communicate", 3],
    ["email", 3], ["access", 2], ["accessed", 2], ["method", 2], ["means", 1], ["way", 1], ["channel", 3],
    ["initiate", 2], ["first", 1], ["link", 2], ["meet", 1],
  ],
  claim: [
    ["claim", 3], ["claimed", 3], ["pretend", 3], ["pose", 3], ["posed", 3], ["posing", 3], ["impersonate", 3],
    ["lie", 3], ["lied", 3], ["lying", 3], ["liar", 3], ["lies", 3], ["falsely", 3], ["false", 3], ["fake", 3],
    ["masquerade", 3], ["deceive", 3], ["deception", 3], ["disguise", 3], ["bluff", 3], ["misrepresent", 3],
    ["said", 1], ["say", 1], ["identity", 1], ["present", 1], ["presented", 2], ["purport", 3], ["fib", 3], ["fraud", 2],
  ],
  identity: [
    ["job", 3], ["occupation", 3], ["profession", 3], ["employ", 3], ["employed", 3], ["employee", 3],
    ["employer", 3], ["unemployed", 3], ["career", 3], ["background", 3], ["work", 2], ["worked", 2],
    ["working", 2], ["role", 2], ["position", 1], ["unit", 1], ["workplace", 3], ["company", 2],
    ["living", 1], ["subsidiary", 3], ["jobless", 3], ["profile", 3], ["researcher", 1],
  ],
  action: [
    ["do", 1], ["did", 1], ["done", 1], ["doing", 1], ["send", 2], ["sent", 2], ["took", 2], ["take", 2],
    ["taken", 2], ["home", 2], ["disclose", 2], ["disclosed", 2], ["leak", 3], ["leaked", 3], ["copy", 3],
    ["copied", 3], ["copies", 2], ["photograph", 3], ["photographed", 3], ["photo", 3], ["picture", 3],
    ["download", 3], ["downloaded", 3], ["offer", 2], ["offered", 2], ["provide", 2], ["steal", 2],
    ["stole", 2], ["stolen", 2], ["hand", 2], ["handed", 2], ["share", 2], ["shared", 2], ["give", 1],
    ["gave", 1], ["sell", 1], ["sold", 1], ["trade", 1], ["pass", 2], ["transfer", 2], ["obtain", 2],
    ["gather", 1], ["material", 1], ["materials", 1], ["document", 2], ["documents", 2], ["pledge", 2],
    ["allegiance", 2], ["cooperate", 2], ["willing", 2], ["project", 1], ["scan", 2], ["public", 1],
    ["abuse", 4], ["abused", 4], ["exploit", 4], ["exploited", 4], ["advantage", 3],
  ],
  agencyAct: [
    ["ask", 3], ["asked", 3], ["request", 3], ["requested", 3], ["want", 2], ["wanted", 2], ["respond", 3],
    ["responded", 3], ["response", 3], ["reply", 3], ["replied", 3], ["collect", 3], ["collected", 3],
    ["demand", 3], ["react", 3], ["details", 1], ["seek", 2], ["sought", 2],
  ],
  outcome: [
    ["happen", 3], ["happened", 3], ["caught", 3], ["catch", 3], ["arrest", 3], ["arrested", 3],
    ["apprehend", 3], ["apprehended", 3], ["detain", 3], ["detained", 3], ["detention", 3], ["fate", 3],
    ["stop", 2], ["stopped", 2], ["meet", 2], ["met", 2], ["meeting", 2], ["discover", 3], ["discovered", 3],
    ["found", 1], ["investigate", 2], ["investigation", 2], ["nab", 3], ["nabbed", 3], ["busted", 3],
    ["capture", 3], ["captured", 3], ["outcome", 3], ["result", 2], ["end", 1], ["ended", 2], ["become", 1],
    ["became", 1], ["evidence", 1], ["authorities", 1], ["personnel", 1], ["agents", 1], ["face", 1],
    ["succeed", 2], ["success", 2], ["successful", 2], ["manage", 1], ["managed", 1], ["escape", 2], ["escaped", 2],
  ],
  secrets: [
    ["real", 2], ["actual", 2], ["actually", 2], ["genuine", 3], ["contain", 3], ["contained", 3],
    ["include", 2], ["included", 2], ["possess", 3], ["possessions", 3], ["confirm", 2], ["confirmed", 2],
    ["truly", 2], ["really", 2], ["valuable", 2], ["true", 1], ["fake", 1], ["authentic", 3], ["have", 1], ["had", 1],
  ],
  law: [
    ["law", 3], ["laws", 3], ["legal", 2], ["legally", 2], ["espionage", 3], ["counterespionage", 3],
    ["statute", 3], ["provision", 3], ["code", 1], ["range", 2], ["maximum", 3], ["max", 3], ["minimum", 3],
    ["min", 2], ["harshest", 3], ["toughest", 3], ["strictest", 3], ["severe", 3], ["severest", 3],
    ["heaviest", 3], ["lightest", 2], ["lowest", 2], ["highest", 2], ["life", 1], ["possible", 1],
    ["aggravated", 3], ["serious", 2], ["grave", 2], ["statutory", 3],
    ["face", 1], ["cited", 2], ["cite", 2], ["legislation", 3], ["rule", 1], ["offenders", 2], ["offender", 2],
  ],
  range: [
    ["within", 3], ["inside", 3], ["range", 2], ["fall", 3], ["falls", 3], ["compare", 3], ["comparison", 3],
    ["exceed", 3], ["above", 2], ["below", 2], ["under", 1], ["lenient", 3], ["harsh", 2], ["lighter", 3],
    ["shorter", 3], ["longer", 2], ["consistent", 3], ["line", 1], ["match", 2], ["less", 2], ["more", 1],
    ["guideline", 3], ["bracket", 3], ["between", 2], ["outside", 3], ["beyond", 2], ["over", 1], ["lower", 2], ["higher", 2],
  ],
  list: [
    ["list", 3], ["everything", 3], ["suspects", 2], ["cases", 2], ["all", 1], ["everyone", 2], ["names", 2], ["people", 1],
    ["persons", 1], ["involved", 1], ["individuals", 1], ["overview", 3], ["summary", 2], ["summarize", 3],
    ["summarise", 3], ["each", 1], ["every", 1], ["three", 1],
  ],
  count: [["many", 1], ["number", 2], ["count", 3], ["total", 2], ["several", 1]],
  source: [
    ["announce", 3], ["announced", 3], ["reveal", 3], ["revealed", 3], ["disclose", 2], ["disclosed", 2],
    ["report", 3], ["reported", 3], ["publish", 3], ["published", 3], ["release", 3], ["released", 3],
    ["source", 3], ["ministry", 2], ["mss", 2], ["article", 2], ["story", 2], ["public", 1],
    ["information", 1], ["statement", 2], ["said", 1], ["according", 2], ["authority", 1], ["headline", 3], ["title", 3],
  ],
  when: [["when", 3], ["date", 3], ["day", 3], ["monday", 3], ["year", 1], ["recent", 1], ["recently", 1]],
  // "rights" itself is a phrase below: its stem is "right", as in "right?"
  rights: [["political", 3], ["deprived", 3], ["deprivation", 3], ["vote", 2], ["civil", 2]],
  charge: [
    ["charge", 3], ["charged", 3], ["crime", 3], ["offence", 3], ["offense", 3], ["illegal", 2],
    ["violate", 3], ["violated", 3], ["violation", 3], ["accuse", 3], ["accused", 3], ["guilty", 3],
    ["breach", 3], ["wrong", 1], ["unlawful", 3], ["broke", 1],
  ],
  fullName: [["name", 2], ["names", 1], ["full", 2], ["first", 1], ["given", 1], ["surname", 1], ["identity", 1], ["called", 2]],
  silent: [
    ["age", 3], ["old", 2], ["born", 3], ["birth", 3], ["live", 2], ["lives", 3], ["lived", 2], ["city", 3],
    ["hometown", 3], ["province", 3], ["address", 3], ["wife", 3], ["family", 3], ["children", 3],
    ["married", 3], ["nationality", 3], ["country", 3], ["countries", 3], ["nation", 3], ["paid", 3],
    ["payment", 3], ["price", 3], ["salary", 3], ["much", 1], ["photo", 0], ["trial", 3], ["court", 3],
    ["lawyer", 3], ["appeal", 3], ["released", 1], ["religion", 3], ["gender", 3],
    ["woman", 2], ["height", 3], ["weight", 3], ["education", 3], ["degree", 3], ["university", 3],
  ],
  summary: [["tell", 2], ["about", 1], ["explain", 2], ["describe", 2], ["details", 1], ["story", 1], ["info", 1], ["case", 1]],
  superlative: [
    ["longest", 3], ["shortest", 3], ["harshest", 3], ["heaviest", 3], ["lightest", 3], ["most", 2],
    ["least", 2], ["worst", 3], ["biggest", 3], ["severest", 3], ["toughest", 3], ["only", 2], ["mildest", 3],
  ],
  anyone: [["anyone", 3], ["anybody", 3], ["any", 1], ["someone", 2], ["somebody", 2], ["whom", 1], ["which", 1], ["who", 1]],
};

/**
 * Multi-word expressions, matched on the folded question text; a negative
 * weight takes back what a word alone suggested ("in charge of" is no charge).
 * The optional last element adds the article's words to the fact search.
 */
export const PHRASES: Array<[RegExp, Concept, number, string[]?]> = [
  [/\bin charge\b/u, "charge", -3, ["leader"]],
  [/\b(say|said|says|claim|claimed|told|tell) (he|they|that he|that they) (was|were|had|has|is|worked)\b/u, "claim", 4],
  [/\bout of work\b|\b(no|without a?) jobs?\b|\bcouldn.?t find (a )?(job|work)\b/u, "identity", 3, ["unemployed"]],
  [/\bby how much\b|\bhow (far|much) (below|under|short|lower|less)\b/u, "range", 4],
  [/\bwhat (year|date|day|month)\b|\bwhich (year|date|day|month)\b|\bwhat time\b/u, "when", 4],
  [/\bis it (a crime|illegal|against the law|an offen[cs]e)\b/u, "law", 4],
  [/\bout of (prison|jail)\b|\b(still|currently) in (prison|jail)\b|\bbeen released\b|\breleased (yet|already|from)\b/u, "silent", 6],
  [/\bafter (he|they|she) (was|were|got|had been) \w+|\bwhat happened (next|later|afterwards|after that)\b|\bafterwards\b|\bsince then\b/u, "silent", 6],
  [/\b(pretend|act|roleplay|role play|imagine) (you are|you re|youre|as if|like you)\b|\bwrite (a|an|me|my)\b|\bignore (your|all|previous|the)\b|\b(system|your) prompt\b|\bnew instructions?\b|\btell (me )?a joke\b/u, "offtopic", 6],
  [/\baccomplices?\b|\bhelped by\b|\bworked (with|alone)\b/u, "silent", 4],
  [/\bhow long\b/u, "sentence", 3],
  [/\bwhat (did|does|has|had) (he|they|\w+) (do|done)\b/u, "action", 2],
  [/\bwho are you\b|\bwhat (can|do) you (do|know|answer)\b|\bwhat are you\b|\bhow do (i|you) use\b|^ ?help ?$/u, "greeting", 5],
  [/\b(what|how much) (did|does|will|has|had) \w+ (get|got|gotten|receive|received|end up with)\b|\bwhat (was|is|were) \w+ (given|handed)\b|\bwhat did (the )?(\w+ ){1,3}(get|receive)\b/u, "sentence", 3],
  [/\bhow many (cases?|suspects?|people|persons|men|individuals|spies|of them)\b/u, "count", 3],
  [/\bhow many (years?|months?|yrs)\b/u, "sentence", 4],
  [/\bhow old\b/u, "silent", 4],
  [/\bname of\b/u, "silent", 3],
  [/\bnames? of (the )?(suspects?|men|man|people|persons|individuals|accused|spy|spies)\b/u, "fullName", 4],
  [/\b(upper|lower) (limit|bound|end)\b|\b(ceiling|floor|cap)\b/u, "law", 3],
  [/(?<!by )\bhow much (?!time|prison|jail|longer)/u, "silent", 8],
  [/\bpersonal (information|info|details|data)\b/u, "agencyAct", 3],
  [/\b(break|broke|breaking|broken|violate|violated|violating) (the|a|any|china s|chinese) laws?\b/u, "charge", 4],
  [/\bwhat (could|would|can|will|might|do|does) (i|you|someone|somebody|one|they|a person|people|he|offenders|spies|anyone)\b.*\b(face|get|receive|be given|risk)\b/u, "law", 4],
  [/\bin common\b|\bsimilar(ity|ities)?\b/u, "anyone", 2],
  [/\bstep by step\b|\bin (more |full |great )?detail\b|\bexactly how\b|\bhow exactly\b|\bspecifically how\b/u, "silent", 6],
  [/\bwhy\b.*\b(made public|disclos\w*|reveal\w*|announc\w*|publish\w*|releas\w*|publiciz\w*|publicis\w*)\b/u, "silent", 7],
  [/\b(what|which) (is|was|were) the (\w+ )?(agency|agencies|unit|institution|project|company|firm|venture|business|investments?)( \w+)*? (about|called|named)\b/u, "silent", 6],
  [/\bhow many other\b|\bother (cases|suspects|spies|incidents)\b|\b(last|this|next) year\b|\bstatistics\b/u, "silent", 6],
  [/\b(author|journalist|reporter|writer|byline|newspaper|outlet)\b/u, "silent", 6],
  [/\brights\b/u, "rights", 3],
  [/\bwhere (is|was|are|were) (he|they|the \w+|\w+) from\b|\bwhere (does|did|do) (he|they|the \w+|\w+) (come from|live|grow up|stay)\b|\bwhere (does|did|do|is|was) \w+ (live|living|based)\b|\bhometown\b/u, "silent", 5],
  [/\b(what|which) (company|firm|employer|unit|institution|organi[sz]ation|project|business|institute|university)\b/u, "silent", 4],
  [/\bmore than (10|ten) years\b/u, "law", 3],
  [/\bwhat (counts|is considered|qualifies|is classed) as\b|\bwhat is (illegal|a crime|the crime)\b/u, "law", 4],
  [/\b(get|got|getting|be|keep) in touch\b/u, "contact", 3],
  [/\bbehind bars\b/u, "sentence", 3],
  [/\b(full|first|given|real|complete|whole) names?\b/u, "fullName", 4],
  [/\bwhat (happened|became) (to|of)\b/u, "outcome", 2],
  [/\bmake (the )?(first )?(move|contact)\b/u, "contact", 2],
  [/\bfor a living\b/u, "identity", 4],
  [/\bwho (is|was|were|are) (he|this|that|the man|mr)\b/u, "identity", 2],
  [/\bstate secrets?\b/u, "secrets", 1],
  // "was the information Song tried to provide secret?", "were the materials actually classified?"
  [/^ ?(was|were|is|are|did|do|does)\b.*\b(material|materials|information|info|documents?|files|papers|data|stuff|it|they|things?)\b.*\b(secret|secrets|classified|confidential)\b/u, "secrets", 4],
  [/\bwhich (foreign )?(agency|agencies|country|countries|spy agency|intelligence agency|service)\b/u, "silent", 2],
  [/\b(what|which) (is|was) the (name of the )?(agency|unit|institution|project|company)\b/u, "silent", 5],
  [/\bname of the\b/u, "silent", 3],
  [/\bunder the law\b/u, "law", 2],
  [/\bcounter[- ]?espionage\b/u, "law", 3],
  [/\bup to\b/u, "law", 1],
  [/\bcan (they|you|one|someone|people|a person|offenders?) (get|face|receive)\b/u, "law", 3],
  [/\b(short|strapped) (of|for) (money|cash|funds)\b/u, "motive", 4],
  [/\bin (debt|trouble)\b/u, "motive", 2],
  [/\bwhat (made|led|pushed|prompted|caused|motivated|drove|drives|compelled|inspired|possessed)\b/u, "motive", 3],
  [/\bwho (are|were) (the|all)\b/u, "list", 2],
  [/\bcorrect (name|spelling)\b/u, "fullName", 2],
  [/\bsent to (jail|prison)\b/u, "sentence", 3],
];

/** Question words that shape the answer rather than its topic. */
export const QUESTION_WORDS = new Set([
  "who", "whom", "whose", "what", "which", "why", "how", "when", "where", "did", "does", "do", "is", "was",
  "were", "are", "can", "could", "would", "should", "will", "has", "have", "had",
]);

/**
 * Words people use for what the article says in other words. The fact search
 * looks for the article's word too: "jobless" finds "unemployed", "photos"
 * finds "photographed", "arrested" finds "apprehended".
 */
export const SYNONYMS: Record<string, string[]> = {
  jobless: ["unemployed"], unemployment: ["unemployed"], fired: ["unemployed"], job: ["job", "employee", "unemployed"],
  photo: ["photograph"], photos: ["photograph"], picture: ["photograph"], pictures: ["photograph"], pics: ["photograph"], snapped: ["photograph"],
  sent: ["send"], sending: ["send"], mailed: ["send"], forwarded: ["send"],
  lie: ["falsely", "claimed"], lied: ["falsely", "claimed"], lying: ["falsely", "claimed"], fake: ["falsely"], faked: ["falsely"],
  pretend: ["falsely", "claimed"], pretended: ["falsely", "claimed"], posed: ["falsely", "claimed"], pose: ["falsely", "claimed"],
  impersonated: ["falsely", "claimed"], jail: ["prison"], jailed: ["prison"], imprisoned: ["prison"], locked: ["prison"],
  arrest: ["apprehended"], arrested: ["apprehended"], caught: ["apprehended", "discovered"], detained: ["apprehended"], nabbed: ["apprehended"],
  cash: ["money"], paid: ["money"], website: ["website"], site: ["website"], online: ["website"], internet: ["website"], web: ["website"],
  boss: ["leader"], head: ["leader"], chief: ["leader"], manager: ["leader"], scientist: ["researcher"], academic: ["researcher"],
  broke: ["financial"], debt: ["financial"], debts: ["financial"], business: ["entrepreneurial", "venture"], company: ["entrepreneurial", "venture", "unit"],
  startup: ["entrepreneurial", "venture"], agents: ["personnel", "agency"], handlers: ["personnel", "agency"], officers: ["personnel"],
  material: ["materials", "information"], materials: ["materials", "information"], org: ["organizations"], orgs: ["organizations"],
  documents: ["materials"], docs: ["materials"], files: ["materials"], papers: ["materials"], duplicated: ["copied"], scanned: ["copied", "photograph"],
  brought: ["took"], take: ["took"], taken: ["took"], abuse: ["advantage"], abused: ["advantage"], exploit: ["advantage"], exploited: ["advantage"], misused: ["advantage"], carried: ["took"], house: ["home"], stole: ["stealing"], stolen: ["stealing"], theft: ["stealing"],
  employer: ["unit"], workplace: ["unit"], firm: ["unit", "subsidiary"], loyalty: ["allegiance"], swore: ["pledge"], sworn: ["pledge"],
  tech: ["technical"], technology: ["technical"], science: ["scientific"], ministry: ["ministry"], spies: ["spy"], spying: ["spy"], public: ["publicly"], frozen: ["frozen"], accounts: ["bank", "accounts"],
};

/** Chinese question words and topics, matched on the characters themselves. */
export const CHINESE_CUES: Array<[RegExp, Concept, number]> = [
  [/判|刑|坐牢|监禁|入狱|处罚|惩罚|罚/u, "sentence", 3],
  [/为什么|为何|原因|动机|理由/u, "motive", 3],
  [/联系|网站|接触/u, "contact", 3],
  [/冒充|假装|谎称|声称/u, "claim", 3],
  [/工作|职业|身份|单位/u, "identity", 3],
  [/做了什么|干了什么|拍照|复制|下载|泄露/u, "action", 3],
  [/法律|反间谍法|法/u, "law", 2],
  [/最高|最重/u, "law", 2],
  [/逮捕|抓|被捕|结果|下场/u, "outcome", 3],
  [/多少(人|个|起|案)|几(个|起|名)/u, "count", 3],
  [/谁|哪个|哪位/u, "anyone", 1],
  [/什么时候|何时|日期|哪天/u, "when", 3],
  [/国家安全部|公布|披露|来源/u, "source", 3],
];

/** Question forms in Chinese, so "为什么" counts as "why". */
export const CHINESE_FORMS: Record<string, RegExp> = {
  why: /为什么|为何/u,
  who: /谁|哪个人|哪位/u,
  how: /怎么|如何/u,
  when: /什么时候|何时/u,
  what: /什么/u,
};
