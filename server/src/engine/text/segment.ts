import type { Sentence } from '../types';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  index: number;
}

/** Splits text into paragraphs: runs of non-blank lines. Source articles keep one paragraph a line. */
export function splitParagraphs(text: string, byLine = false): Paragraph[] {
  const out: Paragraph[] = [];
  const re = byLine ? /[^\r\n]+/g : /(?:[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n|$))+/g;
  for (const m of text.matchAll(re)) {
    if (!m[0].trim()) continue;
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text[end - 1])) end--;
    let start = m.index;
    while (start < end && /\s/.test(text[start])) start++;
    out.push({ start, end, text: text.slice(start, end), index: out.length });
    if (m[0].length === 0) break;
  }
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Longest stretch handed to Intl.Segmenter at once: it slows badly on very long strings. */
const MAX_SEGMENT_INPUT = 4_000;

/**
 * Splits text into sentences, paragraph by paragraph, keeping offsets into `text`.
 * A sentence that ends with an abbreviation-like token ("St.", "U.S.", "Mr.") is joined to the next.
 */
export function splitSentences(text: string, locale = 'en', byLine = false): Sentence[] {
  const out: Sentence[] = [];
  for (const para of splitParagraphs(text, byLine)) {
    const pieces: { start: number; end: number }[] = [];
    for (let off = 0; off < para.text.length; ) {
      const to = chunkEnd(para.text, off, MAX_SEGMENT_INPUT);
      const chunk = para.text.slice(off, to);
      for (const seg of segmenter(locale).segment(chunk)) {
        pieces.push({ start: para.start + off + seg.index, end: para.start + off + seg.index + seg.segment.length });
      }
      off = to;
    }
    let cur: { start: number; end: number } | undefined;
    for (const p of pieces) {
      // Joining never grows a sentence past the segmenter's window ("A. A. A. …" stays bounded).
      if (cur && p.end - cur.start <= MAX_SEGMENT_INPUT && (joinsNext(text.slice(cur.start, cur.end)) || gluedMark(text, cur.end, p.start))) cur.end = p.end;
      else {
        if (cur) push(cur);
        cur = { ...p };
      }
    }
    if (cur) push(cur);
    function push(s: { start: number; end: number }): void {
      let { start, end } = s;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph: para.index });
    }
  }
  return out;
}

/**
 * Where a window of at most `max` code units starting at `from` ends: after the last white space of its
 * last quarter when there is one (a figure or a name is not cut in two; a space between digits groups them),
 * else never inside a surrogate pair nor before a combining mark or joiner.
 */
export function chunkEnd(text: string, from: number, max: number): number {
  if (text.length - from <= max) return text.length;
  const limit = from + max;
  for (let i = limit; i > from + (max >> 1) + (max >> 2); i--) {
    // Not a space that groups digits ("1 234 567", "1\u00a0234").
    if (/\s/.test(text[i - 1]) && !(/\p{Nd}/u.test(text[i - 2] ?? '') && /\p{Nd}/u.test(text[i] ?? ''))) return i;
  }
  let end = limit;
  while (end > from + 1 && (isLowSurrogate(text.charCodeAt(end)) || /[\p{M}\u200c\u200d]/u.test(text[end]))) end--;
  return end;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

const ABBREVIATION = /(?:^|[\s(])(?:St|Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Gen|Gov|Rev|Jr|Sr|No|Vol|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|[A-Z]|U\.S|U\.K|г|гг|им|т\.е|т\.д|ул|млн|млрд|тыс|руб|долл)\.\s*$/;
const NUMBER_DOT = /\d\.\s*$/;

/** "see ![chart](x.png)": a "!" or "![" glued to what follows is Markdown, not the end of a sentence. */
function gluedMark(text: string, end: number, nextStart: number): boolean {
  if (end !== nextStart) return false;
  const before = text.slice(Math.max(0, end - 2), end);
  return before.endsWith('![') || (before.endsWith('!') && /[[\p{L}\p{N}]/u.test(text[end] ?? ''));
}

function joinsNext(sentence: string): boolean {
  return ABBREVIATION.test(sentence) || (NUMBER_DOT.test(sentence) && sentence.trim().length < 4);
}
