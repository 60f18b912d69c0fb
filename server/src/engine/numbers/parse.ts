// The extractor's grammar: one left-to-right pass over the tokens of a text; at each token the readers are tried
// in order (Chinese, calendar, ordinals, quantities) and the first that reads something consumes its tokens.
import { GLUED_ONLY_MEASURES } from '../data/units';
import { ISO_CODES } from '../data/currencies';
import type { Lang, TimeUnit } from '../types';
import { normaliseUnit, tryChinese } from './chinese';
import { englishOrdinal, tryDate, tryMonthAlone, tryNumericDate, tryPeriod, tryTime, tryWeekday } from './dates';
import {
  AGO_AFTER_WORD, AR_DUAL_TIME, AR_ORDINAL, CURRENCY_NAME, CURRENCY_SYMBOL, HEDGE_BEFORE, MEASURE, PER, PERCENT, POINTS, RU_ORDINAL,
  SCALES, TIME_UNIT, TIMES, TIMES_ONLY, YEAR_WORD_AFTER, YEAR_WORD_BEFORE,
} from './lexicon';
import { readLiteral } from './literal';
import { isYearValue, mul, Scan, type Draft, type Found, type NumberContext, type Part } from './scan';
import { isArabicWord, isCyrillicWord, isLatinWord, stemsOf, tokenize } from './tokens';
import { tryScore } from './scores';
import { mayStartClaim } from './triggers';
import { readCore, type Core } from './words';

export function parseNumbers(text: string, lang: Lang, ctx: NumberContext): { scan: Scan; found: Found[] } {
  const s = new Scan(text, tokenize(text), lang, ctx);
  const found: Found[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    if (!mayStartClaim(s.tokens[i])) {
      i++;
      continue;
    }
    const f = tryAt(s, i);
    if (f && f.end > i) {
      found.push(f);
      i = f.end;
    } else i++;
  }
  return { scan: s, found };
}

function tryAt(s: Scan, i: number): Found | undefined {
  const t = s.tokens[i];
  const named = t.kind === 'num' && gluedToName(s, i);
  if (t.kind === 'num' && !named) {
    const score = tryScore(s, i);
    if (score) return score;
  }
  if (t.kind === 'han' || (t.kind === 'num' && followedByHan(s, i))) {
    const zh = tryChinese(s, i);
    if (zh || t.kind === 'han') return zh;
  }
  if (named) return silent(s, i, readLiteral(s.tokens, i, s.text, s.lang).end);
  return (
    tryNumericDate(s, i) ??
    tryTime(s, i) ??
    tryDate(s, i) ??
    tryPeriod(s, i) ??
    tryWeekday(s, i) ??
    tryOrdinal(s, i) ??
    tryQuantity(s, i) ??
    tryMonthAlone(s, i)
  );
}

function followedByHan(s: Scan, i: number): boolean {
  const end = readLiteral(s.tokens, i, s.text, s.lang).end;
  return s.next(end)?.kind === 'han';
}

const NAME_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late', 'the', 'and', 'or', 'from', 'to']);

/** "HER2", "G20", "SS19", "COVID-19", "Су-57": digits glued to a name are part of the name. */
function gluedToName(s: Scan, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (!prev || s.tokens[i].gap !== 'none') return false;
  if ((isLatinWord(prev) || isCyrillicWord(prev))) return true;
  if (prev.kind === 'sym' && prev.text === '-') {
    const word = s.tokens[i - 2];
    return word !== undefined && prev.gap === 'none' && (isLatinWord(word) || isCyrillicWord(word)) &&
      /\p{Lu}/u.test(s.raw(i - 2)) && !NAME_PREFIXES.has(word.norm);
  }
  return false;
}

function silent(s: Scan, start: number, end: number): Found {
  return { start, end, quantity: { dimension: 'count', value: 0, scale: 1, precision: 1 }, parts: [], written: 'digits', silent: true };
}

// ——— ordinals ———

const AR_TIME_OF_DAY = 'ساعة';
const AR_TIME_WORD = 'مرة';

