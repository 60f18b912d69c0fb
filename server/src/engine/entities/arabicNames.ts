// Names in Arabic script, which has no capitals: known names with their clitics and nisba adjectives,
// names introduced by titles, Chinese names written syllable by syllable, and runs of words that look
// like transliterations of foreign names.

import {
  AR_CHINESE_SURNAMES, AR_CHINESE_SYLLABLES, AR_COMMON_WORDS, AR_GIVEN_NAMES, AR_ORG_TITLES, AR_PERSON_TITLES, AR_SPEECH_VERBS,
} from '../data/arabicWords';
import { monthNumber, weekdayNumber } from '../data/calendar';
import type { EntityRef } from '../types';
import { FOREIGN_LETTERS, NATIVE_LETTERS, arabicReadings, normalizeArabic, stripHarakat } from './arabic';
import { unknownRef, type Candidate } from './candidate';
import { arabicKnownAt, arabicOffset, cliticLength, type KnownMatch } from './lookup';
import { isSpaceGap, type Token } from './tokens';
import { remembered } from '../text/memo';

const norm = (words: readonly string[]) => new Set(words.map(normalizeArabic));
let tables:
  | { common: Set<string>; person: Set<string>; org: Set<string>; speech: Set<string>; syllables: Set<string>; surnames: Set<string>; given: Set<string> }
  | undefined;

function words() {
  tables ??= {
    common: norm(AR_COMMON_WORDS),
    person: norm(AR_PERSON_TITLES),
    org: norm(AR_ORG_TITLES),
    speech: norm(AR_SPEECH_VERBS),
    syllables: norm(AR_CHINESE_SYLLABLES),
    surnames: norm(AR_CHINESE_SURNAMES),
    given: norm(AR_GIVEN_NAMES),
  };
  return tables;
}

/** A word (or its clitic-free reading) is in the set; returns the clitics' length, or -1. */
function inSet(set: Set<string>, normWord: string): number {
  for (const r of arabicReadings(normWord, 2)) if (set.has(r.stem)) return r.prefix.length;
  return -1;
}

/** What the name finder asks of every word, looked up once per (normalised) word. */
interface WordFacts {
  common: boolean;
  /** Clitic length when the word is a title of a person / of an organisation, else -1. */
  person: number;
  org: number;
  /** Clitic length when the word is a Chinese surname (possibly after و), else -1. */
  surname: number;
}

function factsOf(normWord: string): WordFacts {
  return factsMemo(normWord);
}

// Per-word answers, cached: running text repeats its words.
const factsMemo = remembered((normWord): WordFacts => {
  const w = words();
  return { common: isCommonArabic(normWord), person: inSet(w.person, normWord), org: inSet(w.org, normWord), surname: bareSyllable(normWord, w.surnames) ?? -1 };
});
const commonMemo = remembered(computeCommon);
const foreignMemo = remembered(computeForeignness);

export function isCommonArabic(normWord: string): boolean {
  return commonMemo(normWord);
}

function computeCommon(normWord: string): boolean {
  const { common } = words();
  if (common.has(normWord)) return true;
  for (const r of arabicReadings(normWord, 2)) {
    if (common.has(r.stem) && (r.stem.length >= 3 || r.prefix === 'و' || r.prefix === 'ف')) return true;
  }
  return monthNumber(normWord) !== undefined || weekdayNumber(normWord) !== undefined;
}

const STRONG_ENDINGS = /(?:وف|يف|وفا|يفا|سكي|سكايا|ينكو|فيتش|يتش|نغ|بيرغ|بورغ|ستون|فيلد|شتاين)$/;

/**
 * How much a word looks like a transliterated foreign name: 0 not at all, 1 plausibly (long vowels,
 * no letters that only native words use), 2 clearly (letters or endings only foreign names have).
 * Also the length of clitics to leave outside the span.
 */
export function foreignness(raw: string): { score: number; clitic: number } {
  return foreignMemo(raw);
}

function computeForeignness(raw: string): { score: number; clitic: number } {
  if (/[\u064B-\u064D]/.test(raw)) return { score: 0, clitic: 0 }; // tanween: an Arabic indefinite noun
  const bare = stripHarakat(raw);
  const n = normalizeArabic(bare);
  if (n.length < 3 || isCommonArabic(n)) return { score: 0, clitic: 0 };
  let best = { score: 0, clitic: 0 };
  for (const r of arabicReadings(n, 3)) {
    if (r.prefix.startsWith('ال') || r.prefix.endsWith('ال') || r.prefix.length > 1) continue;
    if (r.prefix && r.stem.length >= 4 && nativePattern(r.stem)) return { score: 0, clitic: 0 }; // "بتوفير"
    const stemRaw = bare.slice(r.prefix.length);
    const s = scoreStem(r.stem, stemRaw);
    // a clitic is only split off when the rest reads much more foreign
    if (s > best.score + (r.prefix ? 0 : -1)) best = { score: s, clitic: r.prefix.length };
  }
  return best;
}

