import type { Article, EntityClaim, Lang, NumberClaim, Sentence, Span } from '../types';
import { extractNumbers } from '../numbers/extract';
import { extractEntities } from '../entities/extract';
import type { ConceptHit } from '../text/concepts';
import { readWords } from './words';
import { coarseNameKeys } from '../verdict/mentions';
import { isKnownKey } from '../entities/candidate';
import { remembered } from '../text/memo';

/** A sentence (of a source or of the report) with what the engine understood of it. */
export interface AnalyzedSentence {
  lang: Lang;
  text: string;
  numbers: NumberClaim[];
  entities: EntityClaim[];
  concepts: ConceptHit[];
  /** Clauses: the stretches that bind a year or a period to the figures beside it. */
  clauses: Span[];
  /** The year "this year" / "هذا العام" / "в этом году" / "今年" points to, from the article's date. */
  currentYear?: number;
  /** Retrieval anchors, each once. */
  anchors: string[];
  /** The same anchors as a set, kept by the sentence: read for every candidate of every claim. */
  readonly anchorSet: ReadonlySet<string>;
}

/** A source sentence: an analysed sentence that knows its article and its place in it. */
export interface SourceSentence extends AnalyzedSentence {
  id: number;
  article: Article;
  sentence: Sentence;
}

const THIS_YEAR = /\bthis year\b|\bthe current year\b|в этом году|этого года|текущего года|هذا العام|العام الجاري|هذه السنة|السنة الحالية|今年|本年/i;
const CLAUSE_BREAK = /[;؛；。]|,\s+(?:while|whereas|but|а|но|тогда как)\s|،\s*(?:بينما|في حين)\s|\s(?:while|whereas)\s/gu;

export function analyzeText(text: string, lang: Lang, date?: string): AnalyzedSentence {
  const numbers = extractNumbers(text, lang, { date });
  const entities = extractEntities(text, lang);
  const words: string[] = [];
  const concepts = readWords(text, [...numbers, ...entities], words);
  const clauses = splitClauses(text);
  const currentYear = currentYearOf(text, date);
  const anchors = new Set<string>();
  for (const n of numbers) for (const a of numberAnchors(n)) anchors.add(a);
  if (currentYear) anchors.add(`y:${currentYear}`);
  for (const e of entities) anchors.add(entityAnchor(e.entity.key));
  // Coarse name keys for name-like words, except inside a known entity, which anchors by its own key.
  const known = entities.filter((e) => isKnownKey(e.entity.key));
  for (const k of coarseNameKeys(text, lang, known, entities)) anchors.add(`k:${k}`);
  for (const c of concepts) anchors.add(`c:${c.id}`);
  for (const w of words) anchors.add(w);
  return { lang, text, numbers, entities, concepts, clauses, currentYear, anchors: [...anchors], anchorSet: anchors };
}

/** The anchor of an entity key: one string per key, so that its hash is computed once, not at every lookup. */
export const entityAnchor = remembered((key) => `e:${key}`);

/** The year "this year" means in a text written on `date`, when the text says "this year". */
export function currentYearOf(text: string, date: string | undefined): number | undefined {
  const year = date ? Number(date.slice(0, 4)) : undefined;
  return year !== undefined && THIS_YEAR.test(text) ? year : undefined;
}

/** The anchors a number contributes: its value by dimension, and its year. */
export function numberAnchors(n: NumberClaim): string[] {
  const q = n.quantity;
  const out: string[] = [];
  if (q.dimension === 'year') out.push(`y:${q.value}`);
  else if (q.dimension === 'date') {
    if (q.year) out.push(`y:${q.year}`);
    if (q.month) out.push(`d:${q.month}-${q.value}`);
  } else if (q.dimension === 'period' && q.period) {
    out.push(`p:${q.period.unit}:${q.period.from}-${q.period.to}`);
    if (q.period.year) out.push(`y:${q.period.year}`);
  } else if (q.dimension === 'score' && q.score) {
    const { first, second } = q.score;
    out.push(`s:${Math.max(first, second)}-${Math.min(first, second)}`, `v:${first}`);
    if (second !== first) out.push(`v:${second}`);
  } else {
    out.push(`n:${q.dimension}:${valueKey(q.value)}`);
    // The value alone, weakly: one language may read an age as a count, another as years.
    out.push(`v:${valueKey(q.value)}`);
  }
  if (q.year && q.dimension !== 'date' && q.dimension !== 'period') out.push(`y:${q.year}`);
  return out;
}

/** A value rounded to four significant digits, so that 33.7 and 33.70 meet. */
export function valueKey(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number(v.toPrecision(4)).toString();
}

export function splitClauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The clause of a sentence that holds an offset. */
export function clauseAt(s: AnalyzedSentence, offset: number): Span {
  return s.clauses.find((c) => offset >= c.start && offset < c.end) ?? s.clauses[s.clauses.length - 1];
}
