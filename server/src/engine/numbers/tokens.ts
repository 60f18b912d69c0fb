import { foldDigits } from '../text/digits';

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

// Digit runs; words in any script but Han; single Han characters; any other visible character.
// Whitespace and format characters (RLM, LRM, ZWJ …) are gaps.
const TOKEN = /(\d+)|((?:(?!\p{Script=Han})[\p{L}\p{M}])+)|(\p{Script=Han})|([^\s\p{Cf}])/gu;

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

export function tokenize(text: string): Token[] {
  const folded = foldDigits(text);
  const out: Token[] = [];
  let last = 0;
  for (const m of folded.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind: TokenKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'han' : 'sym';
    const between = start === last ? '' : folded.slice(last, start);
    const gap = between === '' ? 'none' : /[\n\r\u2028\u2029]/.test(between) ? 'break' : 'space';
    const norm = kind === 'word' ? normWord(m[0]) : m[0];
    const c = norm.charCodeAt(0);
    const arabic = kind === 'word' && c >= 0x600 && c <= 0x6ff ? arabicStems(norm) : undefined;
    out.push({ kind, start, end, text: m[0], norm, gap, arabic });
    last = end;
  }
  return out;
}

/** The words of a phrase as tokens would show them ("U.S. dollars" → u . s . dollars). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

export function isArabicWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^[\u0600-\u06ff]/.test(t.text);
}

export function isLatinWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^[a-zA-Z\u00c0-\u024f]/.test(t.text);
}

export function isCyrillicWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^[\u0400-\u04ff]/.test(t.text);
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