function scoreStem(n: string, raw: string): number {
  if (n.length < 3 || raw.startsWith('ال') || isCommonArabic(n)) return 0;
  if (FOREIGN_LETTERS.test(raw)) return 2;
  if (NATIVE_LETTERS.test(raw) || /ات$|يه$|ه$/.test(n)) return 0;
  if (nativePattern(n)) return 0;
  if (n.length >= 4 && STRONG_ENDINGS.test(n)) return 2;
  let long = 0;
  for (let i = 1; i < n.length; i++) if ('اوي'.includes(n[i])) long++;
  return n.length >= 4 && long >= 2 ? 1 : 0;
}

/**
 * Word shapes of native Arabic morphology: istaf'ala, participles and plurals with م-, infi'al (انهيار),
 * taf'il (توفير), imperfect plurals (يواجهون), and a definite noun behind a clitic (والمايكرويف).
 */
function nativePattern(n: string): boolean {
  return /^(?:است|مست|مت|تت)/.test(n) || (/^م/.test(n) && /(?:ين|ون)$/.test(n)) || /^ان..ا.$/.test(n) ||
    /^ت..ي.$/.test(n) || /^[يت].{3,}(?:ون|ين)$/.test(n) || /^(?:[وفبك]ال|لل)/.test(n);
}

interface Word {
  tok: Token;
  n: string;
  f: WordFacts;
  known?: KnownMatch;
  used: boolean;
}

export function findArabicNames(sentence: string, tokens: Token[], out: Candidate[]): void {
  const norms = tokens.map((t) => (t.script === 'arabic' ? normalizeArabic(t.text) : ''));
  const ws: Word[] = tokens.map((tok, i) => ({ tok, n: norms[i], f: factsOf(norms[i]), used: false }));
  const w = words();

  // 1. known names and nisba adjectives
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].script !== 'arabic' || ws[i].used) continue;
    const m = arabicKnownAt(tokens, i, norms);
    if (!m) continue;
    out.push({ start: m.start, end: m.end, ref: m.ref, known: true });
    for (let k = m.from; k < m.to; k++) {
      ws[k].used = true;
      ws[k].known = m;
    }
  }

  const adjacent = (i: number) => i < tokens.length && tokens[i].script === 'arabic' && isSpaceGap(tokens[i].gap);
  const isNameWord = (i: number) => adjacent(i) && !ws[i].used && !ws[i].f.common && ws[i].f.person < 0 && ws[i].f.org < 0 && !/^\d/.test(ws[i].n);

  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].script !== 'arabic' || ws[i].used) continue;
    const n = ws[i].n;

    // 2. organisations: title + name words ("مؤسسة روستيخ", "حزب النمو"), or a definite title + nisba ("الرابطة الروسية ...")
    const orgClitic = ws[i].f.org;
    if (orgClitic >= 0) {
      const definite = /ال$/.test(n.slice(0, orgClitic)) || n.slice(orgClitic).startsWith('ال') || n.startsWith('لل');
      if (definite && adjacent(i + 1) && ws[i + 1].known?.demonym) {
        let j = ws[i + 1].known!.to;
        while (adjacent(j) && j - i <= 5 && !ws[j].used && !isFunctionLike(ws[j].n)) j++;
        emitSpan(sentence, tokens, i, j - 1, orgClitic, 'org', out, ws);
        continue;
      }
      // only a title in the construct state names what follows ("مؤسسة روستيخ"); "الهيئة X" is apposition
      let j = i + 1;
      const construct = !definite;
      while (construct && isNameWord(j) && j - i <= 3 && !ws[j].n.startsWith('ال') && foreignness(tokens[j].text).score > 0) j++;
      if (construct && j === i + 1 && isNameWord(j) && ws[j].n.startsWith('ال') && !isCommonArabic(ws[j].n.slice(2))) j++; // "حزب النمو"
      if (j > i + 1) {
        emitSpan(sentence, tokens, i, j - 1, orgClitic, 'org', out, ws);
        i = j - 1;
        continue;
      }
    }

    // 3. people after a title, past nationality adjectives and further titles ("الرئيس الروسي فلاديمير بوتين")
    if (ws[i].f.person >= 0) {
      let j = i + 1;
      while (adjacent(j) && (ws[j].known?.demonym || (!ws[j].used && ws[j].f.person >= 0))) j = ws[j].known ? ws[j].known!.to : j + 1;
      const first = j;
      const personal = (k: number) => isNameWord(k) && !ws[k].n.startsWith('ال') && (w.given.has(ws[k].n) || foreignness(tokens[k].text).score > 0);
      while (j - first < 3 && (personal(j) || (j > first && w.given.has(ws[j - 1].n) && isNameWord(j)))) j++;
      if (j > first) {
        emitSpan(sentence, tokens, first, j - 1, 0, 'person', out, ws);
        i = j - 1;
        continue;
      }
    }
  }

  // 4. Chinese names syllable by syllable ("لي هوي لاي")
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].script !== 'arabic' || ws[i].used) continue;
    const first = ws[i].f.surname;
    if (first < 0) continue;
    let j = i + 1;
    let commonCount = ws[i].f.common ? 1 : 0;
    while (adjacent(j) && !ws[j].used && j - i < 3 && w.syllables.has(ws[j].n)) {
      if (ws[j].f.common) commonCount++;
      j++;
    }
    if (j - i >= 2 && commonCount <= 1 && !(commonCount === 1 && !ws[i].f.common)) {
      emitSpan(sentence, tokens, i, j - 1, first, 'person', out, ws);
      i = j - 1;
    }
  }

  // 5. runs of transliterated words
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].script !== 'arabic' || ws[i].used) continue;
    let f0 = foreignness(tokens[i].text);
    if (f0.score > 0 && startsConjunct(ws[i].n)) f0 = { score: f0.score, clitic: 1 };
    if (f0.score === 0 && ws[i].n.startsWith('ال') && isDomain(tokens, i + 1) && foreignness(tokens[i].text.slice(2)).score > 0) f0 = { score: 1, clitic: 0 };
    if (f0.score === 0) continue;
    let j = i + 1;
    let strong = f0.score === 2;
    while (adjacent(j) && !ws[j].used && j - i < 4 && !startsConjunct(ws[j].n)) {
      const f = foreignness(tokens[j].text);
      if (f.score === 0 || f.clitic > 0) break;
      if (f.score === 2) strong = true;
      j++;
    }
    let last = j - 1;
    // "أوزون. رو": an Arabic rendering of a web domain
    if (isDomain(tokens, last + 1)) {
      last++;
      strong = true;
    }
    const prev = i > 0 ? ws[i - 1] : undefined;
    const afterSpeech = prev !== undefined && w.speech.has(prev.n) && isSpaceGap(tokens[i].gap);
    const beforeTitle = tokens[last + 1] !== undefined && /^\s*[،,]\s*$/.test(tokens[last + 1].gap) && ws[last + 1].f.person >= 0;
    if (last > i || strong || afterSpeech || beforeTitle) {
      const domain = isDomain(tokens, last);
      emitSpan(sentence, tokens, i, last, f0.clitic, domain ? 'org' : last > i || afterSpeech || beforeTitle ? 'person' : 'other', out, ws);
      i = last;
    }
  }
}

