// Arabic spelling helpers: normalisation for lookups, and the clitics a word may carry.

import { remembered } from '../text/memo';

const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Removes short-vowel marks and tatweel; keeps letters as written. */
export function stripHarakat(word: string): string {
  return word.replace(HARAKAT, '');
}

/**
 * Folds the spelling variants writers mix freely: hamza seats on alef (أ إ آ ٱ → ا), final ى → ي,
 * ة → ه, Persian kaf/yeh → Arabic. Used for lookups only; spans always come from the original text.
 */
export function normalizeArabic(word: string): string {
  return normalMemo(word);
}

const normalMemo = remembered(computeNormal);

function computeNormal(word: string): string {
  return stripHarakat(word)
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ک/g, 'ك')
    .replace(/ی/g, 'ي');
}

/** Proclitic chains a noun may carry, longest first: conjunctions, prepositions, the article. */
const PREFIXES = ['وبال', 'فبال', 'وكال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'فلل', 'لل', 'وب', 'ول', 'وك', 'فب', 'فل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'];

/**
 * The readings of a (normalised) word with its proclitics removed, the word itself first.
 * "لل" + noun is ل + ال with the alef dropped, so it also yields the "ال" form.
 * A reading keeps at least `minStem` letters: the stem of a name is never eaten.
 */
export function arabicReadings(word: string, minStem = 2): readonly { stem: string; prefix: string }[] {
  const id = minStem + word;
  let r = readingMemo.get(id);
  if (r === undefined) {
    r = computeReadings(word, minStem);
    if (readingMemo.size >= 50_000) readingMemo.clear();
    readingMemo.set(id, r);
  }
  return r;
}

const readingMemo = new Map<string, readonly { stem: string; prefix: string }[]>();

function computeReadings(word: string, minStem: number): { stem: string; prefix: string }[] {
  const out: { stem: string; prefix: string }[] = [{ stem: word, prefix: '' }];
  const seen = new Set([word]);
  for (const p of PREFIXES) {
    if (!word.startsWith(p) || word.length - p.length < minStem) continue;
    const rest = word.slice(p.length);
    if (!seen.has(rest)) {
      seen.add(rest);
      out.push({ stem: rest, prefix: p });
    }
    if (p.endsWith('لل')) {
      const withArticle = 'ال' + rest;
      if (!seen.has(withArticle)) {
        seen.add(withArticle);
        out.push({ stem: withArticle, prefix: p.slice(0, -1) });
      }
    }
  }
  return out;
}

/** Removes the definite article when present. */
export function withoutArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** Letters that rarely occur in Arabic renderings of foreign names: their presence marks a native word. */
export const NATIVE_LETTERS = /[عحصضظطقءئؤة]/;

/** Letters only loanwords and foreign names use. */
export const FOREIGN_LETTERS = /[پگڤچژ]/;

export function isArabicLetter(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f);
}
