// Names written in Latin script: capitalised runs with connectors, split at titles, checked against
// the gazetteer. Used for English sentences and for Latin words inside any other language.

import { monthNumber, weekdayNumber } from '../data/calendar';
import {
  EN_COMMON_ACRONYMS, EN_COMMON_WORDS, EN_CONNECTORS, EN_FUNCTION_WORDS, EN_ORG_HEADS, EN_TITLE_MODIFIERS, EN_TITLES,
} from '../data/englishWords';
import type { EntityRef } from '../types';
import { unknownRef, type Candidate } from './candidate';
import { latinKnownAt, type KnownMatch } from './lookup';
import { isSpaceGap, startsUpper, type Token } from './tokens';
import { remembered } from '../text/memo';

const ABBREVIATIONS = new Set(['st', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'mt', 'ft', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'co', 'u.s', 'u.k', 'u.n', 'inc', 'corp', 'ltd']);

/** Endings of ordinary words; a sentence-initial capitalised word with one is not taken for a name. */
const ORDINARY_SUFFIX = /(?:ly|ing|ings|ed|ness|ment|ments|tion|tions|sion|sions|ity|ities|ies|ous|ive|ives|ful|less|able|ible|ance|ence|ship|ism|ize|ise|ized|ised|izes|ises|ward|wards|ers|ors|ists|ants|ents|ics|ves)$/;

const LOWER_THEN_UPPER = /^\p{Ll}+\p{Lu}/u;

/** "Boris", "iPhone". */
function isCapWord(text: string): boolean {
  if (startsUpper(text)) return true;
  // ASCII letters in lower case up to the first other character, which decides
  let i = 0;
  let c = text.charCodeAt(0);
  while (c >= 0x61 && c <= 0x7a) c = text.charCodeAt(++i);
  if (c < 0x80 || i === text.length) return i > 0 && c >= 0x41 && c <= 0x5a;
  return LOWER_THEN_UPPER.test(text);
}

