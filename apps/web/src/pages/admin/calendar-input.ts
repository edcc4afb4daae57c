const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const RANGE = /^(.+?)(?:~|～|至|--)(.+)$/;
const DAY = 86_400_000;

/** "2027/2/6" or "2027年2月6日" → "2027-02-06"; null when it is not a date as written. */
function normalizeDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? null : iso;
}

/**
 * The dates of a pasted list, as the State Council notice is usually copied: dates and ranges
 * ("2027-02-06~2027-02-12", "2027年10月1日至2027年10月7日") separated by spaces, commas, 、 or lines.
 * Ranges become every day in them. What cannot be read stays as typed, so the API names it.
 */
export function parseDateList(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/[\s,，、;；]+/).filter(Boolean)) {
    const range = RANGE.exec(token);
    const from = range && normalizeDate(range[1]);
    const to = range && normalizeDate(range[2]);
    if (from && to && from <= to && Date.parse(to) - Date.parse(from) <= 60 * DAY) {
      for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
    } else {
      out.push(normalizeDate(token) ?? token);
    }
  }
  return out;
}

/** Dates of one year grouped by month (1–12), for the year's view. */
export function byMonth(dates: readonly string[]): Map<number, number[]> {
  const months = new Map<number, number[]>();
  for (const date of [...dates].sort()) {
    const [, m, d] = date.split('-').map(Number);
    months.set(m, [...(months.get(m) ?? []), d]);
  }
  return months;
}
