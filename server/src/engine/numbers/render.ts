// Writes numbers back in a writer's style: digits in their script with their separators, and cardinal and ordinal
// words in English, Russian (with case), Arabic (with gender and article) and Chinese.
import {
  AR_ORDINALS, AR_UNITS_BY_GENDER, EN_CARDINALS, EN_ORDINALS, RU_CARDINALS, RU_ORDINALS, type RuCase, type RuOrdinalForm,
} from '../data/numberWords';
import type { DigitScript } from './literal';

const SCRIPT_ZERO: Record<DigitScript, number> = { ascii: 0x30, arabic: 0x660, persian: 0x6f0, fullwidth: 0xff10 };

export function toScript(s: string, script: DigitScript): string {
  if (script === 'ascii') return s;
  const zero = SCRIPT_ZERO[script];
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
}

export interface DigitStyle {
  script: DigitScript;
  decSep: string;
  /** Group separator, or undefined for none. */
  groupSep?: string;
}

/** Digits of a value with a fixed number of decimals, grouped and in the given script. */
export function renderDigits(value: number, decimals: number, style: DigitStyle): string {
  const fixed = Math.abs(value).toFixed(Math.max(0, Math.min(decimals, 20)));
  let [int, frac] = fixed.split('.');
  if (style.groupSep) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, style.groupSep);
  const out = (value < 0 ? '-' : '') + int + (frac ? style.decSep + frac : '');
  return toScript(out, style.script);
}

/** The decimals a value needs: as few as represent it, but no more than the source wrote (its precision); at most 6. */
export function decimalsFor(value: number, precision: number | undefined): number {
  let minimal = 6;
  for (let d = 0; d <= 6; d++) {
    if (Math.abs(Number(value.toFixed(d)) - value) <= Math.abs(value) * 1e-9) {
      minimal = d;
      break;
    }
  }
  if (precision !== undefined && Number.isFinite(precision) && precision > 0) {
    const written = precision >= 1 ? 0 : Math.min(6, Math.max(0, Math.round(-Math.log10(precision))));
    return Math.min(written, minimal);
  }
  return minimal;
}

/** Applies the capitalisation of `like` (all caps, or a capital first letter) to a word. */
export function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like[0] && like[0] !== like[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

// ——— English ———

const EN_CARD = new Map(EN_CARDINALS.map(([w, n]) => [n, w]));
const EN_ORD = new Map(EN_ORDINALS.map(([w, n]) => [n, w]));

export function englishCardinal(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999) return undefined;
  if (EN_CARD.has(n)) return EN_CARD.get(n);
  if (n < 100) return `${EN_CARD.get(n - (n % 10))}-${EN_CARD.get(n % 10)}`;
  const rest = n % 100;
  const head = `${EN_CARD.get(Math.floor(n / 100))} hundred`;
  return rest ? `${head} ${englishCardinal(rest)}` : head;
}

export function englishOrdinal(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (EN_ORD.has(n)) return EN_ORD.get(n);
  return `${EN_CARD.get(n - (n % 10))}-${EN_ORD.get(n % 10)}`;
}

export function englishOrdinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

// ——— Russian ———

const RU_BY_VALUE = new Map(RU_CARDINALS.map((c) => [c.value, c.forms]));

/** A Russian cardinal in a case ("двух", "трех"); one word per hundreds, tens and units. */
export function russianCardinal(n: number, form: RuCase): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 999) return undefined;
  const words: string[] = [];
  let rest = n;
  const take = (v: number, f: RuCase): boolean => {
    const forms = RU_BY_VALUE.get(v);
    const w = forms?.[f] ?? forms?.[f === 'nomF' || f === 'nomN' ? 'nom' : 'gen'];
    if (!w) return false;
    words.push(w);
    return true;
  };
  if (rest >= 100) {
    if (!take(rest - (rest % 100), form === 'nomF' || form === 'nomN' ? 'nom' : form)) return undefined;
    rest %= 100;
  }
  if (rest >= 20) {
    if (!take(rest - (rest % 10), form === 'nomF' || form === 'nomN' ? 'nom' : form)) return undefined;
    rest %= 10;
  }
  if (rest > 0 && !take(rest, form)) return undefined;
  return words.join(' ');
}

const RU_ORD = new Map(RU_ORDINALS.map((o) => [`${o.value}:${o.form}`, o.word]));

/** A Russian ordinal in a form ("шестым", "третьей"); above twenty, the tens stay cardinal ("двадцать первый"). */
export function russianOrdinal(n: number, form: RuOrdinalForm): string | undefined {
  const direct = RU_ORD.get(`${n}:${form}`);
  if (direct) return direct;
  if (!Number.isInteger(n) || n < 21 || n > 99 || n % 10 === 0) return undefined;
  const unit = RU_ORD.get(`${n % 10}:${form}`);
  const tens = RU_BY_VALUE.get(n - (n % 10))?.nom;
  return unit && tens ? `${tens} ${unit}` : undefined;
}

// ——— Arabic ———

const AR_GENDERED = new Map(AR_UNITS_BY_GENDER.map((u) => [u.value, u]));

/** An Arabic cardinal 3–10 with or without the final ة, as the claim wrote it. */
export function arabicCardinal(n: number, withTa: boolean): string | undefined {
  const u = AR_GENDERED.get(n);
  return u ? (withTa ? u.withTa : u.without) : undefined;
}

const AR_ORD = new Map(AR_ORDINALS.map((o) => [o.value, o]));

export function arabicOrdinal(n: number, feminine: boolean): string | undefined {
  const o = AR_ORD.get(n);
  return o ? (feminine ? o.f : o.m) : undefined;
}

// ——— Chinese ———

const ZH = '零一二三四五六七八九';

function zhSection(n: number, liang: boolean): string {
  // 0 < n < 10000
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, k) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    const useLiang = liang && d === 2 && (units[k] === '千' || units[k] === '百');
    out += (useLiang ? '两' : ZH[d]) + units[k];
  });
  return out;
}

/** A Chinese numeral ("三十三点七", "两千", "二十二万"); 两 for 2 where the claim wrote it. */
export function chineseNumeral(value: number, decimals: number, liang: boolean): string | undefined {
  if (!Number.isFinite(value) || value < 0 || value >= 1e16) return undefined;
  const fixed = value.toFixed(Math.min(decimals, 6));
  const [intStr, frac] = fixed.split('.');
  let out = zhInteger(Number(intStr), liang);
  if (out.startsWith('一十')) out = out.slice(1);
  if (liang && out === '二') out = '两';
  if (frac) out += '点' + [...frac].map((d) => ZH[Number(d)]).join('');
  return out;
}

/** A whole number below 10^16 in 亿, 万 and units; the count of 亿 may itself hold 万 (一万零七十亿). */
function zhInteger(value: number, liang: boolean): string {
  if (value === 0) return '零';
  let n = value;
  let out = '';
  const sections: [number, string][] = [[1e8, '亿'], [1e4, '万'], [1, '']];
  for (const [size, mark] of sections) {
    const part = Math.floor(n / size);
    n %= size;
    if (!part) {
      if (out && !out.endsWith('零') && n > 0) out += '零';
      continue;
    }
    if (out && part < 1000 && !out.endsWith('零')) out += '零';
    out += (part >= 1e4 ? zhInteger(part, liang) : zhSection(part, liang)) + mark;
  }
  return out;
}
