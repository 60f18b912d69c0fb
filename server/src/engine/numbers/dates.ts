// Calendar figures: dates, months, weekdays, periods of a year ("first five months", "первом квартале", "الربع الأول")
// and times of day. Chinese forms are read in chinese.ts.
import { monthNumber, months, weekdayNumber } from '../data/calendar';
import type { Period } from '../types';
import { AR_ORDINAL, DAY_HALF, EN_CARDINAL, EN_ORDINAL, PERIOD_NOUN, RANGE_JOINER, RU_ORDINAL, THIS_YEAR_PHRASE } from './lexicon';
import { readLiteral } from './literal';
import { isYearValue, type Found, type Part, type Scan } from './scan';
import { isArabicWord, isCyrillicWord, isLatinWord, normWord, stemsOf } from './tokens';
import { readCore } from './words';

const EN_FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** English month names that are also ordinary words: alone they need a date word around them. */
const EN_AMBIGUOUS_MONTHS = new Set(['may', 'march', 'august']);
const EN_MONTH_CONTEXT = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'between', 'and', 'to', 'through', 'before', 'after', 'on', 'that']);
const AR_MONTH_CONTEXT = new Set(['في', 'شهر', 'منذ', 'حتى', 'خلال', 'من', 'الى', 'إلى', 'بداية', 'نهاية', 'مطلع', 'أواخر', 'منتصف', 'اواخر', 'أوائل', 'اوائل']);
const RU_MONTH_ABBR = /^(янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)$/;

export interface MonthHit {
  month: number;
  start: number;
  end: number;
}

function clitics(raw: string): string[] {
  return /^[\u0600-\u06ff]/.test(raw) ? [raw, ...['و', 'ب', 'ف', 'ل', 'وب', 'وفي'].filter((p) => raw.startsWith(p) && raw.length > p.length + 2).map((p) => raw.slice(p.length))] : [raw];
}

/**
 * The month names as a word's normalised form would show them. A word that does not begin with an Arabic letter
 * names a month only when its lower case is a name (see monthNumber and clitics), so only when its normalised
 * form is in here.
 */
let monthNorms: ReadonlySet<string> | undefined;

/** A month name at token i (Arabic ones may span two words: "كانون الثاني"). */
export function monthAt(s: Scan, i: number): MonthHit | undefined {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word' || t.gap === 'break') return undefined;
  const first = t.text.charCodeAt(0);
  if ((first < 0x600 || first > 0x6ff) && !(monthNorms ??= new Set([...months().keys()].map(normWord))).has(t.norm)) return undefined;
  const raw = s.raw(i);
  if (isArabicWord(t) && s.next(i + 1)?.kind === 'word') {
    for (const c of clitics(raw)) {
      const m = monthNumber(`${c} ${s.raw(i + 1)}`);
      if (m) return { month: m, start: i, end: i + 2 };
    }
  }
  let month: number | undefined;
  for (const c of clitics(raw)) if ((month = monthNumber(c))) break;
  if (!month) return undefined;
  let end = i + 1;
  if (isLatinWord(t)) {
    if (raw[0] !== raw[0].toUpperCase()) return undefined;
    if (!EN_FULL_MONTHS.has(t.norm)) {
      // "Oct.", "Sept. 2": abbreviations only with their dot or a day after them.
      if (s.isSym(end, '.') && s.tokens[end].gap === 'none') end++;
      else if (s.next(end)?.kind !== 'num') return undefined;
    }
  } else if (isCyrillicWord(t) && RU_MONTH_ABBR.test(t.norm)) {
    if (s.isSym(end, '.') && s.tokens[end].gap === 'none') end++;
    else return undefined;
  } else if (t.kind !== 'word') return undefined;
  return { month, start: i, end };
}

function dayAt(s: Scan, i: number): { day: number; end: number } | undefined {
  const t = s.next(i);
  if (!t || t.kind !== 'num' || t.text.length > 2) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  let end = i + 1;
  // A decimal or grouped figure is not a day.
  if (s.isSym(end, '.', ',', '٫', ':') && s.glued(end) && s.glued(end + 1)?.kind === 'num') return undefined;
  const suffix = s.glued(end);
  if (suffix && isLatinWord(suffix) && /^(st|nd|rd|th)$/i.test(suffix.text)) end++;
  else if (s.isSym(end, '-') && s.glued(end) && /^(го|е|ое)$/.test(s.glued(end + 1)?.norm ?? '')) end += 2;
  return { day, end };
}

