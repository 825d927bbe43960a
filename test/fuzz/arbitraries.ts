// What people (and modified clients) can send Casebook: the fast-check
// arbitraries every fuzz property draws from.
import fc from "fast-check";

/** Discord pings and other `<…>` tokens Discord renders. */
export const MENTIONS = [
  "@everyone",
  "@here",
  "@EVERYONE",
  "<@123>",
  "<@!123>",
  "<@&1>",
  "<@&123456789012345678>",
  "<#123>",
  "</ask:123>",
  "<:qi:123>",
  "<a:qi:123>",
  "<t:0:R>",
  "<id:customize>",
  "@\u200beveryone",
  "@@everyone",
];

/** Markdown a reply could be made to render: emphasis, spoilers, code, quotes, headings, links, lists. */
export const MARKDOWN = [
  "*", "**", "***", "_", "__", "~~", "||", "`", "``", "```", "```js\n", "```\n", "\n```\n",
  "> ", ">>> ", "# ", "## ", "### ", "-# ", "- ", "* ", "1. ", "\\", "\\\\", "\\`", "\\*",
  "[Qi](https://example.com)", "[click](<https://evil.example>)", "<https://example.com>", "https://example.com",
  "||spoiler||", "**bold**", "__underline__", "~~gone~~", "`code`", "```\ncode\n```", "```ansi\n\u001b[31mred\n```",
];

/** Characters that do not print, change direction, or break text apart. */
export const INVISIBLE = [
  "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", "\u001b", "\u001b[31m", "\u007f",
  "\u0085", "\u00a0", "\u00ad", "\u034f", "\u061c", "\u115f", "\u180e", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
  "\u2028", "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069",
  "\u3000", "\u3164", "\ufe0f", "\ufeff", "\ufffd", "\ufff9", "\ud800", "\udfff", "\udbff\udfff", "\u{e0001}",
];

/** fuse.js extended-search operators, alone and around names. */
export const FUSE_OPERATORS = ["!", "^", "=", "'", "|", "$", "!^", "!$", "'qi", "=qi", "^qi", "qi$", "!qi", "qi | song", "^zh | 'ong$", "!^=", "'\"", "*", "?"];

/** Names the engine knows, in every spelling, and near misses. */
export const NAMES = [
  "Qi", "qi", "QI", "Zhong", "Song", "Chi", "Ch'i", "Ch\u2019i", "Chʻi", "Chung", "Sung", "Zhonh", "Sogn", "zhong's", "Qi's",
  "钟", "鍾", "齐", "齊", "宋", "王", "Wang", "Li", "Chen", "zhong", "song", "qi", "case:qi", "qi:", ":", "Qi Song", "Zhong and Song",
];

/** Words a question about the article is made of. */
export const WORDS = [
  "what", "why", "who", "how", "when", "where", "did", "does", "get", "sentence", "sentenced", "years", "months", "prison",
  "contact", "agency", "foreign", "spy", "law", "range", "political", "rights", "money", "secrets", "classified", "everyone",
  "all", "they", "list", "cases", "name", "full", "age", "?", "!", ".", ",", "'s", "7 years", "two years and three months",
  "life", "death", "10 years", "0", "-1", "1e9", "NaN", "Infinity", "七年", "为什么", "判了几年",
];

/** Odd option values typed into the CLI or sent by a modified client. */
export const NUMBER_EDGES = [
  0, 1, -1, -0, 0.5, 1.5, 7, 99, 100, 101, 1198, 1199, 1200, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e9, 1e21, 1e308,
  Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity,
];

const fromList = (list: readonly string[]) => fc.constantFrom(...list);
const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((n) => String.fromCodePoint(n)), maxLength: 20 });
const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)), maxLength: 4 });
const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v));

