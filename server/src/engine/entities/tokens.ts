// Word tokens with offsets and scripts, for the name finders. Han text is kept as runs.

import { scriptOfWord, type Script } from './phonetic';

export interface Token {
  start: number;
  end: number;
  text: string;
  script: Script;
  /** The text between the previous token and this one ("" for the first). */
  gap: string;
}

// Letters with their marks and digits, joined by an inner apostrophe or dot ("Xi'an", "Ozon.ru", "U.S").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;

const OTHER_SCRIPTS: Record<Script, RegExp> = {
  latin: /[\u0400-\u052F\u0600-\u06FF\u0750-\u077F\u3400-\u9FFF\uF900-\uFAFF\uD840-\uD87F]/,
  cyrillic: /[A-Za-z\u00C0-\u024F\u0600-\u06FF\u0750-\u077F\u3400-\u9FFF\uF900-\uFAFF\uD840-\uD87F]/,
  arabic: /[A-Za-z\u00C0-\u024F\u0400-\u052F\u3400-\u9FFF\uF900-\uFAFF\uD840-\uD87F]/,
  han: /[A-Za-z\u00C0-\u024F\u0400-\u052F\u0600-\u06FF\u0750-\u077F]/,
  other: /[A-Za-z\u00C0-\u024F\u0400-\u052F\u0600-\u06FF\u0750-\u077F\u3400-\u9FFF\uF900-\uFAFF\uD840-\uD87F]/,
};

/** Splits a word where its script changes ("中国Alibaba" → 中国 | Alibaba). */
function splitByScript(text: string, start: number, push: (s: number, e: number) => void): void {
  if (!OTHER_SCRIPTS[scriptOfWord(text)].test(text)) {
    push(start, start + text.length);
    return;
  }
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

/** Tokens of a sentence: words in reading order; a possessive 's stays outside the word. */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  const push = (s: number, e: number) => {
    let end = e;
    const text0 = sentence.slice(s, e);
    if (/^[A-Za-z\u00C0-\u024F].*['’][sS]$/.test(text0) && text0.length > 3) end -= 2;
    const text = sentence.slice(s, end);
    out.push({ start: s, end, text, script: scriptOfWord(text), gap: sentence.slice(prevEnd, s) });
    prevEnd = end;
  };
  for (const m of sentence.matchAll(WORD)) splitByScript(m[0], m.index, push);
  return out;
}

/** True when only spaces separate two tokens (no punctuation, no line break). */
export function isSpaceGap(gap: string): boolean {
  return /^[ \t\u00A0\u200B-\u200F\u2060\uFEFF]+$/.test(gap);
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
