// Word tokens with offsets and scripts, for the name finders. Han text is kept as runs.

import { scriptOfCode, scriptOfWord, type Script } from './phonetic';

export interface Token {
  start: number;
  end: number;
  text: string;
  script: Script;
  /** The text between the previous token and this one ("" for the first). */
  gap: string;
}

// Words are letters with their marks and digits, joined by an inner apostrophe or dot ("Xi'an", "Ozon.ru",
// "U.S"): /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/u, scanned by hand (the regex costs a match object a word).
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 unit: 1 a letter, mark or digit, 2 not, 0 not looked up yet. */
const WORD_UNIT = new Uint8Array(0x10000);

/** Length (1, or 2 for a surrogate pair) of the letter, mark or digit at `i` (< text.length), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let v = WORD_UNIT[c];
  if (v === 0) WORD_UNIT[c] = v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1 ? 1 : 0;
}

/** End of the word starting at `start` (a letter, mark or digit). */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  for (;;) {
    for (let w = wordCharAt(text, i); w > 0; w = i < n ? wordCharAt(text, i) : 0) i += w;
    const c = text.charCodeAt(i);
    if (i + 1 >= n || (c !== 0x27 && c !== 0x2019 && c !== 0x2e)) return i;
    const w = wordCharAt(text, i + 1);
    if (w === 0) return i;
    i += 1 + w;
  }
}

// Letter ranges that make a word of one script be split at another's letters (UTF-16 units).
const LATIN_BIT = 1;
const CYRILLIC_BIT = 2;
const ARABIC_BIT = 4;
const HAN_BIT = 8;
const OWN_BIT: Record<Script, number> = { latin: LATIN_BIT, cyrillic: CYRILLIC_BIT, arabic: ARABIC_BIT, han: HAN_BIT, other: 0 };

function unitBit(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return LATIN_BIT;
  if (c >= 0x400 && c <= 0x52f) return CYRILLIC_BIT;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return ARABIC_BIT;
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) return HAN_BIT;
  return 0;
}

/** The script (scriptOfWord) of text[from, to), or undefined when letters of another script split it. */
function wordScript(text: string, from: number, to: number): Script | undefined {
  let script: Script = 'other';
  for (let i = from; i < to && script === 'other'; i++) {
    const c = text.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    script = scriptOfCode(c);
  }
  const own = OWN_BIT[script];
  for (let i = from; i < to; i++) {
    const bit = unitBit(text.charCodeAt(i));
    if (bit !== 0 && bit !== own) return undefined;
  }
  return script;
}

/** Splits a word where its script changes ("中国Alibaba" → 中国 | Alibaba). */
function splitByScript(text: string, start: number, push: (s: number, e: number) => void): void {
  let runStart = 0;
  let runScript: Script | undefined;
  let i = 0;
  for (const ch of text) {
    const sc = scriptOfWord(ch);
    const effective = sc === 'other' ? runScript : sc; // digits and marks stay with their word
    if (runScript !== undefined && effective !== runScript) {
      push(start + runStart, start + i);
      runStart = i;
    }
    runScript = effective;
    i += ch.length;
  }
  push(start + runStart, start + text.length);
}

/** "Putin's": a Latin word (text[s, e)) of four or more characters ending in a possessive 's. */
function isPossessive(text: string, s: number, e: number): boolean {
  if (e - s <= 3) return false;
  const last = text.charCodeAt(e - 1);
  const apos = text.charCodeAt(e - 2);
  if ((last !== 0x73 && last !== 0x53) || (apos !== 0x27 && apos !== 0x2019)) return false;
  const c = text.charCodeAt(s);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

// The last sentence tokenized: extractEntities and sentenceNameKeys read the same sentence in turn.
let lastSentence: string | undefined;
let lastTokens: Token[] = [];

/**
 * Tokens of a sentence: words in reading order; a possessive 's stays outside the word.
 * The result may be shared with the next caller asking for the same sentence: do not modify it.
 */
export function tokenize(sentence: string): Token[] {
  if (sentence === lastSentence) return lastTokens;
  const out: Token[] = [];
  let prevEnd = 0;
  const push = (s: number, e: number, script?: Script) => {
    const end = isPossessive(sentence, s, e) ? e - 2 : e;
    const text = sentence.slice(s, end);
    out.push({ start: s, end, text, script: script ?? scriptOfWord(text), gap: sentence.slice(prevEnd, s) });
    prevEnd = end;
  };
  for (let i = 0; i < sentence.length; ) {
    if (wordCharAt(sentence, i) === 0) {
      i++;
      continue;
    }
    const end = wordEnd(sentence, i);
    const script = wordScript(sentence, i, end);
    if (script !== undefined) push(i, end, script);
    else splitByScript(sentence.slice(i, end), i, push);
    i = end;
  }
  lastSentence = sentence;
  lastTokens = out;
  return out;
}

/** True when only spaces separate two tokens (no punctuation, no line break). */
export function isSpaceGap(gap: string): boolean {
  if (gap === ' ') return true;
  return /^[ \t\u00A0\u200B-\u200F\u2060\uFEFF]+$/.test(gap);
}

const UPPER_START = /^\p{Lu}/u;

/** /^\p{Lu}/u.test(text), answered without the regex for ASCII and basic Cyrillic. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x400 && c <= 0x45f) return c < 0x430;
  return UPPER_START.test(text);
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
