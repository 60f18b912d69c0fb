// Cardinal numbers written as words: "twenty-five", "two hundred", "двух", "خمسة وعشرون", and scale words standing alone.
import { AR_NEEDS_NOUN, AR_TEEN_ONLY, AR_TEEN_TEN, RU_ONE_AND_HALF } from '../data/numberWords';
import { AR_CARDINAL, AR_DUAL_SCALE, BARE_SCALES, EN_CARDINAL, EN_MULTIPLIER, RU_CARDINAL } from './lexicon';
import { readLiteral, type Literal } from './literal';
import type { Scan, Written } from './scan';
import { isArabicWord, isCyrillicWord, isLatinWord, normWord, stemsOf } from './tokens';

export interface Core {
  /** Token indices [start, end). */
  start: number;
  end: number;
  value: number;
  precision: number;
  written: Written;
  literal?: Literal;
  /**
   * 'article': "a"/"an", a number only before a scale word or, with "ago" or a hedge, a time unit.
   * 'one': "one", "один", "واحد": a number only with a unit, scale or currency after it.
   */
  weak?: 'article' | 'one';
  /** A scale already inside the word: "ألفين" is 2 × 1000. */
  scale?: number;
}

const AR_NEEDS = new Set(AR_NEEDS_NOUN.map(normWord));
const AR_TEN = new Set(AR_TEEN_TEN.map(normWord));
const AR_TEEN_TWO = new Set(AR_TEEN_ONLY.map(normWord));
const AR_HUNDRED = new Set(['مائة', 'مئة'].map(normWord));
const RU_HALF = new Set(RU_ONE_AND_HALF);

/** Reads a number at token i: digits, or words in the token's script. */
export function readCore(s: Scan, i: number): Core | undefined {
  const t = s.tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num') {
    const lit = readLiteral(s.tokens, i, s.text, s.lang);
    return { start: i, end: lit.end, value: lit.value, precision: lit.precision, written: 'digits', literal: lit };
  }
  if (isLatinWord(t)) return englishWords(s, i);
  if (isCyrillicWord(t)) return russianWords(s, i);
  if (isArabicWord(t)) return arabicWords(s, i);
  return undefined;
}

function englishWords(s: Scan, i: number): Core | undefined {
  const t = s.tokens[i];
  let value: number;
  let j = i + 1;
  let weak: Core['weak'];
  if (t.norm === 'a' || t.norm === 'an') {
    value = 1;
    weak = 'article';
  } else {
    const v = EN_CARDINAL.get(t.norm);
    if (v === undefined) return undefined;
    value = v;
    if (v === 1 || v === 0) weak = 'one';
    if (v >= 20 && v < 100) {
      // "twenty-five", "twenty five"
      const hy = s.isSym(j, '-') && s.tokens[j].gap === 'none' ? s.glued(j + 1) : undefined;
      const unit = hy ? EN_CARDINAL.get(hy.norm) : s.next(j) ? EN_CARDINAL.get(s.tokens[j].norm) : undefined;
      if (unit !== undefined && unit >= 1 && unit <= 9) {
        value += unit;
        j += hy ? 2 : 1;
      }
    }
  }
  let precision = 1;
  const mult = s.next(j) ? EN_MULTIPLIER.get(s.tokens[j].norm) : undefined;
  if (mult !== undefined && value < 100) {
    value *= mult;
    precision = mult === 100 ? 100 : 1;
    weak = undefined;
    j++;
    // "two hundred and fifty", "a hundred twenty"
    const and = s.next(j)?.norm === 'and' ? 1 : 0;
    const rest = s.next(j + and) ? englishWords(s, j + and) : undefined;
    if (mult === 100 && rest && !rest.weak && rest.value < 100 && rest.end > j + and) {
      value += rest.value;
      precision = 1;
      j = rest.end;
    }
  }
  return { start: i, end: j, value, precision, written: 'words', weak };
}

function russianWords(s: Scan, i: number): Core | undefined {
  const t = s.tokens[i];
  if (RU_HALF.has(t.norm)) return { start: i, end: i + 1, value: 1.5, precision: 0.5, written: 'words' };
  const first = RU_CARDINAL.get(t.norm);
  if (!first) return undefined;
  let value = first.value;
  let last = first.value;
  let j = i + 1;
  // "двадцать пять", "сто двадцать три": each next word of a smaller order.
  for (;;) {
    const n = s.next(j);
    const c = n && isCyrillicWord(n) ? RU_CARDINAL.get(n.norm) : undefined;
    if (!c || order(c.value) >= order(last)) break;
    value += c.value;
    last = c.value;
    j++;
  }
  return { start: i, end: j, value, precision: 1, written: 'words', weak: value === 1 ? 'one' : undefined };
}

const order = (v: number): number => (v >= 100 ? 3 : v >= 20 ? 2 : v >= 10 ? 1.5 : 1);

function arabicValue(stems: readonly string[]): number | undefined {
  for (const stem of stems) {
    const v = AR_CARDINAL.get(stem);
    if (v !== undefined) return v;
  }
  return undefined;
}

function arabicWords(s: Scan, i: number): Core | undefined {
  const t = s.tokens[i];
  const dual = AR_DUAL_SCALE.match(s.tokens, i);
  if (dual) return { start: i, end: dual.end, value: dual.value, precision: dual.value / 2, written: 'words', scale: dual.value / 2 };
  const bare = BARE_SCALES.match(s.tokens, i);
  if (bare && isArabicWord(t)) {
    // "مليون زائر": a scale word standing for one of its kind, when no figure comes before it.
    const prev = s.tokens[i - 1];
    if (!prev || (prev.kind !== 'num' && arabicValue(stemsOf(prev)) === undefined)) {
      return { start: i, end: bare.end, value: bare.value, precision: bare.value, written: 'words', scale: bare.value };
    }
  }
  let value = arabicValue(stemsOf(t));
  if (value === undefined) return undefined;
  const bareForm = stemsOf(t).find((x) => AR_CARDINAL.has(x)) ?? t.norm;
  let j = i + 1;
  const nextWord = s.next(j);
  if (value < 10 && nextWord && AR_TEN.has(nextWord.norm)) {
    value += 10;
    j++;
  } else if (bareForm === 'احد' || bareForm === 'احدي' || AR_TEEN_TWO.has(bareForm)) {
    return undefined; // "أحد" / "إحدى": "one of", "اثنا": only in a teen
  } else if (AR_NEEDS.has(bareForm) && !isArabicWord(nextWord)) {
    return undefined;
  }
  if (value < 10 && s.next(j) && AR_HUNDRED.has(s.tokens[j].norm)) {
    value *= 100;
    j++;
  }
  // "خمسة وعشرون", "مائة وعشرون": parts joined by the clitic "و".
  for (;;) {
    const n = s.next(j);
    if (!n || !isArabicWord(n) || !n.norm.startsWith('و')) break;
    const v = AR_CARDINAL.get(n.norm.slice(1));
    if (v === undefined) break;
    value += v;
    j++;
  }
  return { start: i, end: j, value, precision: 1, written: 'words', weak: value === 1 ? 'one' : undefined };
}