/** "ninth", "9th" (read with quantities), "No. 1", "шестым", "третий раз", "السادسة", "الثالثة". */
function tryOrdinal(s: Scan, i: number): Found | undefined {
  const t = s.tokens[i];
  if (t.kind !== 'word') return undefined;
  if (isLatinWord(t)) {
    if (t.norm === 'no' && /^N/.test(s.raw(i)) && s.isSym(i + 1, '.') && s.glued(i + 1) && s.next(i + 2)?.kind === 'num') {
      const lit = readLiteral(s.tokens, i + 2, s.text, s.lang);
      if (!lit.frac && lit.value >= 1) return ordinal(s, i, lit.end, lit.value, [{ role: 'number', start: i + 2, end: lit.end }], 'digits');
    }
    const o = englishOrdinal(s, i);
    if (!o) return undefined;
    const time = s.next(o.end) && ['time', 'times'].includes(s.tokens[o.end].norm) ? o.end + 1 : o.end;
    if (o.value <= 2 && time === o.end) return undefined; // "first", "second": ordinals only in "the second time"
    return ordinal(s, i, time, o.value, [{ role: 'ordinal', start: i, end: o.end }], 'words');
  }
  if (isCyrillicWord(t)) {
    const o = RU_ORDINAL.get(t.norm);
    if (!o) return undefined;
    const raz = s.next(i + 1)?.norm === 'раз' ? i + 2 : i + 1;
    if (o.value <= 2 && raz === i + 1) return undefined;
    return ordinal(s, i, raz, o.value, [{ role: 'ordinal', start: i, end: i + 1 }], 'words');
  }
  if (isArabicWord(t)) {
    const o = stemsOf(t).map((x) => AR_ORDINAL.get(x)).find((x) => x !== undefined);
    if (!o) return undefined;
    const prev = s.tokens[i - 1];
    const prevStems = prev && isArabicWord(prev) ? stemsOf(prev) : [];
    if (prevStems.includes(AR_TIME_OF_DAY) && o.feminine) {
      return { start: i, end: i + 1, quantity: { dimension: 'time', value: o.value, scale: 1, precision: 1 }, parts: [{ role: 'ordinal', start: i, end: i + 1 }], written: 'words' };
    }
    if (o.value <= 2 && !prevStems.includes(AR_TIME_WORD)) return undefined;
    return ordinal(s, i, i + 1, o.value, [{ role: 'ordinal', start: i, end: i + 1 }], 'words');
  }
  return undefined;
}

function ordinal(s: Scan, start: number, end: number, value: number, parts: Part[], written: Found['written']): Found {
  return { start, end, quantity: { dimension: 'ordinal', value, scale: 1, precision: 1 }, parts, written };
}

// ——— quantities ———

const RU_ORDINAL_SUFFIX = /^(й|я|е|го|му|м|ми|х|ой|ый|ий|ая|ое|ые|ых|ом|ым)$/;
const RU_AGE_SUFFIX: readonly [RegExp, TimeUnit][] = [
  [/^(летн|летия|летие)/, 'year'], [/^дневн/, 'day'], [/^месячн/, 'month'], [/^часов/, 'hour'], [/^минутн/, 'minute'], [/^недельн/, 'week'],
];
const RU_BARE_UNITS = new Set(['год', 'года', 'месяц', 'месяца', 'неделю', 'недели', 'неделя', 'день', 'дня', 'сутки', 'суток', 'час', 'часа', 'век', 'века', 'десятилетие', 'десятилетия']);
const AR_BARE_UNITS = new Set(['شهر', 'عام', 'سنة', 'اسبوع', 'يوم', 'ساعة', 'عقد', 'قرن']);
const EN_NOT_PLURAL = new Set(['was', 'has', 'is', 'its', 'this', 'his', 'hers', 'does', 'plus', 'thus', 'always', 'perhaps', 'whereas', 'unless', 'across', 'towards', 'afterwards', 'besides', 'news', 'as', 'us', 'yes', 'less', 'series', 'gas']);
const EN_IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'cattle', 'feet', 'teeth', 'mice', 'persons']);
const STRONG_YEAR_BEFORE = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'before', 'after', 'circa', 'в', 'во', 'с', 'со', 'к', 'после', 'عام', 'العام', 'سنة', 'السنة', 'منذ', 'بحلول', 'حتي', 'خلال', 'مطلع', 'اواخر', 'نهاية', 'بداية', 'منتصف', 'اوائل']);
/** Words after a figure that start a clause or phrase rather than name what is counted: "في 2016 عندما", "в 2016 когда". */
const CLAUSE_WORDS = new Set([
  'когда', 'после', 'до', 'и', 'а', 'но', 'что', 'как', 'в', 'на', 'с', 'по', 'из', 'за', 'года', 'году',
  'عندما', 'حين', 'حينما', 'بعد', 'قبل', 'ثم', 'حيث', 'التي', 'الذي', 'كما', 'لكن', 'الي', 'من', 'في', 'علي', 'عن', 'مع', 'او', 'و', 'وفي', 'حتي',
]);

