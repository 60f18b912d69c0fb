// Finding known names (the gazetteer) in a token stream, per script.

import type { EntityRef } from '../types';
import { arabicReadings, stripHarakat } from './arabic';
import { gazetteer, normArabicToken, normCyrillic, normLatin, ruMinStem, type GazEntry } from './gazetteer';
import { russianStems } from './russian';
import { isSpaceGap, startsUpper, type Token } from './tokens';
import { remembered } from '../text/memo';

export interface KnownMatch {
  ref: EntityRef;
  demonym: boolean;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Character span (clitics excluded). */
  start: number;
  end: number;
}

const LATIN_CONNECTORS = new Set(['of', 'and', 'the', 'de', 'for', 'da', 'du', 'von', 'van', 'al', 'el', 'la', 'bin', 'y', 'on']);

function joinGap(gap: string, prev: Token): boolean {
  if (isSpaceGap(gap) || gap === '-' || gap === '‑') return true;
  // "St. Petersburg", "U.S. Outlying Islands": a dot that ends an abbreviation.
  return /^\.\s+$/.test(gap) && prev.text.length <= 4;
}

/** A known Latin-script name starting at token i (never past token `last`). */
export function latinKnownAt(tokens: Token[], i: number, last = tokens.length - 1): KnownMatch | undefined {
  const t0 = tokens[i];
  if (t0.script !== 'latin') return undefined;
  const list = gazetteer().latin.get(normLatin(t0.text));
  if (!list) return undefined;
  for (const e of list) {
    if (i + e.tokens.length - 1 > last) continue;
    if (e.acronym ? t0.text.replace(/\./g, '') !== t0.text.replace(/\./g, '').toUpperCase() : !startsUpper(t0.text) && !/^\p{Ll}+\p{Lu}/u.test(t0.text)) continue;
    let ok = true;
    for (let k = 1; k < e.tokens.length && ok; k++) {
      const t = tokens[i + k];
      ok = t.script === 'latin' && joinGap(t.gap, tokens[i + k - 1]) && normLatin(t.text) === e.tokens[k] &&
        (startsUpper(t.text) || LATIN_CONNECTORS.has(e.tokens[k]) || /\d/.test(t.text));
    }
    if (ok) {
      const to = i + e.tokens.length;
      return { ref: e.ref, demonym: e.demonym, from: i, to, start: t0.start, end: tokens[to - 1].end };
    }
  }
  return undefined;
}

/** True when a folded Russian word is a case form of a gazetteer word. */
export function ruWordMatches(folded: string, form: string, minStem: number): boolean {
  if (folded === form) return true;
  const textStems = russianStems(folded, 3);
  if (textStems.includes(form)) return true;
  const formStems = russianStems(form, minStem);
  return textStems.some((s) => s.length >= minStem && formStems.includes(s));
}

/** Gazetteer entries whose first word a folded Cyrillic word may be a form of (cached per word). */
function cyrillicCandidates(f0: string): readonly GazEntry[] {
  return cyrillicMemo(f0);
}

const cyrillicMemo = remembered((f0): readonly GazEntry[] => {
  const g = gazetteer();
  const seen = new Set<GazEntry>();
  for (const stem of russianStems(f0, 3)) for (const e of g.cyrillic.get(stem) ?? []) seen.add(e);
  return [...seen].filter((e) => ruWordMatches(f0, e.tokens[0], ruMinStem(e.tokens.length))).sort((a, b) => b.tokens.length - a.tokens.length);
});

/** A known Cyrillic name starting at token i. */
export function cyrillicKnownAt(tokens: Token[], i: number): KnownMatch | undefined {
  const t0 = tokens[i];
  if (t0.script !== 'cyrillic') return undefined;
  const list = cyrillicCandidates(normCyrillic(t0.text));
  if (list.length === 0) return undefined;
  for (const e of list) {
    const n = e.tokens.length;
    if (i + n > tokens.length) continue;
    if (e.acronym ? t0.text !== t0.text.toUpperCase() : !startsUpper(t0.text)) continue;
    const min = ruMinStem(n);
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const t = tokens[i + k];
      ok = t.script === 'cyrillic' && joinGap(t.gap, tokens[i + k - 1]) && ruWordMatches(normCyrillic(t.text), e.tokens[k], min);
    }
    if (ok) return { ref: e.ref, demonym: e.demonym, from: i, to: i + n, start: t0.start, end: tokens[i + n - 1].end };
  }
  return undefined;
}

