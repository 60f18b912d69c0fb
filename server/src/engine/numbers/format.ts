// The replacement for a contradicted number: the claim's own text, in its language and style, carrying the source's value.
// The claim is read again to find its parts (figure, scale word, currency, unit); only the parts that change are rewritten.
import { ABBREVIATIONS, ICU_SCALE_FORMS, SCALE_WORDS, type ScaleFamily, type ScaleWord } from '../data/scales';
import { CURRENCY_SYMBOL, CURRENCY_WORD } from '../data/currencies';
import { AR_AGREEMENT, EN_SINGULAR_PLURAL, RU_AGREEMENT } from '../data/units';
import { AR_CARDINALS, RU_CARDINALS, type RuCase } from '../data/numberWords';
import type { Lang, NumberClaim, Quantity } from '../types';
import { convertInto } from './dimension';
import { extractDetailed, type DetailedClaim } from './extract';
import { AR_ORDINAL, RU_ORDINAL } from './lexicon';
import {
  arabicCardinal, arabicOrdinal, chineseNumeral, decimalsFor, englishCardinal, englishOrdinal, englishOrdinalSuffix, matchCase,
  renderDigits, russianCardinal, russianOrdinal, toScript, type DigitStyle,
} from './render';
import type { Part, PartRole } from './scan';
import { arabicStems, normWord } from './tokens';

type Lang4 = 'en' | 'ru' | 'ar' | 'zh';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The claim's text rewritten to carry the source's value: "35%" + 33.7 → "33.7%"; "70,2 млн долларов" + 70.2e9 →
 * "70,2 млрд долларов"; "seventh" + 6 → "sixth"; "223.1 billion dollars" + CNY → "223.1 billion yuan".
 */
export function formatSuggestion(claim: NumberClaim, source: Quantity, lang: Lang): string {
  const l: Lang4 = lang === 'und' ? 'en' : lang;
  const d = reparse(claim, l);
  const written = d ? rewrite(claim.text, d, claim.quantity, source, l) : undefined;
  return written ?? plain(source, claim.quantity, l);
}

function reparse(claim: NumberClaim, lang: Lang4): DetailedClaim | undefined {
  const all = extractDetailed(claim.text, lang);
  const same = all.filter((x) => x.claim.quantity.dimension === claim.quantity.dimension);
  const pick = (xs: DetailedClaim[]): DetailedClaim | undefined =>
    xs.sort((a, b) => b.claim.end - b.claim.start - (a.claim.end - a.claim.start))[0];
  return pick(same) ?? pick(all);
}

function rewrite(text: string, d: DetailedClaim, claimQ: Quantity, source: Quantity, lang: Lang4): string | undefined {
  const w = new Writer(text, d.parts);
  switch (claimQ.dimension) {
    case 'year':
      return yearText(w, d, source);
    case 'date':
    case 'month':
      return dateText(w, d, claimQ, source, lang);
    case 'weekday':
      return weekdayText(w, source, lang);
    case 'ordinal':
      return ordinalText(w, d, source.value, lang);
    case 'time':
      return timeText(w, d, source.value);
    case 'period':
      return periodText(w, d, source, lang);
    default:
      return quantityText(w, d, claimQ, source, lang);
  }
}

class Writer {
  private readonly edits: Edit[] = [];

  constructor(readonly text: string, readonly parts: readonly Part[]) {}

  part(role: PartRole, nth = 0): Part | undefined {
    return this.parts.filter((p) => p.role === role)[nth];
  }

  of(p: Part): string {
    return this.text.slice(p.start, p.end);
  }

