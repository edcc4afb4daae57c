/** One day of a month grid drawn for a publicity window (公示期). */
export interface WindowDay {
  date: string;
  day: number;
  /** 法定节假日 (the official schedule). */
  holiday: boolean;
  /** 调休上班日: a Saturday or Sunday worked in exchange for a holiday. */
  makeUpWorkday: boolean;
  weekend: boolean;
  /** The n-th working day of the window (1-based), or null when not counted. */
  counted: number | null;
  /** Between the first and the last counted day, counted or not. */
  inWindow: boolean;
}

export interface WindowMonth {
  year: number;
  month: number;
  /** Empty cells before the 1st, weeks starting on Monday. */
  lead: number;
  days: WindowDay[];
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The months from the one holding `from` to the one holding the last counted day, each day marked
 * holiday, make-up working day or weekend from the official schedule, and numbered when the window
 * counts it — so the reader sees why the window ends when it does.
 */
export function windowMonths(from: string, counted: readonly string[], holidays: ReadonlySet<string>, workdays: ReadonlySet<string>): WindowMonth[] {
  const position = new Map(counted.map((d, i) => [d, i + 1]));
  const first = counted[0] ?? from;
  const last = counted[counted.length - 1] ?? from;
  const months: WindowMonth[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [endYear, endMonth] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    const start = Date.UTC(year, month - 1, 1);
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const days: WindowDay[] = [];
    for (let d = 0; d < length; d++) {
      const date = iso(start + d * DAY);
      const weekday = new Date(start + d * DAY).getUTCDay();
      days.push({
        date,
        day: d + 1,
        holiday: holidays.has(date),
        makeUpWorkday: workdays.has(date),
        weekend: weekday === 0 || weekday === 6,
        counted: position.get(date) ?? null,
        inWindow: time(date) >= time(first) && time(date) <= time(last),
      });
    }
    months.push({ year, month, lead: (new Date(start).getUTCDay() + 6) % 7, days });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** Why the window is as long as it is: the days inside it that were not counted, by kind. */
export function skippedDays(months: readonly WindowMonth[]): { holidays: number; weekends: number; makeUpWorkdays: number } {
  const inside = months.flatMap((m) => m.days).filter((d) => d.inWindow);
  return {
    holidays: inside.filter((d) => d.holiday).length,
    weekends: inside.filter((d) => d.weekend && !d.holiday && !d.makeUpWorkday).length,
    makeUpWorkdays: inside.filter((d) => d.makeUpWorkday && d.counted !== null).length,
  };
}
