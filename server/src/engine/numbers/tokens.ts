import { foldDigits } from '../text/digits';
import { remembered } from '../text/memo';

export type TokenKind = 'num' | 'word' | 'han' | 'sym';

export interface Token {
  kind: TokenKind;
  /** UTF-16 offsets into the original text (always on code-point boundaries). */
  start: number;
  end: number;
  /** The token's text with digits folded to ASCII. */
  text: string;
  /** Lower-cased form for lookups: ё → е; Arabic without diacritics, tatweel or hamza variants of alef. */
  norm: string;
  /** What lies between this token and the one before: nothing, spaces, or a line break. */
  gap: 'none' | 'space' | 'break';
  /** For an Arabic word, its normalised form and the same without clitics ("بنحو" → "نحو"); see stemsOf. */
  arabic?: string[];
}

/** The forms a lookup tries for a token: its normalised form, and for an Arabic word its clitic-free stems. */
export function stemsOf(t: Token): readonly string[] {
  return t.arabic ?? [t.norm];
}

export function normWord(word: string): string {
  const w = word.toLowerCase();
  const c = w.charCodeAt(0);
  if (c < 0x400) return w;
  if (/[\u0600-\u06ff]/.test(w)) {
    return w
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي');
  }
  return w.includes('ё') ? w.replace(/ё/g, 'е') : w;
}

/** A word token's lookup forms, by the word as written; words repeat, so they are kept (up to a bound). */
interface WordForms {
  norm: string;
  arabic?: string[];
}
const formsOf = remembered((word): WordForms => {
  const norm = normWord(word);
  const c = norm.charCodeAt(0);
  return { norm, arabic: c >= 0x600 && c <= 0x6ff ? arabicStems(norm) : undefined };
});

// Digit runs; words in any script but Han; single Han characters; any other visible character.
// Whitespace and format characters (RLM, LRM, ZWJ …) are gaps. The scan below reads the text as
// /(\d+)|((?:(?!\p{Script=Han})[\p{L}\p{M}])+)|(\p{Script=Han})|([^\s\p{Cf}])/gu would read it with its
// digits folded to ASCII, one code point at a time, without building a match per token.
const DIGIT = 1;
const LETTER = 2;
const HAN = 3;
const GAP = 4;
const SYM = 5;

/** The class of each BMP code point, filled in as it is met (0: not met yet). */
const bmpClass = new Uint8Array(0x10000);
const IS_HAN = /^\p{Script=Han}$/u;
const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_GAP = /^[\s\p{Cf}]$/u;

function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  return bmpClass[cp] || (bmpClass[cp] = classify(cp));
}

function classify(cp: number): number {
  if (isDigit(cp)) return DIGIT;
  const ch = String.fromCodePoint(cp);
  return IS_HAN.test(ch) ? HAN : IS_LETTER.test(ch) ? LETTER : IS_GAP.test(ch) ? GAP : SYM;
}

/** ASCII digits, and the Arabic-Indic, Extended Arabic-Indic and full-width digits foldDigits folds to them. */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0xff10 && c <= 0xff19);
}

/** The code point at i (a lone surrogate stands for itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    const cls = classOf(cp);
    const width = cp > 0xffff ? 2 : 1;
    if (cls === GAP) {
      i += width;
      continue;
    }
    const start = i;
    let end = start + width;
    let kind: TokenKind;
    let ascii = true; // no digits to fold
    if (cls === DIGIT) {
      kind = 'num';
      ascii = cp <= 0x39;
      while (end < n && isDigit(text.charCodeAt(end))) {
        if (text.charCodeAt(end) > 0x39) ascii = false;
        end++;
      }
    } else if (cls === LETTER) {
      kind = 'word';
      while (end < n) {
        const next = codePointAt(text, end);
        if (classOf(next) !== LETTER) break;
        end += next > 0xffff ? 2 : 1;
      }
    } else kind = cls === HAN ? 'han' : 'sym';
    const gap = start === last ? 'none' : hasBreak(text, last, start) ? 'break' : 'space';
    const raw = text.slice(start, end);
    if (kind === 'word') {
      const f = formsOf(raw);
      out.push({ kind, start, end, text: raw, norm: f.norm, gap, arabic: f.arabic });
    } else {
      const folded = ascii ? raw : foldDigits(raw);
      out.push({ kind, start, end, text: folded, norm: folded, gap, arabic: undefined });
    }
    last = i = end;
  }
  return out;
}

/** Whether text[from, to) holds a line break (\n \r U+2028 U+2029). */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** The words of a phrase as tokens would show them ("U.S. dollars" → u . s . dollars). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

export function isArabicWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 0x600 && c <= 0x6ff;
}

/** A word beginning with a basic Latin or Latin-1/Extended-A/B letter. */
export function isLatinWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

export function isCyrillicWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 0x400 && c <= 0x4ff;
}

/**
 * An Arabic word without the clitics a writer glues to it: و ف (and), ب ل ك (prepositions), ال (the).
 * The word itself comes first, then ever shorter stems.
 */
export function arabicStems(norm: string): string[] {
  const out = new Set([norm]);
  let w = norm;
  if (/^[وف]/.test(w) && w.length > 2) out.add((w = w.slice(1)));
  if (w.startsWith('لل') && w.length > 3) {
    out.add('ال' + w.slice(2));
    out.add(w.slice(2));
    return [...out];
  }
  if (/^[بلك]/.test(w) && w.length > 3) out.add((w = w.slice(1)));
  if (w.startsWith('ال') && w.length > 3) out.add(w.slice(2));
  return [...out];
}