function yearAt(s: Scan, i: number): { year: number; end: number } | undefined {
  const t = s.next(i);
  if (!t || t.kind !== 'num') return undefined;
  const lit = readLiteral(s.tokens, i, s.text, s.lang);
  if (!isYearValue(lit, 1000, 2999)) return undefined;
  return { year: lit.value, end: lit.end };
}

function date(s: Scan, start: number, end: number, day: number, month: number, year: number | undefined, parts: Part[]): Found {
  return {
    start,
    end,
    quantity: { dimension: 'date', value: day, month, year: year ?? s.ctxYear, scale: 1, precision: 1 },
    parts,
    written: 'digits',
  };
}

/** "2 July 2017", "July 2, 2017", "Oct. 2, 1968", "30th September", "2 июля 2017", "2 يوليو 2017", "January 2017". */
export function tryDate(s: Scan, i: number): Found | undefined {
  const m = monthAt(s, i);
  if (m) {
    const d = dayAt(s, m.end);
    if (d && !(s.next(d.end)?.kind === 'num' && !yearAfterDay(s, d.end))) {
      const y = yearAfterDay(s, d.end);
      const parts: Part[] = [{ role: 'month', start: m.start, end: m.end }, { role: 'day', start: m.end, end: d.end }];
      if (y) parts.push({ role: 'year', start: y.end - 1, end: y.end });
      return date(s, i, y ? y.end : d.end, d.day, m.month, y?.year, parts);
    }
    let k = m.end;
    if (s.isSym(k, ',') || s.next(k)?.norm === 'of') k++;
    const y = yearAt(s, k);
    if (y) {
      return {
        start: i,
        end: y.end,
        quantity: { dimension: 'month', value: m.month, month: m.month, year: y.year, scale: 1, precision: 1 },
        parts: [{ role: 'month', start: m.start, end: m.end }, { role: 'year', start: k, end: y.end }],
        written: 'digits',
      };
    }
    return undefined;
  }
  const d = dayAt(s, i);
  if (!d) return undefined;
  let k = d.end;
  if (s.next(k)?.norm === 'of') k++;
  const m2 = monthAt(s, k);
  if (!m2) return undefined;
  const y = yearAt(s, m2.end);
  const parts: Part[] = [{ role: 'day', start: i, end: d.end }, { role: 'month', start: m2.start, end: m2.end }];
  if (y) parts.push({ role: 'year', start: m2.end, end: y.end });
  return date(s, i, y ? y.end : m2.end, d.day, m2.month, y?.year, parts);
}

function yearAfterDay(s: Scan, k: number): { year: number; end: number } | undefined {
  return yearAt(s, s.isSym(k, ',') ? k + 1 : k);
}

/** "2017-07-02", "02.07.2017". */
export function tryNumericDate(s: Scan, i: number): Found | undefined {
  const t = s.tokens;
  const nums = (...ks: number[]): boolean => ks.every((k) => t[k]?.kind === 'num' && t[k].gap === 'none');
  if (t[i]?.kind !== 'num') return undefined;
  if (t[i].text.length === 4 && s.isSym(i + 1, '-') && s.isSym(i + 3, '-') && nums(i + 2, i + 4) && t[i + 1].gap === 'none' && t[i + 3].gap === 'none') {
    const [y, mo, d] = [Number(t[i].text), Number(t[i + 2].text), Number(t[i + 4].text)];
    if (valid(d, mo) && t[i + 2].text.length <= 2 && t[i + 4].text.length <= 2) {
      return date(s, i, i + 5, d, mo, y, [{ role: 'year', start: i, end: i + 1 }, { role: 'month', start: i + 2, end: i + 3 }, { role: 'day', start: i + 4, end: i + 5 }]);
    }
  }
  if (t[i].text.length <= 2 && s.isSym(i + 1, '.') && s.isSym(i + 3, '.') && nums(i + 2, i + 4) && t[i + 1].gap === 'none' && t[i + 3].gap === 'none' && t[i + 4].text.length === 4) {
    const [d, mo, y] = [Number(t[i].text), Number(t[i + 2].text), Number(t[i + 4].text)];
    if (valid(d, mo) && t[i + 2].text.length <= 2) {
      return date(s, i, i + 5, d, mo, y, [{ role: 'day', start: i, end: i + 1 }, { role: 'month', start: i + 2, end: i + 3 }, { role: 'year', start: i + 4, end: i + 5 }]);
    }
  }
  return undefined;
}