/** One piece of hostile text. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fromList(WORDS) },
  { weight: 3, arbitrary: fromList(NAMES) },
  { weight: 3, arbitrary: fromList(MENTIONS) },
  { weight: 3, arbitrary: fromList(MARKDOWN) },
  { weight: 3, arbitrary: fromList(INVISIBLE) },
  { weight: 2, arbitrary: fromList(FUSE_OPERATORS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 12 }) },
  { weight: 1, arbitrary: han },
  { weight: 1, arbitrary: loneSurrogates },
  { weight: 1, arbitrary: json },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(...NUMBER_EDGES)).map(String) },
);

const SEPARATORS = ["", " ", " ", " ", "\n", "  ", "\t", "\u200b", ":", "::", ", "];

/** Pieces glued together: the shape of a real (if hostile) message. */
export const mixed: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 24 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));

/** Long text, up to 10,000 characters, cheap to generate: a piece repeated and cut. */
export const long: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(mixed, piece), fc.integer({ min: 1, max: 10_000 }))
  .filter(([p]) => p.length > 0)
  .map(([p, n]) => p.repeat(Math.ceil(n / p.length)).slice(0, n));

/** Any text a string option can carry. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: mixed },
  { weight: 2, arbitrary: piece },
  { weight: 1, arbitrary: long },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\n", "\u200b", "@everyone", "x".repeat(500), "x".repeat(501), "x".repeat(10_000)) },
);

/** Values of the wrong type for any option. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, NaN, Infinity, -Infinity, [], {}, ["Qi"], { value: "Qi" }, 0n),
  fc.integer(),
  fc.double(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true }),
  // what JSON.parse makes of a hostile body: an own "__proto__" key
  fc.constantFrom('{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', '{"toString":1}').map((j) => JSON.parse(j) as unknown),
);

/** A number option's value: in range, at the bounds, beyond them, fractional, not finite, or as text. */
export const number: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 1202 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_EDGES) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(...NUMBER_EDGES)).map(String) },
  { weight: 1, arbitrary: wrongType },
);

/** A string option's value: mostly text, sometimes a name, sometimes the wrong type. */
export const stringValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fromList(NAMES) },
  { weight: 1, arbitrary: wrongType },
);

export const bool: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrongType });

/** Extra option names a modified client could send, including ones that are object internals. */
export const strayKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "surname ", "Surname", "QUESTION", "", "@everyone", "`x`", "**k**"),
  fc.string({ maxLength: 12 }),
);

/** Raw options for a command: some of its own, sometimes one it does not have. */
export function optionsOf(shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.record(shape, { requiredKeys: [] }), fc.option(fc.tuple(strayKey, fc.oneof(text, wrongType)), { freq: 8 }))
    .map(([own, stray]) => {
      const out: Record<string, unknown> = { ...own };
      if (stray) Object.defineProperty(out, stray[0], { value: stray[1], enumerable: true, configurable: true, writable: true });
      return out;
    });
}

export const COMMAND_NAMES = ["ask", "case", "cases", "law", "sentence", "about", "help"];

/** A command name: a real one, a near miss, or anything. */
export const commandName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...COMMAND_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom("ASK", "Case", "case ", "", "/ask", "nope", "__proto__", "constructor", "@everyone", "<@&1>", "**x**") },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/**
 * A marker no article word contains, wrapped in user markup: if a reply echoes
 * it, the markup next to it must come out escaped.
 */
export const CANARY = "Zqxjcanary";
const WRAPS: Array<[string, string]> = [
  ["**", "**"], ["*", "*"], ["_", "_"], ["__", "__"], ["~~", "~~"], ["||", "||"], ["`", "`"], ["```", "```"], ["``", "``"],
  ["[", "](https://example.com)"], ["<@", ">"], ["<#", ">"], ["@", "@"], ["> ", "|"], ["# ", "#"], ["-# ", "-"], ["\\", "\\"],
  ["<", ">"], [":", ":"], ["(", ")"], ["***", "`"], ["`", "**"],
];
export const canaryText: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constant(""), fromList(NAMES), mixed.map((s) => s.slice(0, 30))), fc.constantFrom(...WRAPS), fc.oneof(fc.constant(""), mixed.map((s) => s.slice(0, 30))))
  .map(([before, [open, close], after]) => `${before}${open}${CANARY}${close}${after}`);

