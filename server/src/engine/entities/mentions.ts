// Finding where a name is mentioned in a sentence written in any script, and the keys that let an
// index find candidate sentences quickly.

import { ZH_NAME_BOUNDARY } from '../data/chineseWords';
import { EN_FUNCTION_WORDS, EN_TITLES } from '../data/englishWords';
import { RU_FUNCTION_WORDS, RU_TITLES } from '../data/russianWords';
import type { Lang } from '../types';
import { arabicReadings, normalizeArabic } from './arabic';
import { foreignness, isChineseSyllable, isCommonArabic, startsConjunct } from './arabicNames';
import { extractEntities } from './extract';
import { arabicOffset } from './lookup';
import { isKnownKey } from './candidate';
import { entityKeyOf, splitNameTokens } from './names';
import { coarseSkeleton, joinSkeleton, phoneReadings, phoneSimilarity, phonesOf, type Phones } from './phonetic';
import { foldRussian, russianStems } from './russian';
import { isSpaceGap, tokenize, type Token } from './tokens';
import { remembered } from '../text/memo';

export interface Mention {
  start: number;
  end: number;
  /** 1 for a known name's own form; otherwise the spelling similarity, lowered when the mention runs on. */
  score: number;
}

/** Scores at or above this confirm a mention; lower ones are returned for explanation only. */
export const MENTION_CONFIRMED = 0.8;
/** Below this nothing is returned. */
const MENTION_MIN = 0.5;
/** Each token of a multi-word name must reach this on its own. */
const TOKEN_MIN = 0.72;
/** A mention followed by another name word the query lacks ("Li Hui" in "Li Huilai") keeps this share of its score. */
const RUN_ON_FACTOR = 0.55;

interface Variant {
  p: Phones;
  /** Offset of the variant's first letter in the token (clitics skipped). */
  offset: number;
  /** Small cost of reading the word without a clitic or an ending. */
  cost: number;
  /** coarseSkeleton(p.s). */
  skel: string;
}

function variant(p: Phones, offset: number, cost: number): Variant {
  return { p, offset, cost, skel: coarseSkeleton(p.s) };
}

interface SentTok {
  tok: Token;
  variants: Variant[];
  /** Whether the token can be part of a name at all. */
  nameLike: boolean;
  /** First consonant class of each variant (a cheap filter before comparing spellings). */
  classes: string[];
}

const analysisCache = new Map<string, SentTok[]>();

/** Tokens of a sentence with their readings; Han runs become one token per character. */
function analyze(sentence: string): SentTok[] {
  const cached = analysisCache.get(sentence);
  if (cached) return cached;
  const out: SentTok[] = [];
  for (const t of tokenize(sentence)) {
    if (t.script === 'han') {
      let off = t.start;
      let first = true;
      for (const ch of t.text) {
        const tok: Token = { start: off, end: off + ch.length, text: ch, script: 'han', gap: first ? t.gap : '' };
        const info = hanInfo(ch);
        out.push({ tok, variants: info.variants, nameLike: info.nameLike, classes: info.classes });
        off += ch.length;
        first = false;
      }
      continue;
    }
    const info = wordInfo(t);
    out.push({ tok: t, variants: info.variants, nameLike: info.nameLike, classes: info.classes });
  }
  if (analysisCache.size > 2000) analysisCache.clear();
  analysisCache.set(sentence, out);
  return out;
}

type WordInfo = Omit<SentTok, 'tok'>;

const wordCache = new Map<string, WordInfo>();

/** Reading and name-likeness of one Han character (cached). */
function hanInfo(ch: string): WordInfo {
  return hanMemo(ch);
}

const hanMemo = remembered((ch): WordInfo => {
  const v = variant(phonesOf(ch), 0, 0);
  return { variants: [v], nameLike: !ZH_NAME_BOUNDARY.has(ch), classes: [v.skel.slice(0, 1)] };
}, 20_000);

/** Readings and name-likeness of a word; cached, since they depend on the word alone. */
function wordInfo(t: Token): WordInfo {
  let info = wordCache.get(t.text);
  if (!info) {
    const variants = variantsOf(t);
    info = { variants, nameLike: isNameLike(t), classes: variants.map((v) => v.skel.slice(0, 1)) };
    if (wordCache.size >= 50_000) wordCache.clear();
    wordCache.set(t.text, info);
  }
  return info;
}

