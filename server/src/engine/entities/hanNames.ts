// Names in Chinese text, which has neither spaces nor capitals: known names (longest first),
// one-character country abbreviations in compounds (中俄), personal names after titles or before
// verbs of saying, and runs of the characters transliterations are made of.

import { ZH_ABBREVIATIONS, ZH_ABBREVIATION_WORDS, ZH_LEADING_ABBREVIATIONS } from '../data/demonyms';
import { ZH_NAME_BOUNDARY, ZH_NOT_NAMES, ZH_SPEECH_VERBS, ZH_SURNAMES, ZH_TITLES, ZH_TRANSLIT_CHARS, ZH_TRANSLIT_STRONG } from '../data/chineseWords';
import type { EntityRef } from '../types';
import { unknownRef, type Candidate } from './candidate';
import { gazetteer } from './gazetteer';
import { hanKnownAt } from './lookup';
import { hanSyllables } from './phonetic';

const HAN = /\p{Script=Han}/u;
/** Characters that make a one-character abbreviation a word of its own: side, language, script, army, nationality. */
const ABBREVIATION_SUFFIXES = '方语文军籍';
const NAME_JOINER = /[·・•]/;

// What the rules know of each character, by UTF-16 unit (bits): lookups without a string per character.
const SURNAME = 1;
const TRANSLIT = 2;
const TRANSLIT_STRONG = 4;
const LEADING_ABBREVIATION = 8;
const CHAR_FLAGS = new Uint8Array(0x10000);
for (const [chars, bit] of [[ZH_SURNAMES, SURNAME], [ZH_TRANSLIT_CHARS, TRANSLIT], [ZH_TRANSLIT_STRONG, TRANSLIT_STRONG], [ZH_LEADING_ABBREVIATIONS, LEADING_ABBREVIATION]] as const) {
  for (const ch of chars) if (ch.length === 1) CHAR_FLAGS[ch.charCodeAt(0)] |= bit;
}

function has(text: string, i: number, bit: number): boolean {
  return (CHAR_FLAGS[text.charCodeAt(i)] & bit) !== 0;
}

function isJoiner(ch: string): boolean {
  return ch === '·' || ch === '・' || ch === '•';
}

/** One UTF-16 unit of Han script. */
function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fef) return true; // CJK Unified Ideographs: all Han
  return c >= 0x2e80 && HAN.test(ch); // no Han below the CJK radicals
}

function anyTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true;
  return false;
}

function regionRef(code: string): EntityRef | undefined {
  return gazetteer().byKey.get(`region:${code}`);
}

/** Han runs of the sentence as [start, end) (BMP Han characters; names joined by a middle dot stay one run). */
function hanRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isHan(text[i])) {
      i++;
      continue;
    }
    const s = i;
    while (i < text.length && (isHan(text[i]) || (isJoiner(text[i]) && isHan(text[i + 1])))) i++;
    out.push([s, i]);
  }
  return out;
}

export function findHanNames(text: string, out: Candidate[]): void {
  for (const [s, e] of hanRuns(text)) scanRun(text, s, e, out);
}

function scanRun(text: string, s: number, e: number, out: Candidate[]): void {
  const taken = new Uint8Array(e - s);
  const take = (a: number, b: number) => taken.fill(1, a - s, b - s);
  const run = text.slice(s, e);
  for (const w of ZH_NOT_NAMES) {
    for (let at = run.indexOf(w); at >= 0; at = run.indexOf(w, at + 1)) take(s + at, s + at + w.length);
  }
  // 1. known names, longest first at each position
  for (let p = s; p < e; ) {
    const k = taken[p - s] ? undefined : hanKnownAt(text, p);
    if (k && k.end <= e && !anyTaken(taken, p - s, k.end - s)) {
      out.push({ start: p, end: k.end, ref: k.ref, known: true });
      take(p, k.end);
      p = k.end;
    } else p++;
  }
  // 2. abbreviations: 中俄, 中美, 俄方
  for (let p = s; p < e; p++) {
    if (taken[p - s] || !has(text, p, LEADING_ABBREVIATION)) continue;
    if (text[p] === '日' && /[\d０-９月]/.test(text[p - 1] ?? '')) continue; // 2日 is a day
    let q = p + 1;
    while (q < e && q - p < 3 && !taken[q - s] && ZH_ABBREVIATIONS[text[q]] !== undefined && !hanKnownAt(text, q)) q++;
    const compound = text.slice(p, q);
    // 俄方 (the Russian side), 法语 (French), 美军 (US forces); 俄 alone is Russia
    const after = text[p + 1];
    const solo = q === p + 1 && ((after !== undefined && ABBREVIATION_SUFFIXES.includes(after)) || (text[p] === '俄' && !/[而顷然]/.test(after ?? '')));
    if (q - p < 2 && !solo) continue;
    if (ZH_ABBREVIATION_WORDS.some((w) => text.startsWith(w, p) || (compound.length >= 2 && w.startsWith(compound) && text.startsWith(w, p)))) continue;
    if (text[q] === '洲') continue;
    for (let c = p; c < q; c++) {
      const ref = regionRef(ZH_ABBREVIATIONS[text[c]]);
      if (ref) out.push({ start: c, end: c + 1, ref, known: true });
    }
    take(p, q);
    p = q - 1;
  }
  // 3. personal names after a title or before a verb of saying
  for (let p = s; p < e; p++) {
    if (taken[p - s] || !has(text, p, SURNAME)) continue;
    const afterTitle = ZH_TITLES.some((t) => p - t.length >= s && text.startsWith(t, p - t.length));
    let len = 0;
    for (const n of [2, 3]) {
      const end = p + n;
      if (end > e || anyTaken(taken, p - s, end - s)) break;
      if ([...text.slice(p + 1, end)].some((ch) => ZH_NAME_BOUNDARY.has(ch))) break;
      const beforeSpeech = ZH_SPEECH_VERBS.some((v) => text.startsWith(v, end));
      const atBoundary = end === e || ZH_NAME_BOUNDARY.has(text[end]) || beforeSpeech || ZH_TITLES.some((t) => text.startsWith(t, end));
      if ((afterTitle && atBoundary) || (beforeSpeech && (p === s || ZH_NAME_BOUNDARY.has(text[p - 1])))) len = n;
    }
    if (len === 0 && afterTitle) len = 2;
    if (len === 0) continue;
    const surface = text.slice(p, p + len);
    out.push({ start: p, end: p + len, ref: unknownRef(surface, [surface], 'person'), known: false });
    take(p, p + len);
    p += len - 1;
  }
  // 4. transliterated foreign names: 扎瓦德斯基, 马克·扎瓦德斯基
  for (let p = s; p < e; p++) {
    if (taken[p - s] || !has(text, p, TRANSLIT)) continue;
    let q = p;
    let strong = 0;
    while (q < e && !taken[q - s] && (has(text, q, TRANSLIT) || (isJoiner(text[q]) && q > p))) {
      if (has(text, q, TRANSLIT_STRONG)) strong++;
      q++;
    }
    while (q > p && isJoiner(text[q - 1])) q--;
    if (q - p >= 3 && strong >= 1) {
      const surface = text.slice(p, q);
      const parts = surface.split(NAME_JOINER).map((x) => hanSyllables(x).join(''));
      out.push({ start: p, end: q, ref: { key: '~' + parts.join(' '), type: 'other', name: surface }, known: false });
      take(p, q);
    }
    p = q;
  }
}
