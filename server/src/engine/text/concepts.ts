import { CONCEPTS, type Concept, type ConceptKind } from '../data/concepts';
import type { Lang } from '../types';
import { remembered } from './memo';

export interface ConceptHit {
  id: string;
  kind: ConceptKind;
  start: number;
  end: number;
}

interface Matcher {
  exact: Map<string, Concept[]>;
  /** Prefix forms grouped by their first two characters. */
  prefixes: Map<string, { stem: string; concept: Concept }[]>;
}

/** A word as concepts are looked up (index/words.ts scans the same words by hand). */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;
const HAN = /[\u3400-\u9fff]/;

function buildMatcher(forms: (c: Concept) => readonly string[]): Matcher {
  const exact = new Map<string, Concept[]>();
  const prefixes = new Map<string, { stem: string; concept: Concept }[]>();
  for (const concept of CONCEPTS) {
    for (const form of forms(concept)) {
      if (form.endsWith('*')) {
        const stem = form.slice(0, -1);
        const key = stem.slice(0, 2);
        const list = prefixes.get(key) ?? [];
        list.push({ stem, concept });
        prefixes.set(key, list);
      } else {
        const list = exact.get(form) ?? [];
        list.push(concept);
        exact.set(form, list);
      }
    }
  }
  return { exact, prefixes };
}

const matchers = {
  en: buildMatcher((c) => c.en),
  ru: buildMatcher((c) => c.ru),
  ar: buildMatcher((c) => c.ar),
};

const zhForms: { form: string; concept: Concept }[] = CONCEPTS.flatMap((concept) => concept.zh.map((form) => ({ form, concept }))).sort(
  (a, b) => b.form.length - a.form.length,
);

/** Positions in zhForms of the forms that start with a code unit: a form whose first character is absent cannot occur. */
const zhByFirst = new Map<number, number[]>();
zhForms.forEach(({ form }, i) => {
  const list = zhByFirst.get(form.charCodeAt(0)) ?? [];
  list.push(i);
  zhByFirst.set(form.charCodeAt(0), list);
});

/** The concepts of a word (lower case, possessive stripped), by script; the same word always gives the same list. */
const WORD_CONCEPTS_KEPT = 100_000;

function conceptsOfWord(word: string): readonly Concept[] {
  return wordConcepts(word);
}

const wordConcepts = remembered((word): readonly Concept[] => {
  const first = word.charCodeAt(0);
  const candidates: Concept[] = [];
  const add = (cs: Concept[]): void => {
    for (const c of cs) if (!candidates.includes(c)) candidates.push(c);
  };
  if (first >= 0x600 && first <= 0x6ff) {
    for (const v of arabicVariants(word)) add(lookup(matchers.ar, v));
  } else if (first >= 0x400 && first <= 0x4ff) {
    add(lookup(matchers.ru, word));
    if (word.includes('-')) for (const part of word.split('-')) if (part) add(lookup(matchers.ru, part));
  } else if (first < 0x250) {
    add(lookup(matchers.en, word));
    if (word.includes('-')) for (const part of word.split('-')) if (part) add(lookup(matchers.en, part));
  }
  return candidates;
}, WORD_CONCEPTS_KEPT);

/** A word without a trailing possessive ('s, ’s, 'S): what /[’']s$/i removes. */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2) return w;
  const last = w.charCodeAt(n - 1);
  const before = w.charCodeAt(n - 2);
  return (last === 0x73 || last === 0x53) && (before === 0x27 || before === 0x2019) ? w.slice(0, n - 2) : w;
}

function lookup(m: Matcher, word: string): Concept[] {
  const hit = m.exact.get(word);
  if (hit) return hit;
  // The longest matching stem wins: "товарооборот*" (trade) over "товар*" (products).
  let out: Concept[] = [];
  let best = 0;
  for (const { stem, concept } of m.prefixes.get(word.slice(0, 2)) ?? []) {
    if (!word.startsWith(stem) || stem.length < best) continue;
    if (stem.length > best) (out = []), (best = stem.length);
    if (!out.includes(concept)) out.push(concept);
  }
  return out;
}

/** Arabic words carry clitics: و ف (and), ب ل ك (prepositions), ال (the). Try the word with each stripped. */
function arabicVariants(word: string): string[] {
  const out = [word];
  let w = word;
  if (/^[وف]/.test(w) && w.length > 3) out.push((w = w.slice(1)));
  if (/^[بلك]/.test(w) && w.length > 3) out.push((w = w.slice(1)));
  if (w.startsWith('ال') && w.length > 3) out.push(w.slice(2));
  else if (w.startsWith('ل') && w.length > 3) out.push(w.slice(1));
  return out;
}

/** The concepts of a word as the text writes it (case and possessive as written), kept up to a bound. */
export const conceptsOfRaw = remembered((raw) => conceptsOfWord(withoutPossessive(raw).toLowerCase()), WORD_CONCEPTS_KEPT);

/** Whether a word (as WORD reads words) is Han: such words are matched as Chinese text, not looked up. */
export function isHanWord(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x3400 && first <= 0x9fff;
}

/** Finds the concepts a sentence names, in any of the four languages (a sentence may mix scripts). */
export function findConcepts(text: string, _lang?: Lang): ConceptHit[] {
  const out: ConceptHit[] = [];
  let han = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (isHanWord(m[0])) {
      han = true;
      continue;
    }
    const concepts = conceptsOfRaw(m[0]);
    if (concepts.length === 0) continue;
    const end = m.index + m[0].length;
    for (const c of concepts) out.push({ id: c.id, kind: c.kind, start: m.index, end });
  }
  return withHanConcepts(text, out, han);
}

/**
 * The word hits of a sentence (in order of start) with its Chinese hits sorted in; `sawHan`: a Han word was
 * met (the text is searched for Han either way).
 */
export function withHanConcepts(text: string, out: ConceptHit[], sawHan: boolean): ConceptHit[] {
  if (!sawHan && !HAN.test(text)) return out;
  // Chinese: longest forms first, without overlapping hits of the same concept.
  const candidates = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const ks = zhByFirst.get(text.charCodeAt(i));
    if (ks) for (const k of ks) candidates.add(k);
  }
  const taken: boolean[] = [];
  for (const k of [...candidates].sort((a, b) => a - b)) {
    const { form, concept } = zhForms[k];
    let from = 0;
    for (;;) {
      const at = text.indexOf(form, from);
      if (at < 0) break;
      from = at + form.length;
      if (taken[at]) continue;
      for (let i = at; i < at + form.length; i++) taken[i] = true;
      out.push({ id: concept.id, kind: concept.kind, start: at, end: at + form.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
