// Dates in English words, for the publication metadata the replies and answers give.

// Written out here rather than with an en-GB Intl.DateTimeFormat: that loads
// ICU's date and time-zone data, about 5 MB of the process's memory (and, built
// at import, start-up time), for two dates per dataset; toLocaleDateString
// also built a formatter on every call (about 0.1 ms). The strings are
// en-GB's, ICU's "Sept" included (test/reply-dates.test.ts holds them to
// toLocaleDateString's).
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

function formatDate(iso: string, months: readonly string[]): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return "Invalid Date";
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "17 Dec 2024" from an ISO date, in English, whatever the machine's locale or time zone. */
export function shortDate(iso: string): string {
  return formatDate(iso, SHORT_MONTHS);
}

/** "17 December 2024". */
export function longDate(iso: string): string {
  return formatDate(iso, MONTHS);
}

/** A date as far as a text gives it: a year, perhaps a month, perhaps a day. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/iu;

/**
 * The date parts written in `text`: "December 2024", "dec 17 2024", "17 Dec",
 * "in 2023", "2024年12月17日". Null when it gives none. ("may" counts as a
 * month only beside a number: "it may be" is no date.)
 */
export function datePartsIn(text: string): DateParts | null {
  const parts: DateParts = {};
  const zh = /(\d{4})\s*年|(\d{1,2})\s*月|(\d{1,2})\s*[日号]/gu;
  for (const m of text.matchAll(zh)) {
    if (m[1]) parts.year = Number(m[1]);
    if (m[2]) parts.month = Number(m[2]);
    if (m[3]) parts.day = Number(m[3]);
  }
  const year = /\b(19\d\d|20\d\d)\b/u.exec(text);
  if (year && parts.year === undefined) parts.year = Number(year[1]);
  const month = MONTH_WORD.exec(text);
  if (month && parts.month === undefined) {
    const after = text.slice(month.index + month[0].length);
    const before = text.slice(0, month.index);
    const dayAfter = /^\s*(\d{1,2})(?:st|nd|rd|th)?\b/u.exec(after);
    const dayBefore = /\b(\d{1,2})(?:st|nd|rd|th)?(?: of)?\s*$/u.exec(before);
    const isMay = month[1]!.toLowerCase() === "may";
    if (!isMay || dayAfter || dayBefore || /^\s*,?\s*(?:19|20)\d\d\b/u.test(after) || /\b(?:in|of|on|since|during|early|late|mid)\s*-?\s*$/iu.test(before)) {
      parts.month = MONTHS.findIndex((n) => n.toLowerCase().startsWith(month[1]!.toLowerCase().slice(0, 3))) + 1;
      const day = dayAfter ?? dayBefore;
      if (day && parts.day === undefined && Number(day[1]) <= 31) parts.day = Number(day[1]);
    }
  }
  return parts.year === undefined && parts.month === undefined && parts.day === undefined ? null : parts;
}

/** Whether every part the text gives agrees with an ISO date. */
export function agreesWith(parts: DateParts, iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  return (parts.year === undefined || parts.year === y) && (parts.month === undefined || parts.month === m) && (parts.day === undefined || parts.day === d);
}
