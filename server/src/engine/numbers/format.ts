// The replacement for a contradicted number: the claim's own text, in its language and style, carrying the source's value.
// The claim is read again to find its parts (figure, scale word, currency, unit); only the parts that change are rewritten.
import { ABBREVIATIONS, icuScaleForms, scaleWords, type ScaleFamily, type ScaleWord } from '../data/scales';
import { CURRENCY_SYMBOL, CURRENCY_WORD } from '../data/currencies';
import type { Lang, NumberClaim, Quantity } from '../types';
import { agree, timesWords, wordsLike } from './agreement';
import { convertInto } from './dimension';
import { extractDetailed, type DetailedClaim } from './extract';
import { digitScript } from './literal';
import { chineseNumeral, decimalsFor, englishOrdinalSuffix, matchCase, renderDigits, toScript, type DigitStyle } from './render';
import type { PartRole } from './scan';
import { dateText, ordinalText, periodText, timeText, weekdayText, yearText } from './suggestCalendar';
import { normWord } from './tokens';
import { Writer, type Lang4 } from './writer';

/**
 * The claim's text rewritten to carry the source's value: "35%" + 33.7 → "33.7%"; "70,2 млн долларов" + 70.2e9 →
 * "70,2 млрд долларов"; "seventh" + 6 → "sixth"; "223.1 billion dollars" + CNY → "223.1 billion yuan".
 */
export function formatSuggestion(claim: NumberClaim, source: Quantity, lang: Lang): string {
  const l: Lang4 = lang === 'und' ? 'en' : lang;
  if (claim.quantity.dimension === 'score') return scoreText(claim.text, claim.quantity, source) ?? plain(source, claim.quantity, l);
  const d = reparse(claim, l);
  const written = d ? rewrite(claim.text, d, claim.quantity, source, l) : undefined;
  return written ?? plain(source, claim.quantity, l);
}

/** The claim's parts, read again from its own text; a claim read differently out of its sentence is one part of its kind. */
function reparse(claim: NumberClaim, lang: Lang4): DetailedClaim | undefined {
  const all = extractDetailed(claim.text, lang);
  const same = all.filter((x) => x.claim.quantity.dimension === claim.quantity.dimension);
  const pick = (xs: DetailedClaim[]): DetailedClaim | undefined =>
    xs.sort((a, b) => b.claim.end - b.claim.start - (a.claim.end - a.claim.start))[0];
  const role = WHOLE_PART[claim.quantity.dimension];
  if (!same.length && role) {
    const digits = /^[\d\u0660-\u0669\u06f0-\u06f9]/.test(claim.text);
    return { claim: { ...claim, start: 0, end: claim.text.length }, parts: [{ role, start: 0, end: claim.text.length }], written: digits ? 'digits' : 'words' };
  }
  return pick(same) ?? pick(all);
}

const WHOLE_PART: Partial<Record<Quantity['dimension'], PartRole>> = { weekday: 'weekday', ordinal: 'ordinal', year: 'number', month: 'month' };

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

// ——— scores ———

/** A score claim as the reader took it (numbers/scores.ts): two digit runs and what joins them, kept as written. */
const SCORE_TEXT = /^(\p{Nd}+)(\P{Nd}+)(\p{Nd}+)$/u;

/** "3-1" with the source's 2-1 → "2-1": the source's sides in the claim's digits, the winner first where the claim puts it first. */
function scoreText(text: string, claimQ: Quantity, source: Quantity): string | undefined {
  const m = SCORE_TEXT.exec(text);
  const c = claimQ.score;
  const s = source.score;
  if (!m || !c || !s) return undefined;
  const hi = Math.max(s.first, s.second);
  const lo = Math.min(s.first, s.second);
  const [x, y] = c.first > c.second ? [hi, lo] : c.first < c.second ? [lo, hi] : [s.first, s.second];
  const script = digitScript(m[1]);
  return toScript(String(x), script) + m[2] + toScript(String(y), script);
}

// ——— figures with units ———

let scaleByWord: Map<string, ScaleWord> | undefined;

/** Scale words by their normalised spelling, the first of each kept; built on first use. */
function scaleByWordTable(): Map<string, ScaleWord> {
  if (scaleByWord) return scaleByWord;
  scaleByWord = new Map();
  for (const s of scaleWords()) {
    const key = normWord(s.word.replace(/\.$/, ''));
    if (!scaleByWord.has(key)) scaleByWord.set(key, s);
  }
  return scaleByWord;
}

const LONG_FAMILY: Record<Lang4, ScaleFamily> = { en: 'en-long', ru: 'ru-long', ar: 'ar-long', zh: 'zh' };
const LOCALE_OF: Partial<Record<ScaleFamily, string>> = { 'en-long': 'en', 'ru-long': 'ru', 'ru-short': 'ru', 'ar-long': 'ar', zh: 'zh' };

function factorsOf(family: ScaleFamily): number[] {
  const icu = icuScaleForms()[family];
  const list = icu ? [...icu.keys()] : (ABBREVIATIONS[family] ?? []).map(([f]) => f);
  return list.sort((a, b) => b - a);
}

function scaleWord(family: ScaleFamily, factor: number, mantissa: number, like: string): string | undefined {
  const icu = icuScaleForms()[family];
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
    family = (scalePart && scaleByWordTable().get(normWord(w.of(scalePart)))?.family) || LONG_FAMILY[lang];
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

function currencyIn(old: string, code: string, lang: Lang4): string {
  if (/^[A-Z]{3}$/.test(old)) return code;
  if (!/\p{L}/u.test(old.replace(/[A-Z]/g, '')) && /[^\p{L}\s]/u.test(old)) return CURRENCY_SYMBOL[code] ?? code;
  const scriptLang: Lang4 = /[\u0400-\u04ff]/.test(old) ? 'ru' : /[\u0600-\u06ff]/.test(old) ? 'ar' : /[\u4e00-\u9fff]/.test(old) ? 'zh' : /[a-z]/i.test(old) ? 'en' : lang;
  return CURRENCY_WORD[scriptLang][code] ?? code;
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
    case 'score':
      return source.score ? `${source.score.first}-${source.score.second}` : digits(value);
    case 'ordinal':
      return lang === 'en' ? `${source.value}${englishOrdinalSuffix(source.value)}` : String(source.value);
    default:
      return digits(value);
  }
}
