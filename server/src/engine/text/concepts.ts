import { CONCEPTS, type Concept, type ConceptKind } from '../data/concepts';
import type { Lang } from '../types';

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

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;

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

/** Finds the concepts a sentence names, in any of the four languages (a sentence may mix scripts). */
export function findConcepts(text: string, _lang?: Lang): ConceptHit[] {
  const out: ConceptHit[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/[’']s$/i, '');
    const word = raw.toLowerCase();
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
    } else if (first >= 0x3400 && first <= 0x9fff) {
      continue;
    }
    for (const c of candidates) out.push({ id: c.id, kind: c.kind, start: m.index, end: m.index + m[0].length });
  }
  // Chinese: longest forms first, without overlapping hits of the same concept.
  if (/[\u3400-\u9fff]/.test(text)) {
    const taken: boolean[] = [];
    for (const { form, concept } of zhForms) {
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
  }
  return out.sort((a, b) => a.start - b.start);
}