/** Short prepositions a Russian writer puts between a hedge and its figure: "примерно за 12 дней". */
const RU_HEDGE_GAP = new Set(['за', 'в', 'на', 'с', 'со']);

/** A currency written before the figure: "$", "US$", "£", "USD", "RMB". */
function currencyBefore(s: Scan, i: number): { code: string; end: number } | undefined {
  const sym = CURRENCY_SYMBOL.match(s.tokens, i);
  if (sym) {
    const raw = s.slice(sym.start, sym.end);
    if (/[a-z]/.test(raw) && !raw.startsWith('$')) return undefined; // "us$" in lower case is not a symbol
    if (raw.includes('¥') && s.lang === 'zh') return { code: 'CNY', end: sym.end };
    return { code: sym.value, end: sym.end };
  }
  const raw = s.raw(i);
  if (/^[A-Z]{3}$/.test(raw) && ISO_CODES.has(raw) && s.next(i + 1)?.kind === 'num') return { code: raw === 'RMB' ? 'CNY' : raw, end: i + 1 };
  return undefined;
}

/** A currency written after the figure (and its scale): "dollars", "долларов США", "دولار", "USD", "₽". */
function currencyAfter(s: Scan, k: number): { code: string; end: number } | undefined {
  if (!s.next(k)) return undefined;
  const name = CURRENCY_NAME.match(s.tokens, k);
  if (name) return { code: name.value, end: name.end };
  const raw = s.raw(k);
  if (/^[A-Z]{3}$/.test(raw) && ISO_CODES.has(raw)) return { code: raw === 'RMB' ? 'CNY' : raw, end: k + 1 };
  const sym = CURRENCY_SYMBOL.match(s.tokens, k);
  if (sym && s.tokens[sym.end]?.kind !== 'num') return { code: sym.value === 'JPY' && s.lang === 'zh' ? 'CNY' : sym.value, end: sym.end };
  return undefined;
}

function scaleAfter(s: Scan, k: number, core: Core, hasCurrency: boolean): { factor: number; end: number } | undefined {
  const t = s.next(k);
  if (!t || core.scale) return undefined;
  const sc = SCALES.match(s.tokens, k);
  if (!sc) return undefined;
  const word = t.norm;
  const glued = t.gap === 'none';
  if (t.kind === 'han' && !glued) return undefined;
  // One-letter abbreviations only glued to digits: "$5m", "50k" (a spaced "m" may be metres, a spaced "k" anything).
  if (/^(k|m|b)$/.test(word)) {
    if (!glued || core.written !== 'digits') return undefined;
    if (word === 'b' && !hasCurrency) return undefined;
    if (word === 'm' && s.isSym(sc.end, '-') && s.glued(sc.end) && s.glued(sc.end + 1)?.kind === 'word') return undefined; // "300m-long"
  }
  if (core.weak === 'article' && !['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'].includes(word)) return undefined;
  if (sc.value.factor === 100 && core.written === 'words') return undefined;
  return { factor: sc.value.factor, end: sc.end };
}

/** k, or the token after a hyphen glued to k: "15-year", "three-day", "20-degree". */
function afterHyphen(s: Scan, k: number): number {
  return s.isSym(k, '-') && s.tokens[k].gap === 'none' && s.glued(k + 1)?.kind === 'word' ? k + 1 : k;
}

function looksPluralNoun(s: Scan, i: number): boolean {
  const t = s.tokens[i];
  if (!isLatinWord(t) || /^\p{Lu}/u.test(s.raw(i))) return false;
  if (EN_IRREGULAR_PLURALS.has(t.norm)) return true;
  return t.norm.length > 3 && t.norm.endsWith('s') && !t.norm.endsWith('ss') && !EN_NOT_PLURAL.has(t.norm);
}

/** Whether a bare four-digit figure between 1800 and 2100 names a year. */
function isYear(s: Scan, start: number, k: number): boolean {
  if (s.next(k) && YEAR_WORD_AFTER.match(s.tokens, k)) return true;
  const next = s.next(k);
  const countNoun = next !== undefined && (looksPluralNoun(s, k) || ((isCyrillicWord(next) || isArabicWord(next)) && !CLAUSE_WORDS.has(next.norm)));
  const prev = YEAR_WORD_BEFORE.matchBefore(s.tokens, start);
  if (prev) {
    const word = s.tokens[prev.end - 1];
    const stems = stemsOf(word);
    if (stems.some((x) => STRONG_YEAR_BEFORE.has(x)) || !countNoun) return true;
  }
  if (!next || next.kind === 'sym' || next.kind === 'num') return true;
  if (isLatinWord(next)) return !countNoun;
  return false;
}