export function isSentenceStart(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = tokens[i].gap;
  if (gap === ' ') return false;
  if (/^\.\s+$/.test(gap) && ABBREVIATIONS.has(tokens[i - 1].text.toLowerCase())) return false;
  return /[.!?:;"“”«»()\[\]\n\r•–—]|^\s*-\s+/.test(gap);
}

function joinable(tokens: Token[], i: number): boolean {
  const gap = tokens[i].gap;
  if (isSpaceGap(gap) || gap === '-' || gap === '‑' || /^\s*&\s*$/.test(gap)) return true;
  return /^\.\s+$/.test(gap) && ABBREVIATIONS.has(tokens[i - 1].text.toLowerCase());
}

/** A month or weekday name (cached per word). */
export function isCalendarWord(lower: string): boolean {
  return calendarMemo(lower);
}

const calendarMemo = remembered((lower) => monthNumber(lower) !== undefined || weekdayNumber(lower) !== undefined);

/** An ordinary word that may stand capitalised at the start of a sentence. */
function isOrdinary(word: string, sentence: string): boolean {
  const lower = word.toLowerCase();
  if (EN_FUNCTION_WORDS.has(lower) || EN_COMMON_WORDS.has(lower) || isCalendarWord(lower)) return true;
  if (/['’](?:ve|ll|re|d|m|t)$/.test(lower)) return true; // I've, We'll, Don't
  if (word.length > 4 && ORDINARY_SUFFIX.test(lower) && word.slice(1) === word.slice(1).toLowerCase()) return true;
  // the same word written lower-case elsewhere in the text
  if (lower === word) return false;
  if (/^\p{L}+$/u.test(lower)) return letterRunsOf(sentence).has(lower);
  return new RegExp(`(?<![\\p{L}])${escapeRe(lower)}(?![\\p{L}])`, 'u').test(sentence);
}

let lettersFor = '';
let letters = new Set<string>();

/** The maximal runs of letters of a sentence, computed once per sentence (isOrdinary asks word by word). */
function letterRunsOf(sentence: string): Set<string> {
  if (sentence !== lettersFor) {
    lettersFor = sentence;
    letters = new Set(sentence.match(/\p{L}+/gu) ?? []);
  }
  return letters;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** No name runs longer than this many words; longer capitalised stretches are cut. */
const MAX_RUN = 14;

type Seg =
  | { kind: 'known'; m: KnownMatch }
  | { kind: 'title'; i: number }
  | { kind: 'conn'; i: number }
  | { kind: 'word'; i: number };

/** The capitalised runs of Latin tokens: [first, last] token indices. */
function runs(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    // "US$70": a currency prefix belongs to the number
    if (tokens[i].script !== 'latin' || !isCapWord(tokens[i].text) || startsCurrency(tokens[i + 1]?.gap ?? '')) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    let hasOfFor = false;
    let j = i + 1;
    while (j < tokens.length && tokens[j].script === 'latin' && joinable(tokens, j) && j - first < MAX_RUN) {
      const t = tokens[j];
      if (isCapWord(t.text)) {
        last = j;
        j++;
        continue;
      }
      // a known name with connectors ("Belt and Road") carries the run through them
      const through = knownThrough(tokens, first, last);
      if (through > last) {
        last = through;
        j = through + 1;
        continue;
      }
      const lower = t.text.toLowerCase();
      if (!EN_CONNECTORS.has(lower) || t.gap === '-') break;
      // a connector joins only when a capitalised word follows it
      let k = j;
      while (k < tokens.length && tokens[k].script === 'latin' && EN_CONNECTORS.has(tokens[k].text.toLowerCase()) && joinable(tokens, k) && k - j < 2) k++;
      if (k >= tokens.length || tokens[k].script !== 'latin' || !isCapWord(tokens[k].text) || !joinable(tokens, k)) break;
      if (isCalendarWord(tokens[k].text.toLowerCase())) break;
      if (lower === 'and' && !hasOfFor && !orgHeadAhead(tokens, k)) break;
      if (lower === 'the' && !['of', 'for'].includes(tokens[j - 1].text.toLowerCase())) break;
      if (lower === 'of' || lower === 'for') hasOfFor = true;
      last = k;
      j = k + 1;
    }
    out.push([first, last]);
    i = last + 1;
  }
  return out;
}

function startsCurrency(gap: string): boolean {
  return gap !== '' && gap !== ' ' && /^\p{Sc}/u.test(gap);
}

/** The last token of a known name that starts inside [first, last] and runs past it, else -1. */
function knownThrough(tokens: Token[], first: number, last: number): number {
  let best = -1;
  for (let s = Math.max(first, last - 8); s <= last; s++) {
    const m = latinKnownAt(tokens, s);
    if (m && m.to - 1 > Math.max(last, best)) best = m.to - 1;
  }
  return best;
}

/** "Belt and Road Initiative": an organisation head noun among the next capitalised words. */
function orgHeadAhead(tokens: Token[], k: number): boolean {
  for (let n = k; n < tokens.length && n < k + 3; n++) {
    if (!isCapWord(tokens[n].text) || (n > k && !joinable(tokens, n))) return false;
    if (EN_ORG_HEADS.has(tokens[n].text.toLowerCase())) return true;
  }
  return false;
}

/** Finds Latin-script names among the tokens. */
export function findLatinNames(sentence: string, tokens: Token[], out: Candidate[]): void {
  for (const [first, last] of runs(tokens)) {
    let a = first;
    // leading ordinary words: "The", "In", "More", sentence-initial "Internet"
    while (a <= last) {
      const t = tokens[a];
      if (latinKnownAt(tokens, a, last)) break;
      const lower = t.text.toLowerCase();
      const initial = a === first && isSentenceStart(tokens, a);
      if (EN_CONNECTORS.has(lower) && !isCapWord(t.text)) a++;
      else if (EN_FUNCTION_WORDS.has(lower) || isCalendarWord(lower)) a++;
      else if (initial && isOrdinary(t.text, sentence)) a++;
      else if (initial && /^\p{Lu}\p{Ll}*$/u.test(t.text) && tokens[a + 1]?.gap === '-' && a + 1 <= last && isOrdinary(tokens[a + 1].text, sentence)) a++;
      else break;
    }
    if (a > last) continue;
    segmentRun(sentence, tokens, a, last, out);
  }
}

function segmentRun(sentence: string, tokens: Token[], a: number, last: number, out: Candidate[]): void {
  const segs: Seg[] = [];
  for (let j = a; j <= last; ) {
    const m = latinKnownAt(tokens, j, last);
    if (m) {
      segs.push({ kind: 'known', m });
      j = m.to;
      continue;
    }
    const lower = tokens[j].text.toLowerCase();
    if (EN_TITLES.has(lower)) segs.push({ kind: 'title', i: j });
    else if (EN_CONNECTORS.has(lower) && !isCapWord(tokens[j].text)) segs.push({ kind: 'conn', i: j });
    else segs.push({ kind: 'word', i: j });
    j++;
  }
  let group: Seg[] = [];
  let afterTitle = false;
  const flush = () => {
    while (group.length && group[0].kind === 'conn') group.shift();
    while (group.length && group[group.length - 1].kind === 'conn') group.pop();
    if (group.length) emitGroup(sentence, tokens, group, afterTitle, out);
    group = [];
  };
  for (const s of segs) {
    if (s.kind === 'title') {
      flush();
      afterTitle = true;
    } else group.push(s);
  }
  flush();
}

function tokenRange(s: Seg): [number, number] {
  return s.kind === 'known' ? [s.m.from, s.m.to - 1] : [s.i, s.i];
}

function emitGroup(sentence: string, tokens: Token[], group: Seg[], afterTitle: boolean, out: Candidate[]): void {
  const words = group.filter((s): s is Extract<Seg, { kind: 'word' }> => s.kind === 'word');
  const knowns = group.filter((s): s is Extract<Seg, { kind: 'known' }> => s.kind === 'known');
  const lowerWords = words.map((w) => tokens[w.i].text.toLowerCase());
  const hasHead = lowerWords.some((w) => EN_ORG_HEADS.has(w)) && group.length > 1;
  const ordinary = (w: string) => EN_TITLE_MODIFIERS.has(w) || EN_COMMON_WORDS.has(w) || EN_FUNCTION_WORDS.has(w) || isCalendarWord(w) || EN_COMMON_ACRONYMS.has(w);

  if (words.length === 0 || (!hasHead && lowerWords.every(ordinary))) {
    // only known names, or known names with qualifiers ("Russian Economic Development Minister")
    for (const k of knowns) out.push({ start: k.m.start, end: k.m.end, ref: k.m.ref, known: true });
    return;
  }
  const [from] = tokenRange(group[0]);
  const [, to] = tokenRange(group[group.length - 1]);
  const start = tokens[from].start;
  const end = tokens[to].end;
  const surface = sentence.slice(start, end);
  let type: EntityRef['type'] = 'other';
  if (hasHead) type = 'org';
  else if (afterTitle && knowns.length === 0) type = 'person';
  else if (knowns.length === 0 && words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(tokens[w.i].text))) type = 'person';
  else if (knowns.length > 0) type = 'org';
  const parts: string[] = [];
  for (let k = from; k <= to; k++) parts.push(tokens[k].text);
  out.push({ start, end, ref: unknownRef(surface, parts, type), known: false });
}