/**
 * "وإيسي", "وتويزرمان": و + a consonant or hamza starts a new item ("and X"); و + a long vowel is usually
 * a name's own W ("ويليام", "والتر").
 */
export function startsConjunct(n: string): boolean {
  return n.length > 3 && n[0] === 'و' && !'اوي'.includes(n[1]);
}

/** A normalised word is an Arabic rendering of a Chinese syllable ("لي", "هوي"). */
export function isChineseSyllable(n: string): boolean {
  return words().syllables.has(n);
}

/** "رو" in "أوزون. رو": an Arabic rendering of a web domain ending. */
function isDomain(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.script === 'arabic' && /^\.\s*$/.test(t.gap) && ['رو', 'كوم', 'نت', 'اورغ'].includes(normalizeArabic(t.text));
}

/** The clitic length when a word is a Chinese surname (possibly after و), else undefined. */
function bareSyllable(n: string, surnames: Set<string>): number | undefined {
  if (surnames.has(n)) return 0;
  if (n.startsWith('و') && surnames.has(n.slice(1))) return 1;
  return undefined;
}

function isFunctionLike(n: string): boolean {
  return /^(?:في|من|الى|إلى|على|عن|مع|ان|أن|إن|قد|لقد|التي|الذي|خلال|منذ|حتى|او|أو|ثم|بعد|قبل|حيث|بين)$/.test(n) || n.length < 2;
}

function emitSpan(sentence: string, tokens: Token[], from: number, to: number, clitic: number, type: EntityRef['type'], out: Candidate[], ws: { used: boolean }[]): void {
  const t0 = tokens[from];
  const start = t0.start + arabicOffset(t0.text, cliticLength(normalizeArabic(t0.text).slice(0, clitic)));
  const end = tokens[to].end;
  const surface = sentence.slice(start, end);
  const parts = tokens.slice(from, to + 1).map((t) => t.text);
  parts[0] = sentence.slice(start, t0.end);
  out.push({ start, end, ref: unknownRef(surface, parts, type), known: false });
  for (let k = from; k <= to; k++) ws[k].used = true;
}