function variantsOf(t: Token): Variant[] {
  const base = variant(phonesOf(t.text), 0, 0);
  if (t.script === 'arabic') {
    const out = [base];
    for (const r of arabicReadings(normalizeArabic(t.text), 2).slice(1)) {
      out.push(variant(phonesOf(r.stem), arabicOffset(t.text, r.prefix.length), 0.02));
    }
    return out;
  }
  if (t.script === 'cyrillic') {
    // case endings: Орешкина → Орешкин; the stem keeps at least three letters
    return russianStems(foldRussian(t.text), 3).map((s, i) => variant(phonesOf(s), 0, i === 0 ? 0 : 0.01));
  }
  if (t.script === 'latin') return phoneReadings(t.text.replace(/['’]s$/, '')).map((p, i) => variant(p, 0, i === 0 ? 0 : 0.02));
  return [base];
}

function isNameLike(t: Token): boolean {
  switch (t.script) {
    case 'latin': {
      const lower = t.text.toLowerCase();
      return /^\p{Lu}/u.test(t.text) && !EN_FUNCTION_WORDS.has(lower) && !EN_TITLES.has(lower);
    }
    case 'cyrillic': {
      const f = foldRussian(t.text);
      return /^\p{Lu}/u.test(t.text) && !RU_FUNCTION_WORDS.has(f) && !RU_TITLES.has(f);
    }
    case 'arabic': {
      const n = normalizeArabic(t.text);
      return !isCommonArabic(n) || isChineseSyllable(n);
    }
    default:
      return false;
  }
}

/** Whether a token continues a name: a further name word written right after the mention. */
function runsOn(toks: SentTok[], next: number): boolean {
  const t = toks[next];
  if (!t || !t.nameLike) return false;
  if (t.tok.script === 'han') return toks[next - 1]?.tok.script === 'han' && t.tok.gap === '';
  if (!isSpaceGap(t.tok.gap)) return false;
  if (t.tok.script === 'arabic') {
    if (startsConjunct(normalizeArabic(t.tok.text)) || /^[إأ]/.test(t.tok.text.slice(1))) return false; // "وإيسي": "and" another name
    return foreignness(t.tok.text).score > 0 || chineseSyllable(t.tok.text);
  }
  return true;
}

function chineseSyllable(word: string): boolean {
  const n = normalizeArabic(word);
  return isChineseSyllable(n) && !isCommonArabic(n);
}

function concat(parts: Phones[]): Phones {
  return { s: parts.map((p) => p.s).join(''), ar: parts.some((p) => p.ar) };
}

interface QueryTok {
  p: Phones[];
  text: string;
}

/** A name prepared for matching, with the group scores it has met so far (they depend on token texts alone). */
interface Query {
  q: QueryTok[];
  first: string[];
  weights: number[];
  total: number;
  groups: Map<string, { score: number; offset: number }>;
}

const queryOf = remembered((name): Query => {
  const q = queryTokens(name);
  const weights = q.map((t) => Math.max(1, t.p[0]?.s.length ?? 0));
  return { q, first: q[0]?.p.map(firstClass) ?? [], weights, total: weights.reduce((a, b) => a + b, 0), groups: new Map() };
}, 2000);

/** groupScore, remembered per name and sentence-token texts: a corpus repeats its words. */
function memoGroupScore(query: Query, qa: number, qb: number, toks: SentTok[], sa: number, sb: number): { score: number; offset: number } {
  let key = `${qa} ${qb}`;
  for (let i = sa; i < sb; i++) key += `\u0001${toks[i].tok.text}`;
  let g = query.groups.get(key);
  if (!g) {
    g = groupScore(query.q, qa, qb, toks, sa, sb);
    if (query.groups.size >= 20_000) query.groups.clear();
    query.groups.set(key, g);
  }
  return g;
}

function queryTokens(name: string): QueryTok[] {
  return splitNameTokens(name).map((word) => {
    const text = /^St\.?$/.test(word) ? 'Saint' : word; // "St Johnstone" = "Сент-Джонстон"
    if (/\p{Script=Cyrillic}/u.test(text)) {
      return { text, p: russianStems(foldRussian(text), 3).map((s) => phonesOf(s)) };
    }
    return { text, p: phoneReadings(text.replace(/['’]s$/, '')) };
  });
}

/** Best similarity between query tokens [qa, qb) and sentence tokens [sa, sb). */
function groupScore(q: QueryTok[], qa: number, qb: number, toks: SentTok[], sa: number, sb: number): { score: number; offset: number } {
  // Only the first sentence token may shed clitics, only the last query and sentence tokens their endings.
  const head = toks[sa].variants;
  const tail = sb - sa > 1 ? toks[sb - 1].variants : [head[0]];
  const middle = toks.slice(sa + 1, sb - 1).map((t) => t.variants[0].p);
  const qHead = q.slice(qa, qb - 1).map((t) => t.p[0]);
  let best = { score: 0, offset: 0 };
  for (const qv of q[qb - 1].p) {
    const query = concat([...qHead, qv]);
    for (const h of head) {
      for (const tl of sb - sa > 1 ? tail : [h]) {
        const parts = sb - sa > 1 ? [h.p, ...middle, tl.p] : [h.p];
        const s = phoneSimilarity(query, concat(parts)) - h.cost - (tl === h ? 0 : tl.cost);
        if (s > best.score) best = { score: s, offset: h.offset };
      }
    }
  }
  return best;
}

function firstClass(p: Phones): string {
  return coarseSkeleton(p.s).slice(0, 1);
}

/**
 * Every place where `name` (one or several words, any script) is mentioned in `sentence`, with a score:
 * known names (Russia, Putin, Alibaba) by their forms in every language, other names by comparing
 * spellings across scripts. All words of the name must be found, in order; a mention followed by a
 * further name word the query lacks scores low. Sorted by start, not overlapping.
 */
export function findMentions(name: string, nameLang: Lang, sentence: string, sentenceLang: Lang): Mention[] {
  if (!name.trim() || !sentence.trim()) return [];
  const found: Mention[] = [];
  const key = entityKeyOf(name, nameLang);
  if (isKnownKey(key)) {
    for (const c of extractEntities(sentence, sentenceLang)) if (c.entity.key === key) found.push({ start: c.start, end: c.end, score: 1 });
  }
  const query = queryOf(name);
  const q = query.q;
  if (q.length > 0 && q.length <= 8 && q.some((t) => t.p[0].s.length > 0)) {
    const toks = analyze(sentence.length > 20_000 ? sentence.slice(0, 20_000) : sentence);
    const qFirst = query.first;
    for (let s = 0; s < toks.length; s++) {
      if (!toks[s].nameLike) continue;
      // cheap filter: the first consonant class must agree for some reading (or a side has none)
      if (q.length === 1 && !toks[s].classes.some((c) => c === '' || qFirst.includes(c) || qFirst.includes(''))) {
        if (toks[s + 1] === undefined || !runsTogether(toks, s + 1)) continue;
      }
      const m = alignFrom(query, toks, s);
      if (!m) continue;
      let score = m.score;
      if (runsOn(toks, m.end)) score *= RUN_ON_FACTOR;
      if (score < MENTION_MIN) continue;
      const startTok = toks[s].tok;
      found.push({ start: startTok.start + m.offset, end: toks[m.end - 1].tok.end, score: Math.min(1, score) });
    }
  }
  return settleMentions(found);
}

function runsTogether(toks: SentTok[], i: number): boolean {
  const t = toks[i];
  if (t.tok.script === 'han') return t.tok.gap === '';
  return isSpaceGap(t.tok.gap) || t.tok.gap === '-' || (t.tok.script === 'arabic' && /^\.\s?$/.test(t.tok.gap)); // "أوزون. رو"
}

/** Aligns all query tokens from sentence token s; returns the end (exclusive), offset and mean score. */
function alignFrom(query: Query, toks: SentTok[], s: number): { end: number; offset: number; score: number } | undefined {
  let best: { end: number; offset: number; score: number } | undefined;
  const { q, weights, total } = query;
  const step = (qi: number, si: number, acc: number, offset: number) => {
    if (qi === q.length) {
      const score = acc / total;
      if (!best || score > best.score) best = { end: si, offset, score };
      return;
    }
    if (si >= toks.length) return;
    if (qi > 0 && !runsTogether(toks, si)) return;
    // the first word must look like a name; later ones may be ordinary ("Association of Internet Trade")
    if (qi === 0 && !toks[si].nameLike && toks[si].tok.script !== 'han') return;
    const maxS = toks[si].tok.script === 'han' ? 4 : 3;
    // one query token against one to three sentence tokens written apart ("Huilai" = "هوي لاي")
    for (let k = 1; k <= maxS && si + k <= toks.length; k++) {
      if (k > 1 && (!runsTogether(toks, si + k - 1) || (!toks[si + k - 1].nameLike && toks[si + k - 1].tok.script !== 'han'))) break;
      const g = memoGroupScore(query, qi, qi + 1, toks, si, si + k);
      if (g.score >= TOKEN_MIN) step(qi + 1, si + k, acc + g.score * weights[qi], qi === 0 ? g.offset : offset);
    }
    // two or three query tokens against one sentence token ("Jin ping" = "Jinping")
    for (let k = 2; k <= 3 && qi + k <= q.length; k++) {
      const g = memoGroupScore(query, qi, qi + k, toks, si, si + 1);
      let w = 0;
      for (let j = qi; j < qi + k; j++) w += weights[j];
      if (g.score >= TOKEN_MIN) step(qi + k, si + 1, acc + g.score * w, qi === 0 ? g.offset : offset);
    }
  };
  step(0, s, 0, 0);
  return best;
}

function settleMentions(found: Mention[]): Mention[] {
  const ranked = [...found].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Keys for an inverted index of sentences: the coarse key (see nameKey) of every token that could be part
 * of a name, in each of its readings (clitics off, case endings off), of runs of two and three such tokens
 * written together, and of Han character runs of one to three characters; plus the canonical key of every
 * entity extractEntities finds. Candidates only: confirm with findMentions.
 */
export function sentenceNameKeys(
  sentence: string,
  lang: Lang,
  /** The sentence's entities when the caller has extracted them already. */
  entities?: readonly { start: number; end: number; entity: { key: string } }[],
): NameKey[] {
  const text = sentence;
  const out = tokenKeysOf(text).slice(); // a new list; its items are shared with the cache, not to be modified
  if (entities) {
    for (const c of entities) out.push({ key: c.entity.key, start: c.start, end: c.end });
    return out;
  }
  for (const [from, to] of chunks(text)) {
    for (const c of extractEntities(text.slice(from, to), lang)) out.push({ key: c.entity.key, start: from + c.start, end: from + c.end });
  }
  return out;
}

interface NameKey {
  key: string;
  start: number;
  end: number;
}

// Sentences recur in a corpus: the keys of their tokens, by text (short texts only).
const tokenKeyCache = new Map<string, NameKey[]>();

/** The coarse keys of a text's name-like tokens and of their runs (see sentenceNameKeys). */
function tokenKeysOf(text: string): readonly NameKey[] {
  const cacheable = text.length <= 2000;
  const cached = cacheable ? tokenKeyCache.get(text) : undefined;
  if (cached) return cached;
  const out: NameKey[] = [];
  const toks = analyze(text);
  let tokenFirst = 0;
  const add = (key: string, start: number, end: number) => {
    // readings of one token often share a key: skip repeats of the same span
    for (let k = tokenFirst; k < out.length; k++) if (out[k].key === key && out[k].start === start && out[k].end === end) return;
    out.push({ key, start, end });
  };
  for (let i = 0; i < toks.length; i++) {
    const ti = toks[i];
    if (!ti.nameLike) continue;
    tokenFirst = out.length;
    for (const v of ti.variants) add(v.skel || 'V', ti.tok.start + v.offset, ti.tok.end);
    // names written in separate syllables (Arabic, Chinese) are also keyed as one word
    if (ti.tok.script !== 'arabic' && ti.tok.script !== 'han') continue;
    // the skeleton of each of the first two readings with the following tokens joined on, and its last phone
    const h0 = ti.variants[0];
    const h1 = ti.variants.length > 1 ? ti.variants[1] : undefined;
    let skel0 = h0.skel;
    let last0 = h0.p.s.slice(-1);
    let skel1 = h1?.skel ?? '';
    let last1 = h1?.p.s.slice(-1) ?? '';
    for (let k = i + 1; k < toks.length && k < i + 3; k++) {
      if (!toks[k].nameLike || !runsTogether(toks, k)) break;
      const next = toks[k].variants[0];
      const end = toks[k].tok.end;
      skel0 = joinSkeleton(skel0, last0, next.p.s, next.skel);
      if (next.p.s) last0 = next.p.s.slice(-1);
      add(skel0 || 'V', ti.tok.start + h0.offset, end);
      if (h1) {
        skel1 = joinSkeleton(skel1, last1, next.p.s, next.skel);
        if (next.p.s) last1 = next.p.s.slice(-1);
        add(skel1 || 'V', ti.tok.start + h1.offset, end);
      }
    }
  }
  if (cacheable) {
    if (tokenKeyCache.size >= 2000) tokenKeyCache.clear();
    tokenKeyCache.set(text, out);
  }
  return out;
}

/** Pieces of at most ~10,000 characters, cut after a line break or a full stop. */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + 10_000);
    if (to < text.length) {
      const cut = Math.max(text.lastIndexOf('\n', to), text.lastIndexOf('. ', to), text.lastIndexOf('。', to));
      if (cut > from + 1000) to = cut + 1;
      else if (/[\uD800-\uDBFF]/.test(text[to - 1])) to--;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}