const OWN_OPTIONS: Record<string, string[]> = {
  ask: ["question", "private"],
  case: ["surname", "private"],
  sentence: ["case", "years", "months"],
  cases: [],
  law: [],
  about: [],
  help: [],
};
const numberText = fc.oneof(
  fc.integer({ min: -2, max: 1202 }).map(String),
  fc.constantFrom(...NUMBER_EDGES).map(String),
  fc.constantFrom("7.5", "+7", "-0", "1e3", " 7 ", "007", "0x10", "7 years", "七"),
);
const optionValue = (name: string): fc.Arbitrary<string> =>
  name === "years" || name === "months"
    ? fc.oneof({ weight: 4, arbitrary: numberText }, { weight: 1, arbitrary: text })
    : name === "private"
      ? fc.constantFrom("true", "false", "yes", "no", "1", "0", "maybe", "")
      : fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: canaryText }, { weight: 2, arbitrary: fc.constantFrom(...NAMES) });
const optionName = (own: string[]) =>
  own.length
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...own) },
        { weight: 1, arbitrary: fc.constantFrom(...own).map((n) => n.toUpperCase()) },
        { weight: 1, arbitrary: fc.constantFrom("nope", "x", "", "question", "surname", "case", "years", "@everyone", "`k`") },
      )
    : fc.constantFrom("question", "x", "");

/** A slash line as typed in the CLI: a command, its options as name:value, and whatever else. */
export const cliLine: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.oneof({ weight: 8, arbitrary: fc.constant("/") }, { weight: 1, arbitrary: fc.constantFrom(" /", "", "//", "\\/", "\uff0f") }),
        fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...COMMAND_NAMES) }, { weight: 1, arbitrary: commandName }),
        fc.constantFrom(" ", " ", " ", "  ", "\t", "\n"),
      )
      .chain(([slash, name, sep]) => {
        const key = name.toLowerCase();
        const own = Object.hasOwn(OWN_OPTIONS, key) ? OWN_OPTIONS[key]! : [];
        const pair = (k: string) => optionValue(k.toLowerCase()).map((v) => `${k}:${v}`);
        // the options a well-formed line starts with, then sometimes more
        const first: fc.Arbitrary<string[]> =
          key === "ask" ? pair("question").map((p) => [p])
          : key === "case" ? pair("surname").map((p) => [p])
          : key === "sentence"
            ? fc.oneof(pair("case").map((p) => [p]), fc.tuple(pair("years"), pair("months")), pair("years").map((p) => [p]), pair("months").map((p) => [p]))
            : fc.constant([]);
        const extra = fc.oneof(
          { weight: 3, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: fc.array(optionName(own).chain(pair), { minLength: 1, maxLength: 2 }) },
        );
        return fc.tuple(first, extra).map(([a, b]) => `${slash}${name}${[...a, ...b].map((o) => `${sep}${o}`).join("")}`);
      }),
  },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: canaryText.map((t) => `/ask ${t}:x`) },
);

/** A component custom id: the ones Casebook makes, tampered ones, and anything. */
export const customId: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("case:qi", "case:zhong", "case:song", "cases:open", "source:1.3.6.9", "source:0", "source:", "case:", "case", "source", "cases", "") },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom(NaN, 1e21, 1.5, -0, 2 ** 53)).map(String), { maxLength: 30 }).map((ps) => `source:${ps.join(".")}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }).map((s) => `source:${s}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("case", "cases", "source", "nope", "__proto__", "constructor", "toString"), fc.array(fc.oneof(text, fromList(NAMES)), { maxLength: 4 })).map(([k, a]) => [k, ...a].join(":")) },
  { weight: 1, arbitrary: text },
);

/** Select-menu values: case ids, names, anything, up to more than Discord allows. */
export const selectValues: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(fc.constantFrom("qi", "zhong", "song", "Qi", "", "__proto__", "constructor"), text),
  { maxLength: 30 },
);