const valid = (d: number, m: number): boolean => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** A month named alone: "in January", "в январе", "في يناير". */
export function tryMonthAlone(s: Scan, i: number): Found | undefined {
  const m = monthAt(s, i);
  if (!m) return undefined;
  const t = s.tokens[i];
  const prev = s.tokens[i - 1];
  if (isLatinWord(t) && EN_AMBIGUOUS_MONTHS.has(t.norm) && !(prev && t.gap !== 'break' && EN_MONTH_CONTEXT.has(prev.norm))) return undefined;
  if (isArabicWord(t) && m.end === i + 1 && isLevantine(s.raw(i)) && !(prev && AR_MONTH_CONTEXT.has(prev.text))) return undefined;
  return {
    start: i,
    end: m.end,
    quantity: { dimension: 'month', value: m.month, month: m.month, scale: 1, precision: 1 },
    parts: [{ role: 'month', start: i, end: m.end }],
    written: 'words',
  };
}

/** Levantine month names that are also common words or names; alone they need a date word before them. */
const LEVANTINE = new Set(['نيسان', 'أيار', 'تموز', 'آب', 'آذار', 'شباط', 'حزيران', 'أيلول']);
const isLevantine = (raw: string): boolean => clitics(raw).some((c) => LEVANTINE.has(c));

const RU_WEEKDAY_NEEDS_PREP = new Set(['среда', 'среду', 'среды']);
const RU_PREPS = new Set(['в', 'во', 'на', 'до', 'с', 'со', 'к', 'по']);
const AR_AMBIGUOUS_WEEKDAYS = new Set(['الاثنين', 'اثنين', 'الاحد', 'احد']);
const AR_TWO_CONTEXT = new Set(['بين', 'كلا', 'هذين', 'هاتين', 'كل']);

/** "Monday", "в понедельник", "يوم الإثنين". */
export function tryWeekday(s: Scan, i: number): Found | undefined {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const raw = s.raw(i);
  let day: number | undefined;
  if (isLatinWord(t)) {
    if (t.norm.length < 6 || raw[0] !== raw[0].toUpperCase()) return undefined; // full names only
    day = weekdayNumber(t.norm);
  } else if (isCyrillicWord(t)) {
    day = weekdayNumber(t.norm);
    if (day && RU_WEEKDAY_NEEDS_PREP.has(t.norm) && !RU_PREPS.has(s.tokens[i - 1]?.norm ?? '')) return undefined;
  } else if (isArabicWord(t)) {
    for (const c of clitics(raw)) if ((day = weekdayNumber(c))) break;
    // "الاثنين" is also "the two" and "أحد" "one": without "يوم" they are weekdays only with the article, not after "between".
    const stems = stemsOf(t);
    if (day && stems.some((x) => AR_AMBIGUOUS_WEEKDAYS.has(x))) {
      const prev = s.tokens[i - 1];
      const afterYawm = prev !== undefined && stemsOf(prev).includes('يوم');
      const withArticle = stems.some((x) => x.startsWith('ال'));
      if (!afterYawm && (!withArticle || (prev !== undefined && AR_TWO_CONTEXT.has(prev.norm)))) return undefined;
    }
  }
  if (!day) return undefined;
  return {
    start: i,
    end: i + 1,
    quantity: { dimension: 'weekday', value: day, scale: 1, precision: 1 },
    parts: [{ role: 'weekday', start: i, end: i + 1 }],
    written: 'words',
  };
}

/** "7 a.m.", "19:30", "4.40 am", "الساعة 7 صباحًا", "в 7 утра". */
export function tryTime(s: Scan, i: number): Found | undefined {
  const t = s.tokens[i];
  if (!t || t.kind !== 'num' || t.text.length > 2) return undefined;
  const hour = Number(t.text);
  let minutes: number | undefined;
  let end = i + 1;
  if (s.isSym(end, ':', '.') && s.glued(end) && s.glued(end + 1)?.kind === 'num' && s.tokens[end + 1].text.length === 2) {
    minutes = Number(s.tokens[end + 1].text);
    if (minutes > 59) return undefined;
    const colon = s.tokens[end].text === ':';
    end += 2;
    if (colon && s.isSym(end, ':') && s.glued(end) && s.glued(end + 1)?.kind === 'num') end += 2;
    // "4.40" is a time only with a.m./p.m. after it.
    if (!colon && !DAY_HALF.match(s.tokens, end)) return undefined;
  }
  const half = s.next(end) ? DAY_HALF.match(s.tokens, end) : undefined;
  const ruHalf = half && isCyrillicWord(s.tokens[end]) && s.tokens[end].norm === 'дня';
  const prev = s.tokens[i - 1];
  const afterSaa = prev && isArabicWord(prev) && stemsOf(prev).includes('ساعة');
  if (minutes === undefined && (!half || ruHalf) && !afterSaa) return undefined;
  if (hour > 24 || (half && !ruHalf && hour > 12)) return undefined;
  let h = hour;
  if (half && !ruHalf) {
    if (half.value === 'pm' && h < 12) h += 12;
    if (half.value === 'am' && h === 12) h = 0;
    end = half.end;
  }
  const value = h + (minutes ?? 0) / 60;
  return {
    start: i,
    end,
    quantity: { dimension: 'time', value, scale: 1, precision: minutes === undefined ? 1 : 1 / 60 },
    parts: [{ role: 'number', start: i, end: minutes === undefined ? i + 1 : i + 3 }],
    written: 'digits',
  };
}