  set(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  result(): string {
    let out = this.text;
    for (const e of [...this.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  }
}

// ——— figures with units ———

const SCALE_BY_WORD = new Map<string, ScaleWord>();
for (const s of SCALE_WORDS) {
  const key = normWord(s.word.replace(/\.$/, ''));
  if (!SCALE_BY_WORD.has(key)) SCALE_BY_WORD.set(key, s);
}

const LONG_FAMILY: Record<Lang4, ScaleFamily> = { en: 'en-long', ru: 'ru-long', ar: 'ar-long', zh: 'zh' };
const LOCALE_OF: Partial<Record<ScaleFamily, string>> = { 'en-long': 'en', 'ru-long': 'ru', 'ru-short': 'ru', 'ar-long': 'ar', zh: 'zh' };

function factorsOf(family: ScaleFamily): number[] {
  const icu = ICU_SCALE_FORMS[family];
  const list = icu ? [...icu.keys()] : (ABBREVIATIONS[family] ?? []).map(([f]) => f);
  return list.sort((a, b) => b - a);
}

function scaleWord(family: ScaleFamily, factor: number, mantissa: number, like: string): string | undefined {
  const icu = ICU_SCALE_FORMS[family];
  if (icu) {
    const forms = icu.get(factor);
    if (!forms) return undefined;
    const category = new Intl.PluralRules(LOCALE_OF[family] ?? 'en').select(mantissa);
    const word = forms.get(category) ?? forms.get('other') ?? [...forms.values()][0];
    // "тыс." keeps its dot only where the claim wrote one.
    return matchCase(like.endsWith('.') || !word.endsWith('.') ? word : word.slice(0, -1), like);
  }
  const abbr = (ABBREVIATIONS[family] ?? []).find(([f]) => f === factor)?.[1];
  if (abbr === undefined) return undefined;
  if (like === like.toLowerCase()) return abbr.toLowerCase();
  if (like === like.toUpperCase()) return abbr.toUpperCase();
  return matchCase(abbr, like);
}

/** The claim's scale when the value reads well with it (a short mantissa), else the largest that keeps the mantissa ≥ 1. */
function chooseFactor(value: number, claimFactor: number, family: ScaleFamily, precision: number | undefined): number {
  const limit = family === 'zh' ? 1e4 : 1e3;
  const fits = (f: number): boolean => {
    const m = Math.abs(value) / f;
    return m >= 1 && m < limit && decimalsFor(m, precision === undefined ? undefined : precision / f) <= 3;
  };
  if (fits(claimFactor)) return claimFactor;
  for (const f of factorsOf(family)) if (Math.abs(value) / f >= 1) return f;
  return 1;
}

function quantityText(w: Writer, d: DetailedClaim, claimQ: Quantity, source: Quantity, lang: Lang4): string | undefined {
  const num = w.part('number');
  if (!num) return undefined;
  const converted = convertInto(source, claimQ);
  const unitFactor = d.unitFactor ?? 1;
  const shown = converted.value / unitFactor;
  const precision = converted.precision === undefined ? undefined : converted.precision / unitFactor;
  const scalePart = w.part('scale');
  const claimFactor = d.claim.quantity.scale;
  let factor = 1;
  let family: ScaleFamily | undefined;
  if (scalePart || (claimFactor > 1 && d.written === 'words')) {
    family = (scalePart && SCALE_BY_WORD.get(normWord(w.of(scalePart)))?.family) || LONG_FAMILY[lang];
    factor = chooseFactor(shown, claimFactor, family, precision);
  }
  const mantissa = shown / factor;
  const decimals = decimalsFor(mantissa, precision === undefined ? undefined : precision / factor);
  const dualScale = !scalePart && claimFactor > 1 && d.written === 'words';
  if (claimQ.dimension === 'frequency' && d.written === 'words') {
    const occurrences = timesWords(w.of(num), mantissa, lang);
    if (occurrences) {
      w.set(num.start, num.end, occurrences);
      return w.result();
    }
  }
  let numberText = dualScale ? renderDigits(mantissa, decimals, defaultStyle(lang, 'ascii')) : figure(w.of(num), mantissa, decimals, d, lang);
  if (dualScale && family && factor > 1) numberText += ` ${scaleWord(family, factor, mantissa, '') ?? ''}`.trimEnd();
  w.set(num.start, num.end, numberText);
  if (scalePart && family) {
    if (factor === 1) w.set(num.end, scalePart.end, '');
    else w.set(scalePart.start, scalePart.end, scaleWord(family, factor, mantissa, w.of(scalePart)) ?? w.of(scalePart));
  }
  const currency = w.part('currency', 0);
  const currencyAfter = w.parts.filter((p) => p.role === 'currency').at(-1);
  if (source.currency && claimQ.currency && source.currency !== claimQ.currency) {
    for (const c of new Set([currency, currencyAfter])) if (c) w.set(c.start, c.end, currencyIn(w.of(c), source.currency, lang));
  }
  // Nouns agree with the new count when no scale word stands between ("3 года" → "5 лет", "three days" → "one day").
  if (factor === 1 && !dualScale) {
    for (const role of ['unit', 'percent', 'currency'] as const) {
      const p = w.part(role);
      if (!p || p.start < num.end || (role === 'currency' && source.currency && claimQ.currency && source.currency !== claimQ.currency)) continue;
      const agreed = agree(w.of(p), mantissa, lang);
      if (agreed !== undefined) w.set(p.start, p.end, agreed);
    }
  }
  return w.result();
}

function defaultStyle(lang: Lang4, script: DigitStyle['script']): DigitStyle {
  if (script === 'arabic' || script === 'persian') return { script, decSep: '٫' };
  return { script, decSep: lang === 'ru' ? ',' : '.' };
}

const RU_CASE_OF = new Map<string, RuCase>();
for (const c of RU_CARDINALS) for (const [form, word] of Object.entries(c.forms) as [RuCase, string][]) if (!RU_CASE_OF.has(word)) RU_CASE_OF.set(word, form);
const AR_CARDINAL_WORDS = new Set(AR_CARDINALS.map(([w]) => normWord(w)));

/** The figure written like the claim's: digits in its script and separators, or words in its language and form. */
function figure(old: string, value: number, decimals: number, d: DetailedClaim, lang: Lang4): string {
  const integer = Math.abs(value - Math.round(value)) < 1e-9 && decimals === 0;
  if (d.written === 'zh') return chineseNumeral(value, decimals, old.includes('两')) ?? renderDigits(value, decimals, defaultStyle(lang, 'ascii'));
  if (d.written === 'words' && integer) {
    const n = Math.round(value);
    const words = wordsLike(old, n, lang);
    if (words) return words;
  }
  const lit = d.literal;
  const script = lit?.script ?? 'ascii';
  const style = defaultStyle(lang, script);
  if (lit?.decSep) style.decSep = lit.decSep;
  if (lit?.groupSep) style.groupSep = lit.groupSep;
  else if ((lit === undefined || lit.int.length <= 3) && Math.abs(value) >= 1e4) style.groupSep = lang === 'ru' ? '\u00a0' : script === 'arabic' ? '٬' : ',';
  return renderDigits(value, decimals, style);
}

function wordsLike(old: string, n: number, lang: Lang4): string | undefined {
  if (lang === 'en' || /^[a-z]/i.test(old)) {
    const w = englishCardinal(n);
    return w && matchCase(w, old);
  }
  if (lang === 'ru' || /^[\u0400-\u04ff]/.test(old)) {
    const first = normWord(old.split(/\s+/)[0]);
    const w = russianCardinal(n, RU_CASE_OF.get(first) ?? 'nom');
    return w && matchCase(w, old);
  }
  if (lang === 'ar' || /^[\u0600-\u06ff]/.test(old)) {
    const word = old.split(/\s+/)[0];
    const norm = normWord(word);
    const stem = arabicStems(norm).find((x) => AR_CARDINAL_WORDS.has(x));
    if (!stem) return undefined;
    const prefix = word.slice(0, Math.max(0, word.length - lengthOfStem(word, stem)));
    const w = arabicCardinal(n, stem.endsWith('ة'));
    return w && prefix + w;
  }
  return undefined;
}

/** How many characters at the end of an Arabic word make up a normalised stem (diacritics count as part of it). */
function lengthOfStem(word: string, stem: string): number {
  for (let k = 1; k <= word.length; k++) if (normWord(word.slice(word.length - k)) === stem) return k;
  return word.length;
}

function currencyIn(old: string, code: string, lang: Lang4): string {
  if (/^[A-Z]{3}$/.test(old)) return code;
  if (!/\p{L}/u.test(old.replace(/[A-Z]/g, '')) && /[^\p{L}\s]/u.test(old)) return CURRENCY_SYMBOL[code] ?? code;
  const scriptLang: Lang4 = /[\u0400-\u04ff]/.test(old) ? 'ru' : /[\u0600-\u06ff]/.test(old) ? 'ar' : /[\u4e00-\u9fff]/.test(old) ? 'zh' : /[a-z]/i.test(old) ? 'en' : lang;
  return CURRENCY_WORD[scriptLang][code] ?? code;
}

/** "twice", "раз", "مرتين" rewritten for another count: "three times", "два раза", "ثلاث مرات". */
function timesWords(old: string, n: number, lang: Lang4): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  const word = normWord(old);
  if (['once', 'twice', 'thrice'].includes(word) || lang === 'en') {
    const w = n === 1 ? 'once' : n === 2 ? 'twice' : englishCardinal(n) && `${englishCardinal(n)} times`;
    return w && matchCase(w, old);
  }
  if (['раз', 'дважды', 'трижды'].includes(word) || lang === 'ru') {
    if (n === 1) return matchCase('раз', old);
    if (n === 2 && word === 'дважды') return matchCase('дважды', old);
    const c = russianCardinal(n, 'nom');
    return c && matchCase(`${c} ${agree('раз', n, 'ru')}`, old);
  }
  if (arabicStems(word).some((x) => x === 'مرة' || x === 'مرتين' || x === 'مرتان') || lang === 'ar') {
    if (n === 1) return 'مرة';
    if (n === 2) return 'مرتين';
    const c = arabicCardinal(n, false);
    return c ? `${c} مرات` : `${n} مرة`;
  }
  return undefined;
}

const EN_FORMS = new Map<string, [string, string]>();
for (const [one, many] of EN_SINGULAR_PLURAL) {
  EN_FORMS.set(one, [one, many]);
  EN_FORMS.set(many, [one, many]);
}

/** A noun (or unit) after a figure, made to agree with a new count; undefined when the form is not one the table knows. */
function agree(word: string, n: number, lang: Lang4): string | undefined {
  const lower = word.toLowerCase();
  if (/^[a-z]/i.test(word)) {
    const forms = EN_FORMS.get(lower);
    if (forms) return matchCase(Math.abs(n) === 1 ? forms[0] : forms[1], word);
    return firstWord(word, n, lang);
  }
  if (/^[\u0400-\u04ff]/.test(word)) {
    const row = RU_AGREEMENT.find((r) => r.includes(normWord(word)));
    if (!row) return firstWord(word, n, lang);
    const category = new Intl.PluralRules('ru').select(n);
    return matchCase(category === 'one' ? row[0] : category === 'few' || category === 'other' ? row[1] : row[2], word);
  }
  if (/^[\u0600-\u06ff]/.test(word)) {
    const norm = normWord(word);
    const row = AR_AGREEMENT.find((r) => r.some((f) => normWord(f) === norm));
    if (!row) return undefined;
    const tanween = word.includes('\u064b');
    if (!Number.isInteger(n) || n === 1 || n >= 100 || n === 0) return row[0];
    if (n === 2) return row[1];
    if (n <= 10) return row[2];
    return row[3] + (tanween && row[3].endsWith('ا') ? '\u064b' : '');
  }
  return undefined;
}

/** "раза в месяц", "times a year": the first word agrees, the rest stays. */
function firstWord(phrase: string, n: number, lang: Lang4): string | undefined {
  const m = phrase.match(/^(\S+)(\s.*)$/s);
  if (!m) return undefined;
  const head = agree(m[1], n, lang);
  return head === undefined ? undefined : head + m[2];
}

// ——— calendar ———

function yearText(w: Writer, d: DetailedClaim, source: Quantity): string | undefined {
  const year = source.dimension === 'year' ? source.value : source.year ?? source.period?.year;
  const p = w.part('number') ?? w.part('year');
  if (year === undefined || !p) return undefined;
  w.set(p.start, p.end, toScript(String(year), d.literal?.script ?? 'ascii'));
  return w.result();
}

function monthName(month: number, lang: Lang4, like: string): string {
  const date = new Date(Date.UTC(2017, month - 1, 15));
  if (lang === 'zh') return String(month);
  if (lang === 'ru') {
    const nom = new Intl.DateTimeFormat('ru', { month: 'long', timeZone: 'UTC' }).format(date);
    const gen = new Intl.DateTimeFormat('ru', { month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(date).find((p) => p.type === 'month')?.value ?? nom;
    const l = like.toLowerCase();
    const form = /е$/.test(l) && !/ие$/.test(l) ? nom.replace(/[ьй]$/, '') + 'е' : /[ая]$/.test(l) ? gen : nom;
    return matchCase(form, like);
  }
  const abbreviated = like.endsWith('.') || (lang === 'en' && like.length <= 4 && !['june', 'july', 'may'].includes(like.toLowerCase()));
  const name = new Intl.DateTimeFormat(lang, { month: abbreviated ? 'short' : 'long', timeZone: 'UTC' }).format(date);
  return lang === 'en' ? matchCase(name, like) + (like.endsWith('.') && !name.endsWith('.') ? '.' : '') : name;
}

function dateText(w: Writer, d: DetailedClaim, claimQ: Quantity, source: Quantity, lang: Lang4): string | undefined {
  const script = d.literal?.script ?? 'ascii';
  const year = w.part('year');
  const targetYear = source.dimension === 'year' ? source.value : source.year;
  if (year && targetYear !== undefined) w.set(year.start, year.end, toScript(String(targetYear), script));
  if (source.dimension === 'date' || source.dimension === 'month') {
    const month = w.part('month');
    const m = source.dimension === 'month' ? source.value : source.month;
    if (month && m) {
      const old = w.of(month);
      w.set(month.start, month.end, /^\d/.test(old) ? String(m) : lang === 'zh' ? chineseNumeral(m, 0, false) ?? String(m) : monthName(m, lang, old));
    }
    const day = w.part('day');
    if (day && source.dimension === 'date' && claimQ.dimension === 'date') {
      const old = w.of(day);
      const suffix = old.match(/(st|nd|rd|th)$/i)?.[0];
      const digits = /^\d/.test(old) ? toScript(String(source.value), script) : chineseNumeral(source.value, 0, false) ?? String(source.value);
      w.set(day.start, day.end, suffix ? digits + matchCase(englishOrdinalSuffix(source.value), suffix) : digits + old.replace(/^[\d\u0660-\u0669]+/, '').replace(/^(st|nd|rd|th)/i, ''));
    }
  }
  return w.result();
}

function weekdayText(w: Writer, source: Quantity, lang: Lang4): string | undefined {
  const p = w.part('weekday');
  if (!p || source.dimension !== 'weekday') return undefined;
  const old = w.of(p);
  const date = new Date(Date.UTC(2017, 0, 1 + source.value)); // 2017-01-02 was a Monday
  let name = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
  if (lang === 'ru' && /у$/.test(old) && /а$/.test(name)) name = name.slice(0, -1) + 'у';
  if (lang === 'ar') {
    const prefix = old.match(/^[وفبل]?(?=ال)/)?.[0] ?? '';
    name = prefix + name;
  }
  if (lang === 'zh') {
    const head = old.match(/^(星期|礼拜|周)/)?.[0] ?? '星期';
    name = head + '一二三四五六日'[source.value - 1];
  }
  w.set(p.start, p.end, matchCase(name, old));
  return w.result();
}

function ordinalText(w: Writer, d: DetailedClaim, n: number, lang: Lang4): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  const ord = w.part('ordinal');
  const num = w.part('number');
  const script = d.literal?.script ?? 'ascii';
  if (d.written === 'zh' && num) {
    w.set(num.start, num.end, chineseNumeral(n, 0, w.of(num).includes('两')) ?? String(n));
    return w.result();
  }
  if (d.written === 'digits') {
    const p = ord ?? num;
    if (!p) return undefined;
    const old = w.of(p);
    const digits = old.match(/^[\d\u0660-\u0669\u06f0-\u06f9]+/)?.[0] ?? '';
    const rest = old.slice(digits.length);
    const suffix = /^(st|nd|rd|th)$/i.test(rest) ? matchCase(englishOrdinalSuffix(n), rest) : rest;
    w.set(p.start, p.end, toScript(String(n), script) + suffix);
    return w.result();
  }
  if (!ord) return undefined;
  const old = w.of(ord);
  let word: string | undefined;
  if (/^[a-z]/i.test(old)) word = englishOrdinal(n) ?? `${n}${englishOrdinalSuffix(n)}`;
  else if (/^[\u0400-\u04ff]/i.test(old)) {
    const form = RU_ORDINAL.get(normWord(old))?.form;
    word = form ? russianOrdinal(n, form) : undefined;
  } else if (/^[\u0600-\u06ff]/.test(old)) {
    const stem = arabicStems(normWord(old)).find((x) => AR_ORDINAL.has(x));
    const info = stem ? AR_ORDINAL.get(stem) : undefined;
    const o = info ? arabicOrdinal(n, info.feminine) : undefined;
    if (stem && o) word = old.slice(0, old.length - lengthOfStem(old, stem)) + o;
  }
  if (!word) return undefined;
  w.set(ord.start, ord.end, matchCase(word, old));
  return w.result();
}

const HALVES: readonly [RegExp, string, string][] = [
  [/a\.m\.|p\.m\./i, 'a.m.', 'p.m.'], [/\b(am|pm)\b/i, 'am', 'pm'], [/утра|вечера|ночи/, 'утра', 'вечера'],
  [/صباح\S*|مساء\S*|ظهر\S*/, 'صباحًا', 'مساءً'],
];

function timeText(w: Writer, d: DetailedClaim, hours: number): string | undefined {
  const num = w.part('number');
  if (!num || !Number.isFinite(hours) || hours < 0 || hours >= 24.5) return undefined;
  const h24 = Math.floor(hours);
  const minutes = Math.round((hours - h24) * 60);
  const old = w.of(num);
  const rest = w.text.slice(num.end);
  const half = HALVES.find(([re]) => re.test(rest));
  const sep = old.match(/[:.]/)?.[0];
  const h = half ? h24 % 12 || 12 : h24;
  const mm = String(minutes).padStart(2, '0');
  const text = sep || minutes ? `${h}${sep ?? ':'}${mm}` : String(h);
  w.set(num.start, num.end, toScript(text, d.literal?.script ?? 'ascii'));
  if (half) {
    const m = rest.match(half[0]);
    if (m && m.index !== undefined) {
      const word = h24 < 12 ? half[1] : half[2];
      w.set(num.end + m.index, num.end + m.index + m[0].length, matchCase(word, m[0]));
    }
  }
  return w.result();
}

function periodText(w: Writer, d: DetailedClaim, source: Quantity, lang: Lang4): string | undefined {
  const p = source.period;
  if (!p) return undefined;
  const months = w.parts.filter((x) => x.role === 'month');
  if (months.length === 2 && p.unit === 'month') {
    w.set(months[0].start, months[0].end, monthName(p.from, lang, w.of(months[0])));
    w.set(months[1].start, months[1].end, monthName(p.to, lang, w.of(months[1])));
    return w.result();
  }
  const nums = w.parts.filter((x) => x.role === 'number');
  if (nums.length === 2) {
    for (const [k, v] of [[0, p.from], [1, p.to]] as const) {
      const old = w.of(nums[k]);
      w.set(nums[k].start, nums[k].end, /^\d/.test(old) ? String(v) : chineseNumeral(v, 0, false) ?? String(v));
    }
    return w.result();
  }
  const ord = w.part('ordinal');
  if (nums.length === 1 && p.from === 1) {
    const n = p.to - p.from + 1;
    const old = w.of(nums[0]);
    const text = /^[\d\u0660-\u0669]/.test(old) ? toScript(String(n), d.literal?.script ?? 'ascii') : d.written === 'zh' || /^[\u4e00-\u9fff]/.test(old) ? chineseNumeral(n, 0, old.includes('两')) : wordsLike(old, n, lang);
    if (!text) return undefined;
    w.set(nums[0].start, nums[0].end, text);
    return w.result();
  }
  if (ord && p.from === p.to) {
    const old = w.of(ord);
    let word: string | undefined;
    if (/^\d/.test(old)) word = String(p.from);
    else if (/^[a-z]/i.test(old)) word = englishOrdinal(p.from);
    else if (/^[\u0400-\u04ff]/i.test(old)) {
      const form = RU_ORDINAL.get(normWord(old))?.form;
      word = form ? russianOrdinal(p.from, form) : undefined;
    } else if (/^(I|II|III|IV)$/.test(old)) word = ['I', 'II', 'III', 'IV'][p.from - 1];
    else if (/^[\u0600-\u06ff]/.test(old)) {
      const stem = arabicStems(normWord(old)).find((x) => AR_ORDINAL.has(x));
      const o = stem ? arabicOrdinal(p.from, AR_ORDINAL.get(stem)?.feminine ?? false) : undefined;
      if (stem && o) word = old.slice(0, old.length - lengthOfStem(old, stem)) + o;
    } else if (/^[\u4e00-\u9fff]/.test(old)) word = p.from === 1 ? '上' : '下';
    if (!word) return undefined;
    w.set(ord.start, ord.end, matchCase(word, old));
    return w.result();
  }
  return undefined;
}

// ——— fallback ———

/** The source's value in the claim's language when the claim's own text cannot be rewritten part by part. */
function plain(source: Quantity, claimQ: Quantity, lang: Lang4): string {
  const locale = lang;
  const value = convertInto(source, claimQ).value;
  const digits = (v: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: v >= 1e4 }).format(v);
  switch (source.dimension) {
    case 'percent':
      return lang === 'ru' ? `${digits(value)} %` : `${digits(value)}%`;
    case 'money': {
      const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 }).format(value);
      const word = source.currency ? CURRENCY_WORD[lang][source.currency] ?? source.currency : '';
      return `${compact} ${word}`.trim();
    }
    case 'year':
      return String(source.value);
    case 'ordinal':
      return lang === 'en' ? `${source.value}${englishOrdinalSuffix(source.value)}` : String(source.value);
    default:
      return digits(value);
  }
}
