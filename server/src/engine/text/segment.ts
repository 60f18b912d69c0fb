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
 * `unwrap` (Markdown): a paragraph's soft line breaks do not end sentences (see unwrapLines).
 */
export function splitSentences(text: string, locale = 'en', byLine = false, unwrap = !byLine): Sentence[] {
  const out: Sentence[] = [];
  for (const para of splitParagraphs(text, byLine)) {
    // Offsets below are relative to the paragraph; `flat` has the same length as its text.
    const flat = unwrap ? unwrapLines(para.text) : para.text;
    const pieces: { start: number; end: number }[] = [];
    for (let off = 0; off < flat.length; ) {
      const to = chunkEnd(flat, off, MAX_SEGMENT_INPUT);
      const chunk = flat.slice(off, to);
      for (const seg of segmenter(locale).segment(chunk)) {
        pieces.push({ start: off + seg.index, end: off + seg.index + seg.segment.length });
      }
      off = to;
    }
    let cur: { start: number; end: number } | undefined;
    for (const p of pieces) {
      // Joining never grows a sentence past the segmenter's window ("A. A. A. …" stays bounded).
      if (cur && p.end - cur.start <= MAX_SEGMENT_INPUT && (joinsNext(flat.slice(cur.start, cur.end)) || gluedMark(flat, cur.end, p.start))) cur.end = p.end;
      else {
        if (cur) push(cur);
        cur = { ...p };
      }
    }
    if (cur) push(cur);
    function push(s: { start: number; end: number }): void {
      let { start, end } = s;
      while (start < end && /\s/.test(flat[start])) start++;
      while (end > start && /\s/.test(flat[end - 1])) end--;
      if (end > start) out.push({ start: para.start + start, end: para.start + end, text: flat.slice(start, end), paragraph: para.index });
    }
  }
  return out;
}

/**
 * A paragraph with its soft line breaks turned into spaces (same length, so offsets hold). Writers wrap
 * Markdown paragraphs at a fixed width, and Intl.Segmenter ends a sentence at every line break: "Revenue
 * rose to\n$5 million" would be two sentences, and the figure would lose its subject. A break stays
 * where Markdown makes one (CommonMark's rules for what interrupts a paragraph): before a bullet, a quote,
 * a heading, a table row, a fence, a rule, and before an ordered item numbered 1 (or any number once the
 * paragraph is a list, so "in\n2023. Sales" joins); after a heading, table row or fence line; and after a
 * hard break (two trailing spaces or a backslash).
 */
export function unwrapLines(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  const lines = text.split(/(\r\n|\r|\n)/);
  let out = lines[0];
  let list = LIST_ITEM.test(lines[0]);
  for (let i = 1; i < lines.length; i += 2) {
    const before = lines[i - 1];
    const after = lines[i + 1];
    const item = ORDERED_ITEM.exec(after);
    const starts = STARTS_BLOCK.test(after) || (item !== null && (list || Number(item[1]) === 1));
    if (LIST_ITEM.test(after)) list = true;
    const soft = !starts && !ENDS_BLOCK_LINE.test(before) && !HARD_BREAK.test(before);
    out += (soft ? ' '.repeat(lines[i].length) : lines[i]) + after;
  }
  return out;
}

/** A line that starts a Markdown block of its own, ordered items aside (or a setext underline / rule). */
const STARTS_BLOCK = /^ {0,3}(?:[-*+](?: |$)|#{1,6}(?: |$)|>|\||```|~~~|(?:[-=_*] *){3,}$)/;
const ORDERED_ITEM = /^ {0,3}(\d{1,9})[.)](?: |$)/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?: |$)/;
/** A line after which a break always stays: a heading, a table row, a fence. */
const ENDS_BLOCK_LINE = /^ {0,3}(?:#{1,6}(?: |$)|\||```|~~~)|\|\s*$/;
const HARD_BREAK = /(?: {2,}|\\)$/;

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