const EN_PERIOD_ORDINAL_MAX = 4;
const ROMAN = ['I', 'II', 'III', 'IV'];

/** Quarters, halves and runs of months: "first five months", "Q1", "первом квартале", "الربع الأول", "January-May". */
export function tryPeriod(s: Scan, i: number): Found | undefined {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  let found: { start: number; end: number; period: Period; parts: Part[] } | undefined;
  // Q1, H2
  const raw = s.raw(i);
  if ((raw === 'Q' || raw === 'H') && s.glued(i + 1)?.kind === 'num') {
    const n = Number(s.tokens[i + 1].text);
    const unit = raw === 'Q' ? 'quarter' : 'half';
    if (n >= 1 && n <= (unit === 'quarter' ? 4 : 2) && !s.glued(i + 2)) {
      found = { start: i, end: i + 2, period: { unit, from: n, to: n }, parts: [{ role: 'ordinal', start: i + 1, end: i + 2 }] };
    }
  }
  found ??= ordinalPeriod(s, i) ?? arabicMonthsPeriod(s, i) ?? monthRange(s, i);
  if (!found) return undefined;
  const year = yearAfterPeriod(s, found.end);
  if (year !== undefined) found.period.year = year;
  return {
    start: found.start,
    end: found.end,
    quantity: { dimension: 'period', value: found.period.to - found.period.from + 1, period: found.period, year, scale: 1, precision: 1 },
    parts: found.parts,
    written: 'words',
  };
}

/** An ordinal followed by a period noun, with a count between for runs of months: "first quarter", "первые пять месяцев", "الربع الأول". */
function ordinalPeriod(s: Scan, i: number): { start: number; end: number; period: Period; parts: Part[] } | undefined {
  const t = s.tokens[i];
  let ord: number | undefined;
  let j = i + 1;
  const roman = ROMAN.indexOf(s.raw(i));
  if (roman >= 0) ord = roman + 1;
  else if (isLatinWord(t)) ord = EN_ORDINAL.get(t.norm);
  else if (isCyrillicWord(t)) ord = RU_ORDINAL.get(t.norm)?.value;
  if (ord !== undefined && ord <= EN_PERIOD_ORDINAL_MAX) {
    // A count between: "first five months", "первые 5 месяцев".
    const core = s.next(j) ? readCore(s, j) : undefined;
    const count = core && !core.weak && Number.isInteger(core.value) && core.value >= 1 && core.value <= 12 ? core : undefined;
    const nounAt = count ? count.end : j;
    const noun = s.next(nounAt) ? PERIOD_NOUN.match(s.tokens, nounAt) : undefined;
    if (noun) {
      const parts: Part[] = [{ role: 'ordinal', start: i, end: i + 1 }];
      if (count) {
        if (ord !== 1) return undefined;
        parts.push({ role: 'number', start: count.start, end: count.end });
        return { start: i, end: noun.end, period: { unit: noun.value, from: 1, to: count.value }, parts };
      }
      if (noun.value === 'month' || (noun.value === 'half' && ord > 2)) return undefined;
      return { start: i, end: noun.end, period: { unit: noun.value, from: ord, to: ord }, parts };
    }
  }
  // Arabic: the noun first, "الربع الأول", "النصف الثاني".
  const noun = isArabicWord(t) ? PERIOD_NOUN.match(s.tokens, i) : undefined;
  if (noun && noun.value !== 'month') {
    const o = s.next(noun.end);
    const v = o && isArabicWord(o) ? stemsOf(o).map((x) => AR_ORDINAL.get(x)).find((x) => x !== undefined) : undefined;
    if (v && !v.feminine && v.value <= (noun.value === 'half' ? 2 : 4)) {
      return { start: i, end: noun.end + 1, period: { unit: noun.value, from: v.value, to: v.value }, parts: [{ role: 'ordinal', start: noun.end, end: noun.end + 1 }] };
    }
  }
  return undefined;
}