/** Suffixes glued to digits: "9th", "1980s", "125-й", "2017-м году", "13-летний". */
function digitSuffix(s: Scan, core: Core, i: number): Found | undefined {
  const lit = core.literal;
  if (!lit || lit.frac) return undefined;
  const k = core.end;
  const next = s.glued(k);
  const parts: Part[] = [{ role: 'number', start: core.start, end: core.end }];
  if (next && isLatinWord(next) && /^(st|nd|rd|th)$/.test(next.norm) && !lit.groupSep) {
    const time = s.next(k + 1) && ['time', 'times'].includes(s.tokens[k + 1].norm) ? k + 2 : k + 1;
    return ordinal(s, i, time, lit.value, [{ role: 'ordinal', start: core.start, end: k + 1 }], 'digits');
  }
  const apostrophe = s.isSym(k, "'", '’') && next ? s.glued(k + 1) : undefined;
  const plural = next && isLatinWord(next) && next.norm === 's' ? k + 1 : apostrophe?.norm === 's' ? k + 2 : undefined;
  if (plural !== undefined && isYearValue(lit, 1000, 2999)) {
    return { start: i, end: plural, quantity: { dimension: 'year', value: lit.value, scale: 1, precision: 10 }, parts, written: 'digits', literal: lit };
  }
  if (s.isSym(k, '-') && next) {
    const suffix = s.glued(k + 1);
    if (suffix && isCyrillicWord(suffix)) {
      for (const [re, unit] of RU_AGE_SUFFIX) {
        if (re.test(suffix.norm)) {
          return { start: i, end: k + 2, quantity: { dimension: 'duration', value: lit.value, timeUnit: unit, scale: 1, precision: 1 }, parts: [...parts, { role: 'unit', start: k, end: k + 2 }], written: 'digits', literal: lit };
        }
      }
      if (RU_ORDINAL_SUFFIX.test(suffix.norm)) {
        if (isYearValue(lit, 1000, 2999) && s.next(k + 2) && YEAR_WORD_AFTER.match(s.tokens, k + 2)) {
          const decade = /^(е|х|ые|ых)$/.test(suffix.norm) && lit.value % 10 === 0;
          return { start: i, end: k + 2, quantity: { dimension: 'year', value: lit.value, scale: 1, precision: decade ? 10 : 1 }, parts, written: 'digits', literal: lit };
        }
        if (isYearValue(lit, 1000, 2999) && /^(е|х|ые|ых)$/.test(suffix.norm) && lit.value % 10 === 0) {
          return { start: i, end: k + 2, quantity: { dimension: 'year', value: lit.value, scale: 1, precision: 10 }, parts, written: 'digits', literal: lit };
        }
        return ordinal(s, i, k + 2, lit.value, [{ role: 'ordinal', start: core.start, end: k + 2 }], 'digits');
      }
    }
  }
  return undefined;
}

/** "twice a month", "once a year", "дважды", "раз в месяц", "مرتين في الشهر", "مرة كل شهر". */
function tryTimesAlone(s: Scan, i: number): Found | undefined {
  const t = s.tokens[i];
  let value: number | undefined;
  let end = i + 1;
  const alone = TIMES_ONLY.match(s.tokens, i);
  if (alone) {
    value = alone.value;
    end = alone.end;
  } else if (t.norm === 'раз' || (isArabicWord(t) && stemsOf(t).includes('مرة'))) {
    value = 1;
    if (isArabicWord(s.next(end)) && s.tokens[end].norm === 'واحدة') end++;
  } else return undefined;
  const per = s.next(end) ? PER.match(s.tokens, end) : undefined;
  if (per) {
    return {
      start: i,
      end: per.end,
      quantity: { dimension: 'frequency', value, timeUnit: per.value, scale: 1, precision: 1 },
      parts: [{ role: 'number', start: i, end }, { role: 'unit', start: end, end: per.end }],
      written: 'words',
    };
  }
  if (!alone || value === 1) return undefined;
  return { start: i, end, quantity: { dimension: 'count', value, scale: 1, precision: 1 }, parts: [{ role: 'number', start: i, end }], written: 'words' };
}

