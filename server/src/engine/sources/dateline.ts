import { monthNumber } from '../data/calendar';
import { foldDigits } from '../text/digits';

/** How far into an article its dateline is looked for (UTF-16 code units). */
export const DATELINE_HEAD = 200;

/**
 * Finds the dateline date at the head of a news article: "بكين 2 يوليو 2017 (شينخوا)",
 * "BEIJING, July 2, 2017 (Xinhua) --", "МОСКВА, 2 июля 2017 г.", "北京2017年7月2日电".
 * Returns yyyy-mm-dd, or undefined.
 */
export function findDateline(text: string): string | undefined {
  const head = foldDigits(text.slice(0, DATELINE_HEAD));
  const dayMonthYear = /(?:^|[\s,،(])(\d{1,2})\s+([\p{L}]+)\.?,?\s+(\d{4})/u.exec(head);
  if (dayMonthYear) {
    const month = monthNumber(dayMonthYear[2]);
    if (month) return iso(+dayMonthYear[3], month, +dayMonthYear[1]);
  }
  const monthDayYear = /(?:^|[\s,،(])([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(head);
  if (monthDayYear) {
    const month = monthNumber(monthDayYear[1]);
    if (month) return iso(+monthDayYear[3], month, +monthDayYear[2]);
  }
  const han = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(head);
  if (han) return iso(+han[1], +han[2], +han[3]);
  return undefined;
}

/** yyyy-mm-dd, or undefined for a year or day no dateline has. */
export function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1800 || y > 2200 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
