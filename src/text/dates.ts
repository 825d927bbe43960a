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
