// The words of a sentence, read in one scan: the concepts they name, and their anchors for matching
// sentences of the same language word for word.
import type { Concept } from '../data/concepts';
import { STOPWORDS } from '../data/stopwords';
import { conceptsOfRaw, isHanWord, withHanConcepts, type ConceptHit } from '../text/concepts';
import { remembered } from '../text/memo';
import type { Span } from '../types';

/**
 * What a concept word (as text/concepts.ts reads words) gives: its concepts, and the anchors of the plain
 * words in it, each with the plain word's offset in it (a Han word gives one anchor a pair of characters,
 * all at its offset). Most words name no concept and are one plain word: they are read as their anchor
 * alone ('' for none).
 */
type WordReading = string | { concepts: readonly Concept[]; offsets: number[]; anchors: string[] };

const FIRST_LETTER = /[\p{L}\p{M}]/u;
const SEPARATORS = "'’-";

// Concept words, /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/u, scanned by hand (the regex costs a match object a
// word): per UTF-16 unit, 1 a letter or a mark (a word starts there), 2 a digit, apostrophe or hyphen (a
// word goes on through it), 3 neither, 0 not looked up yet. A surrogate pair is looked up as it comes.
const UNIT = new Uint8Array(0x10000);
const LETTER = /^[\p{L}\p{M}]$/u;
const INNER = /^[\p{N}'’-]$/u;

function classOf(ch: string): number {
  return LETTER.test(ch) ? 1 : INNER.test(ch) ? 2 : 3;
}

/** The class (see UNIT) of the code point at i, and its length: class * 4 + length. */
function unitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) * 4 + 2;
  }
  let v = UNIT[c];
  if (v === 0) UNIT[c] = v = classOf(String.fromCharCode(c));
  return v * 4 + 1;
}

/**
 * The concepts of a sentence, as findConcepts finds them; and, pushed to `words`, its word anchors: Latin
 * words whole, Cyrillic words by their first five letters (a crude stem that survives case endings), Arabic
 * words without their clitics, Han characters by pairs. A plain word is a letter and the letters and digits
 * after it; a concept word joins plain words with apostrophes and hyphens ("al-Sisi's"), so one scan reads
 * both. A plain word inside a number or a name of `claimed` anchors through it, not as a word.
 */
export function readWords(text: string, claimed: readonly Span[], words: string[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  let han = false;
  // With the spans in order of start, a word lies inside one exactly when the furthest end among the spans
  // starting at or before it lies past it.
  const spans = claimed.length > 1 ? [...claimed].sort((a, b) => a.start - b.start) : claimed;
  let next = 0;
  let reach = -1;
  const outside = (at: number): boolean => {
    for (; next < spans.length && spans[next].start <= at; next++) if (spans[next].end > reach) reach = spans[next].end;
    return at >= reach;
  };
  const n = text.length;
  for (let i = 0; i < n; ) {
    const first = unitAt(text, i);
    if (first >> 2 !== 1) {
      i += first & 3;
      continue;
    }
    const at = i;
    for (i += first & 3; i < n; ) {
      const u = unitAt(text, i);
      if (u >> 2 === 3) break;
      i += u & 3;
    }
    const raw = text.slice(at, i);
    let reading: WordReading;
    if (isHanWord(raw)) {
      // Han words are matched as Chinese text below; a Han run can be a whole clause, not worth keeping.
      han = true;
      reading = readWord(raw);
    } else reading = readingOf(raw);
    if (typeof reading === 'string') {
      if (reading && outside(at)) words.push(reading);
      continue;
    }
    for (const c of reading.concepts) hits.push({ id: c.id, kind: c.kind, start: at, end: i });
    for (let k = 0; k < reading.anchors.length; k++) if (outside(at + reading.offsets[k])) words.push(reading.anchors[k]);
  }
  return withHanConcepts(text, hits, han);
}

/** Readings, kept per word as written. */
const readingOf = remembered(readWord);

function readWord(raw: string): WordReading {
  const offsets: number[] = [];
  const anchors: string[] = [];
  // The plain words: the runs between apostrophes and hyphens, from their first letter.
  for (let from = 0; from <= raw.length; ) {
    let to = from;
    while (to < raw.length && !SEPARATORS.includes(raw[to])) to++;
    const letter = FIRST_LETTER.exec(raw.slice(from, to));
    if (letter) {
      const at = from + letter.index;
      for (const a of plainWordAnchors(raw.slice(at, to).toLowerCase())) {
        offsets.push(at);
        anchors.push(a);
      }
    }
    from = to + 1;
  }
  const concepts = isHanWord(raw) ? [] : conceptsOfRaw(raw);
  if (concepts.length === 0 && anchors.length <= 1 && (anchors.length === 0 || offsets[0] === 0)) return anchors[0] ?? '';
  return { concepts, offsets, anchors };
}

function plainWordAnchors(w: string): string[] {
  if (STOPWORDS.has(w)) return [];
  const c = w.charCodeAt(0);
  if (c >= 0x3400 && c <= 0x9fff) {
    const out: string[] = [];
    for (let i = 0; i + 1 < w.length; i++) out.push(`w:${w.slice(i, i + 2)}`);
    return out;
  }
  if (c >= 0x600 && c <= 0x6ff) {
    const stem = w.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?/, '');
    return stem.length >= 3 ? [`w:${stem.slice(0, 5)}`] : [];
  }
  if (c >= 0x400 && c <= 0x4ff) return w.length >= 4 ? [`w:${w.slice(0, 5)}`] : [];
  return w.length >= 3 ? [`w:${w.length > 6 ? w.slice(0, 6) : w}`] : [];
}