/** A time unit without a figure, meaning one of it: "около месяца назад", "год назад", "قبل شهر", "يومين". */
function bareUnit(s: Scan, i: number): Found | undefined {
  const t = s.tokens[i];
  const dual = isArabicWord(t) ? AR_DUAL_TIME.match(s.tokens, i) : undefined;
  if (dual) {
    const { v, p, u, k } = normaliseUnit(2, 1, dual.value);
    return { start: i, end: dual.end, quantity: { dimension: 'duration', value: v, timeUnit: u, scale: 1, precision: p }, parts: [{ role: 'unit', start: i, end: dual.end }], written: 'words', unitFactor: k };
  }
  const unit = TIME_UNIT.match(s.tokens, i);
  if (!unit || t.kind === 'han') return undefined;
  let ago = false;
  if (isCyrillicWord(t)) {
    if (!RU_BARE_UNITS.has(t.norm)) return undefined;
    ago = s.next(unit.end) !== undefined && AGO_AFTER_WORD.match(s.tokens, unit.end) !== undefined;
    if (!ago && !HEDGE_BEFORE.matchBefore(s.tokens, i)) return undefined;
  } else if (isArabicWord(t)) {
    const prev = s.tokens[i - 1];
    if (!AR_BARE_UNITS.has(t.norm) || !prev || prev.norm !== 'قبل' || s.next(unit.end)?.kind === 'num') return undefined;
    ago = true;
  } else return undefined;
  const { v, p, u, k } = normaliseUnit(1, 1, unit.value);
  const q: Draft = { dimension: 'duration', value: v, timeUnit: u, scale: 1, precision: p, ago: ago || undefined };
  if (ago && u === 'year' && s.ctxYear) q.year = s.ctxYear - v;
  return { start: i, end: unit.end, quantity: q, parts: [{ role: 'unit', start: i, end: unit.end }], written: 'words', unitFactor: k };
}

