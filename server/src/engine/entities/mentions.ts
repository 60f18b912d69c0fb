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
import { entityKeyOf, splitNameTokens } from './names';
import { coarseSkeleton, phoneSimilarity, phonesOf, type Phones } from './phonetic';
import { foldRussian, russianStems } from './russian';
import { isSpaceGap, tokenize, type Token } from './tokens';

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
}

interface SentTok {
  tok: Token;
  variants: Variant[];
  /** Whether the token can be part of a name at all. */
  nameLike: boolean;
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
        out.push({ tok, variants: [{ p: phonesOf(ch), offset: 0, cost: 0 }], nameLike: !ZH_NAME_BOUNDARY.has(ch) });
        off += ch.length;
        first = false;
      }
      continue;
    }
    out.push({ tok: t, ...wordInfo(t) });
  }
  if (analysisCache.size > 2000) analysisCache.clear();
  analysisCache.set(sentence, out);
  return out;
}

const wordCache = new Map<string, { variants: Variant[]; nameLike: boolean }>();

/** Readings and name-likeness of a word; cached, since they depend on the word alone. */
function wordInfo(t: Token): { variants: Variant[]; nameLike: boolean } {
  let info = wordCache.get(t.text);
  if (!info) {
    info = { variants: variantsOf(t), nameLike: isNameLike(t) };
    if (wordCache.size >= 50_000) wordCache.clear();
    wordCache.set(t.text, info);
  }
  return info;
}

function variantsOf(t: Token): Variant[] {
  const base: Variant = { p: phonesOf(t.text), offset: 0, cost: 0 };
  if (t.script === 'arabic') {
    const out = [base];
    for (const r of arabicReadings(normalizeArabic(t.text), 2).slice(1)) {
      out.push({ p: phonesOf(r.stem), offset: arabicOffset(t.text, r.prefix.length), cost: 0.02 });
    }
    return out;
  }
  if (t.script === 'cyrillic') {
    // case endings: Орешкина → Орешкин; the stem keeps at least three letters
    return russianStems(foldRussian(t.text), 3).map((s, i) => ({ p: phonesOf(s), offset: 0, cost: i === 0 ? 0 : 0.01 }));
  }
  if (t.script === 'latin') return [{ p: phonesOf(t.text.replace(/['’]s$/, '')), offset: 0, cost: 0 }];
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

function queryTokens(name: string): QueryTok[] {
  return splitNameTokens(name).map((word) => {
    const text = /^St\.?$/.test(word) ? 'Saint' : word; // "St Johnstone" = "Сент-Джонстон"
    if (/\p{Script=Cyrillic}/u.test(text)) {
      return { text, p: russianStems(foldRussian(text), 3).map((s) => phonesOf(s)) };
    }
    return { text, p: [phonesOf(text.replace(/['’]s$/, ''))] };
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
  if (!key.startsWith('~')) {
    for (const c of extractEntities(sentence, sentenceLang)) if (c.entity.key === key) found.push({ start: c.start, end: c.end, score: 1 });
  }
  const q = queryTokens(name);
  if (q.length > 0 && q.length <= 8 && q.some((t) => t.p[0].s.length > 0)) {
    const toks = analyze(sentence.length > 20_000 ? sentence.slice(0, 20_000) : sentence);
    const qFirst = q[0].p.map(firstClass);
    for (let s = 0; s < toks.length; s++) {
      if (!toks[s].nameLike) continue;
      // cheap filter: the first consonant class must agree for some reading (or a side has none)
      const classes = toks[s].variants.map((v) => firstClass(v.p));
      if (q.length === 1 && !classes.some((c) => c === '' || qFirst.includes(c) || qFirst.includes(''))) {
        if (toks[s + 1] === undefined || !runsTogether(toks, s + 1)) continue;
      }
      const m = alignFrom(q, toks, s);
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
function alignFrom(q: QueryTok[], toks: SentTok[], s: number): { end: number; offset: number; score: number } | undefined {
  let best: { end: number; offset: number; score: number } | undefined;
  const weights = q.map((t) => Math.max(1, t.p[0].s.length));
  const total = weights.reduce((a, b) => a + b, 0);
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
      const g = groupScore(q, qi, qi + 1, toks, si, si + k);
      if (g.score >= TOKEN_MIN) step(qi + 1, si + k, acc + g.score * weights[qi], qi === 0 ? g.offset : offset);
    }
    // two or three query tokens against one sentence token ("Jin ping" = "Jinping")
    for (let k = 2; k <= 3 && qi + k <= q.length; k++) {
      const g = groupScore(q, qi, qi + k, toks, si, si + 1);
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
export function sentenceNameKeys(sentence: string, lang: Lang): Array<{ key: string; start: number; end: number }> {
  const out: Array<{ key: string; start: number; end: number }> = [];
  const text = sentence;
  const toks = analyze(text);
  let last: { key: string; start: number; end: number }[] = [];
  const add = (key: string, start: number, end: number) => {
    // readings of one token often share a key: skip repeats of the same span
    for (const k of last) if (k.key === key && k.start === start && k.end === end) return;
    const item = { key, start, end };
    out.push(item);
    last.push(item);
  };
  for (let i = 0; i < toks.length; i++) {
    const ti = toks[i];
    if (!ti.nameLike) continue;
    last = [];
    for (const v of ti.variants) add(coarseSkeleton(v.p.s) || 'V', ti.tok.start + v.offset, ti.tok.end);
    // names written in separate syllables (Arabic, Chinese) are also keyed as one word
    if (ti.tok.script !== 'arabic' && ti.tok.script !== 'han') continue;
    const heads = ti.variants.slice(0, 2);
    let tail = '';
    for (let k = i + 1; k < toks.length && k < i + 3; k++) {
      if (!toks[k].nameLike || !runsTogether(toks, k)) break;
      tail += toks[k].variants[0].p.s;
      for (const h of heads) add(coarseSkeleton(h.p.s + tail) || 'V', ti.tok.start + h.offset, toks[k].tok.end);
    }
  }
  for (const [from, to] of chunks(text)) {
    for (const c of extractEntities(text.slice(from, to), lang)) out.push({ key: c.entity.key, start: from + c.start, end: from + c.end });
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
