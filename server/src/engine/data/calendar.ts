// Month and weekday names in every supported language, derived from Node's ICU where it has them.
// Each table maps a lower-cased name to its number (month 1–12, weekday 1 = Monday … 7 = Sunday).

type Table = ReadonlyMap<string, number>;

const LOCALES = ['en', 'ru', 'ar', 'zh'] as const;

function icuMonths(): Map<string, number> {
  const out = new Map<string, number>();
  for (const locale of LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2017, m, 15));
        add(out, standalone.format(d), m + 1);
        // "15 января": the genitive form Russian uses in dates.
        const dated = inDate.formatToParts(d).find((p) => p.type === 'month')?.value;
        if (dated) add(out, dated, m + 1);
      }
    }
  }
  return out;
}

function icuWeekdays(): Map<string, number> {
  const out = new Map<string, number>();
  for (const locale of LOCALES) {
    const f = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 2017-01-02 was a Monday.
    for (let i = 0; i < 7; i++) add(out, f.format(new Date(Date.UTC(2017, 0, 2 + i))), i + 1);
  }
  return out;
}

function add(map: Map<string, number>, name: string, n: number): void {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key && !/^\d/.test(key)) map.set(key, n);
}

/** Forms ICU does not give: Levantine Arabic month names, Russian cases, English abbreviations with a dot. */
const EXTRA_MONTHS: readonly [string, number][] = [
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6],
  ['تموز', 7], ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['إبريل', 4], ['ابريل', 4], ['اغسطس', 8], ['أغسطس', 8], ['اكتوبر', 10], ['يونيه', 6], ['يوليه', 7],
  ['январе', 1], ['феврале', 2], ['марте', 3], ['апреле', 4], ['мае', 5], ['июне', 6], ['июле', 7],
  ['августе', 8], ['сентябре', 9], ['октябре', 10], ['ноябре', 11], ['декабре', 12],
  ['январь', 1], ['марта', 3], ['мая', 5], ['sept', 9],
];

const EXTRA_WEEKDAYS: readonly [string, number][] = [
  ['الإثنين', 1], ['الأثنين', 1], ['اثنين', 1], ['الاربعاء', 3], ['الخميس', 4],
  ['понедельник', 1], ['вторник', 2], ['среду', 3], ['четверг', 4], ['пятницу', 5], ['субботу', 6], ['воскресенье', 7],
  ['周一', 1], ['周二', 2], ['周三', 3], ['周四', 4], ['周五', 5], ['周六', 6], ['周日', 7], ['星期天', 7],
  ['mon', 1], ['tue', 2], ['wed', 3], ['thu', 4], ['fri', 5], ['sat', 6], ['sun', 7],
];

function build(base: Map<string, number>, extra: readonly [string, number][]): Table {
  for (const [name, n] of extra) base.set(name.toLowerCase(), n);
  return base;
}

// Built on first use, not at module load: ICU's formatters take tens of milliseconds to make, which a
// server answering a restart from stored results never needs.
let monthTable: Table | undefined;
let weekdayTable: Table | undefined;

export function months(): Table {
  return (monthTable ??= build(icuMonths(), EXTRA_MONTHS));
}

export function weekdays(): Table {
  return (weekdayTable ??= build(icuWeekdays(), EXTRA_WEEKDAYS));
}

/** Looks up a month name, also an Arabic one written with the article "ال" or a prefix "في". */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const table = months();
  return table.get(w) ?? (w.startsWith('ال') ? table.get(w.slice(2)) : undefined);
}

export function weekdayNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const table = weekdays();
  return table.get(w) ?? (w.startsWith('ال') ? table.get(w.slice(2)) : undefined) ?? table.get('ال' + w);
}