/** Offset in the original word of a position counted in its harakat-free form. */
export function arabicOffset(original: string, strippedIndex: number): number {
  let seen = 0;
  let i = 0;
  for (const ch of original) {
    if (seen === strippedIndex) return i;
    if (stripHarakat(ch) !== '') seen++;
    i += ch.length;
  }
  return original.length;
}

/** Length of the clitics to leave outside a span: conjunctions and prepositions, but not the article. */
export function cliticLength(prefix: string): number {
  return prefix.endsWith('ال') ? prefix.length - 2 : prefix.length;
}

function arWordMatches(text: string, form: string): boolean {
  if (text === form) return true;
  const bare = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
  return bare(text) === bare(form);
}

interface ArabicCandidate {
  entry: GazEntry;
  /** Clitic letters to leave outside the span (in the harakat-free word). */
  clitic: number;
}

/** Gazetteer entries a normalised Arabic word may start, with the clitics it carries (cached per word). */
function arabicCandidates(n0: string): readonly ArabicCandidate[] {
  return arabicMemo(n0);
}

const arabicMemo = remembered((n0): readonly ArabicCandidate[] => {
  const g = gazetteer();
  const found: ArabicCandidate[] = [];
  for (const r of arabicReadings(n0, 2)) {
    // "للصين" is ل + الصين with the article's alef dropped: the span keeps the article's lam
    const clitic = n0.startsWith(r.prefix + r.stem) ? cliticLength(r.prefix) : r.prefix.length - 1;
    for (const entry of g.arabic.get(r.stem) ?? []) found.push({ entry, clitic });
  }
  // longer names first; for the same name, the reading with fewer clitics
  return found.sort((a, b) => b.entry.tokens.length - a.entry.tokens.length || a.clitic - b.clitic);
});

/** A known Arabic-script name starting at token i; the first word may carry clitics. */
export function arabicKnownAt(tokens: Token[], i: number, norms?: string[]): KnownMatch | undefined {
  const t0 = tokens[i];
  if (t0.script !== 'arabic') return undefined;
  const list = arabicCandidates(norms?.[i] ?? normArabicToken(t0.text));
  for (const { entry: e, clitic } of list) {
    const n = e.tokens.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const t = tokens[i + k];
      ok = t.script === 'arabic' && isSpaceGap(t.gap) && arWordMatches(norms?.[i + k] ?? normArabicToken(t.text), e.tokens[k]);
    }
    if (!ok) continue;
    const start = t0.start + arabicOffset(t0.text, clitic);
    return { ref: e.ref, demonym: e.demonym, from: i, to: i + n, start, end: tokens[i + n - 1].end };
  }
  return undefined;
}

/** Per UTF-16 unit: 1 when a known Chinese name starts with it. */
let hanFirst: Uint8Array | undefined;

/** The longest known Chinese name starting at `pos` in `text`. */
export function hanKnownAt(text: string, pos: number): { ref: EntityRef; demonym: boolean; end: number } | undefined {
  const g = gazetteer();
  if (!hanFirst) {
    hanFirst = new Uint8Array(0x10000);
    for (const first of g.han.keys()) hanFirst[first.charCodeAt(0)] = 1;
  }
  if (hanFirst[text.charCodeAt(pos)] !== 1) return undefined;
  const list = g.han.get(text[pos]);
  if (!list) return undefined;
  let best: GazEntry | undefined;
  for (const e of list) {
    const form = e.tokens[0];
    if ((!best || form.length > best.tokens[0].length) && text.startsWith(form, pos)) best = e;
  }
  return best ? { ref: best.ref, demonym: best.demonym, end: pos + best.tokens[0].length } : undefined;
}