function tryQuantity(s: Scan, i: number): Found | undefined {
  const parts: Part[] = [];
  let currency: string | undefined;
  let j = i;
  const pre = currencyBefore(s, i);
  if (pre) {
    currency = pre.code;
    parts.push({ role: 'currency', start: i, end: pre.end });
    j = pre.end;
  } else {
    const occurrences = tryTimesAlone(s, i);
    if (occurrences) return occurrences;
  }
  const core = j === i || s.next(j) ? readCore(s, j) : undefined;
  if (!core) return pre ? undefined : bareUnit(s, i);
  if (core.literal?.absurd) return silent(s, i, core.end);
  if (core.written === 'digits' && !pre) {
    const suffix = digitSuffix(s, core, i);
    if (suffix) return suffix;
  }
  parts.push({ role: 'number', start: core.start, end: core.end });
  let k = core.end;
  let value = core.value;
  let precision = core.precision;
  let scale = core.scale ?? 1;
  const sc = scaleAfter(s, k, core, currency !== undefined);
  if (sc) {
    value = mul(value, sc.factor);
    precision = mul(precision, sc.factor);
    scale = mul(scale, sc.factor);
    parts.push({ role: 'scale', start: k, end: sc.end });
    k = sc.end;
  }
  const done = (end: number, q: Omit<Draft, 'value' | 'precision' | 'scale'>, extra: Part[] = [], unitFactor?: number): Found => {
    const found: Found = {
      start: i,
      end,
      quantity: { value, precision, scale, ...q },
      parts: [...parts, ...extra],
      written: core.written,
      literal: core.literal,
      unitFactor,
    };
    // Digits glued to letters no reader took ("4G", "3D") are a name, not a figure.
    const after = s.glued(end);
    if (core.written === 'digits' && after && (isLatinWord(after) || isCyrillicWord(after)) && end === core.end) return { ...found, silent: true };
    return found;
  };
  const attached = sc !== undefined || core.scale !== undefined;
  // Per cent and percentage points.
  const t = s.next(k);
  if (t) {
    const points = POINTS.match(s.tokens, k);
    if (points && !core.weak) return done(points.end, { dimension: 'points', currency }, [{ role: 'percent', start: k, end: points.end }]);
    const pc = PERCENT.match(s.tokens, k);
    if (pc && !(GLUED_ONLY_MEASURES.has(t.norm) && t.gap !== 'none') && core.weak !== 'article') {
      return done(pc.end, { dimension: 'percent' }, [{ role: 'percent', start: k, end: pc.end }]);
    }
  }
  // Money.
  const after = currencyAfter(s, k);
  if (after && (!currency || after.code === currency) && core.weak !== 'article') {
    return done(after.end, { dimension: 'money', currency: after.code }, [{ role: 'currency', start: k, end: after.end }]);
  }
  if (currency) return done(k, { dimension: 'money', currency });
  const hk = afterHyphen(s, k);
  const measure = s.next(hk) ? MEASURE.match(s.tokens, hk) : undefined;
  if (measure?.value === 'pound' && scale > 1) {
    return done(measure.end, { dimension: 'money', currency: 'GBP' }, [{ role: 'currency', start: k, end: measure.end }]);
  }
  // Durations: "three years", "15 years ago", "15-year-old", "15 عاماً", "12 дней".
  const unit = s.next(hk) && s.tokens[hk].kind !== 'han' ? TIME_UNIT.match(s.tokens, hk) : undefined;
  const yearCandidate = isYearValue(core.literal) && scale === 1;
  if (unit && !(yearCandidate && YEAR_WORD_AFTER.match(s.tokens, hk))) {
    const per = s.next(unit.end) ? PER.match(s.tokens, unit.end) : undefined;
    let end = unit.end;
    if (s.isSym(end, '-') && s.glued(end) && ['old', 'olds'].includes(s.glued(end + 1)?.norm ?? '')) end += 2;
    const ago = s.next(end) !== undefined && AGO_AFTER_WORD.match(s.tokens, end) !== undefined;
    if (core.weak === 'article' && !ago && !HEDGE_BEFORE.matchBefore(s.tokens, i)) return undefined;
    if (!per || ago) {
      const { v, p, u, k: factor } = normaliseUnit(value, precision, unit.value);
      value = v;
      precision = p;
      const q: Omit<Draft, 'value' | 'precision' | 'scale'> = { dimension: 'duration', timeUnit: u };
      if (ago) {
        q.ago = true;
        if (u === 'year' && s.ctxYear && Number.isInteger(v)) q.year = s.ctxYear - v;
      }
      return done(end, q, [{ role: 'unit', start: k, end: unit.end }], factor === 1 ? undefined : factor);
    }
  }
  if (core.weak === 'article') return undefined;
  const gluedOnly = measure !== undefined && GLUED_ONLY_MEASURES.has(s.tokens[hk].norm);
  // "5km", "100m": a one-letter unit only glued and in lower case ("4G" is a network, not grams).
  if (measure && !(gluedOnly && (s.tokens[hk].gap !== 'none' || hk !== k || s.raw(hk) !== s.tokens[hk].norm))) {
    // "بقوة 7.5 درجات": an earthquake's strength in "degrees" is a magnitude, a bare figure as in "7.5 magnitude".
    if (measure.value === 'degree' && isStrength(s, core.start)) return done(measure.end, { dimension: 'count' }, [{ role: 'unit', start: k, end: measure.end }]);
    return done(measure.end, { dimension: 'measure', measureUnit: measure.value }, [{ role: 'unit', start: k, end: measure.end }]);
  }
  // Frequencies: "three times a year", "два раза в месяц", "ثلاث مرات في الأسبوع".
  const timesWord = s.next(k) ? TIMES.match(s.tokens, k) : undefined;
  if (timesWord) {
    const per = s.next(timesWord.end) ? PER.match(s.tokens, timesWord.end) : undefined;
    if (per) return done(per.end, { dimension: 'frequency', timeUnit: per.value }, [{ role: 'unit', start: k, end: per.end }]);
  }
  if (core.weak && !attached) return undefined;
  if (yearCandidate && !attached && isYear(s, core.start, k)) return done(k, { dimension: 'year' });
  return done(k, { dimension: 'count' });
}

const AR_STRENGTH = /^(قو|شد)(ة|ت)/;

function isStrength(s: Scan, start: number): boolean {
  for (const t of [s.tokens[start - 1], s.tokens[start - 2]]) if (t && isArabicWord(t) && stemsOf(t).some((x) => AR_STRENGTH.test(x))) return true;
  return false;
}

/** For hedges: a Russian preposition between a hedge and its figure is skipped ("примерно за 12 дней"). */
export function hedgeStart(s: Scan, start: number): number {
  const prev = s.tokens[start - 1];
  return prev && isCyrillicWord(prev) && RU_HEDGE_GAP.has(prev.norm) && !HEDGE_BEFORE.matchBefore(s.tokens, start) ? start - 1 : start;
}