/** "الشهور الخمسة الأولى", "الأشهر الخمسة الأولى", "أول خمسة أشهر". */
function arabicMonthsPeriod(s: Scan, i: number): { start: number; end: number; period: Period; parts: Part[] } | undefined {
  const t = s.tokens[i];
  if (!isArabicWord(t)) return undefined;
  const noun = PERIOD_NOUN.match(s.tokens, i);
  if (noun?.value === 'month') {
    const core = s.next(noun.end) ? readCore(s, noun.end) : undefined;
    const first = core && s.next(core.end);
    if (core && first && isArabicWord(first) && stemsOf(first).some((x) => x === 'اولي') && core.value >= 1 && core.value <= 12) {
      return { start: i, end: core.end + 1, period: { unit: 'month', from: 1, to: core.value }, parts: [{ role: 'number', start: core.start, end: core.end }] };
    }
  }
  if (stemsOf(t).includes('اول')) {
    const core = s.next(i + 1) ? readCore(s, i + 1) : undefined;
    const n = core && s.next(core.end) ? PERIOD_NOUN.match(s.tokens, core.end) ?? monthNoun(s, core.end) : undefined;
    if (core && n && core.value >= 1 && core.value <= 12) {
      return { start: i, end: n.end, period: { unit: 'month', from: 1, to: core.value }, parts: [{ role: 'number', start: core.start, end: core.end }] };
    }
  }
  return undefined;
}

function monthNoun(s: Scan, i: number): { end: number } | undefined {
  const t = s.tokens[i];
  return t && isArabicWord(t) && ['اشهر', 'شهور'].includes(t.norm) ? { end: i + 1 } : undefined;
}

/** "January-May", "January to May", "январь–май", "с января по май", "من يناير إلى مايو", "بين يناير ومايو". */
function monthRange(s: Scan, i: number): { start: number; end: number; period: Period; parts: Part[] } | undefined {
  const a = monthAt(s, i);
  if (!a) return undefined;
  let j = a.end;
  let b: MonthHit | undefined;
  const joiner = s.next(j) ? RANGE_JOINER.match(s.tokens, j) : undefined;
  if (joiner) b = monthAt(s, joiner.end);
  // "ومايو": the joiner glued to the second month.
  if (!b && isArabicWord(s.next(j)) && s.tokens[j].norm.startsWith('و')) b = monthAt(s, j);
  if (!b || b.month <= a.month) return undefined;
  j = b.end;
  return {
    start: i,
    end: j,
    period: { unit: 'month', from: a.month, to: b.month },
    parts: [{ role: 'month', start: a.start, end: a.end }, { role: 'month', start: b.start, end: b.end }],
  };
}

/** The year a period belongs to: "of 2017", "2017 года", "من عام 2017", "of this year" (the article's year). */
function yearAfterPeriod(s: Scan, k: number): number | undefined {
  for (let skip = 0; skip <= 2; skip++) {
    const t = s.next(k + skip);
    if (!t) return undefined;
    if (t.kind === 'num') {
      const y = yearAt(s, k + skip);
      return y?.year;
    }
    if (THIS_YEAR_PHRASE.match(s.tokens, k + skip)) return s.ctxYear;
    const n = t.norm;
    if (!['of', 'in', 'за', 'من', 'عام', 'العام', 'لعام', 'سنة', ',', 'في'].includes(n)) return undefined;
  }
  return undefined;
}

/** English tens + ordinal: "twenty-first". */
export function englishOrdinal(s: Scan, i: number): { value: number; end: number } | undefined {
  const t = s.tokens[i];
  if (!isLatinWord(t)) return undefined;
  const direct = EN_ORDINAL.get(t.norm);
  if (direct !== undefined) return { value: direct, end: i + 1 };
  const tens = EN_CARDINAL.get(t.norm);
  if (tens !== undefined && tens >= 20 && tens % 10 === 0 && s.isSym(i + 1, '-') && s.glued(i + 1)) {
    const u = s.glued(i + 2);
    const unit = u ? EN_ORDINAL.get(u.norm) : undefined;
    if (unit !== undefined && unit < 10) return { value: tens + unit, end: i + 3 };
  }
  return undefined;
}
