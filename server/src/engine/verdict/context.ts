// How much a report sentence and a source sentence speak of the same thing, and what sets them apart.
import type { EntityClaim, Lang, NumberClaim, Span } from '../types';
import type { AnalyzedSentence, SourceSentence } from '../index/analyze';
import { clauseAt, entityAnchor, numberAnchors } from '../index/analyze';
import { isKnownKey } from '../entities/candidate';
import type { SourceIndex } from '../index/sourceIndex';
import type { ConceptHit } from '../text/concepts';
import { CONCEPTS, type ConceptKind } from '../data/concepts';
import { findMention } from './mentions';

const KIND_OF = new Map<string, ConceptKind>(CONCEPTS.map((c) => [c.id, c.kind]));

/** How much one shared anchor of each sort says about two sentences being about the same thing. */
export function anchorWeight(anchor: string): number {
  switch (anchor[0]) {
    case 'e':
      return 2;
    case 'k':
      return 1.2;
    case 'n':
    case 's':
      return 2;
    case 'v':
      return 0.5;
    case 'y':
      return 1.2;
    case 'd':
    case 'p':
      return 1.5;
    case 'w':
      return 0.6;
    case 'c': {
      const kind = KIND_OF.get(anchor.slice(2));
      return kind === 'measure' || kind === 'role' ? 1.5 : kind === 'event' ? 1.2 : kind === 'change' ? 0.6 : 0.8;
    }
    default:
      return 1;
  }
}

export interface Alignment {
  /** IDF-weighted sum of the anchors both share, the claim's own anchors left out. */
  score: number;
  /** How many distinct anchors they share, the claim's own left out. */
  shared: number;
  /** Kinds of shared anchors (entity or name, number, concept, word), one bit each: see kindCount. */
  kinds: number;
}

/** How many kinds of anchors an alignment shares. */
export function kindCount(a: Alignment): number {
  let n = 0;
  for (let bits = a.kinds; bits; bits &= bits - 1) n++;
  return n;
}

/** An anchor's kind bit: names (e, k), figures (n, s, v, y, d, p), concepts (c), words (w). */
function kindBit(anchor: string): number {
  switch (anchor[0]) {
    case 'e':
    case 'k':
      return 1;
    case 'n':
    case 's':
    case 'v':
    case 'y':
    case 'd':
    case 'p':
      return 2;
    case 'c':
      return 4;
    case 'w':
      return 8;
    default:
      return 16;
  }
}

export function align(report: AnalyzedSentence, source: SourceSentence, index: SourceIndex, exclude: ReadonlySet<string>): Alignment {
  let score = 0;
  let shared = 0;
  let kinds = 0;
  for (const { anchor, weight, kind } of sharedAnchors(report, source, index)) {
    if (exclude.has(anchor)) continue;
    score += weight;
    shared++;
    kinds |= kind;
  }
  return { score, shared, kinds };
}

interface SharedAnchor {
  anchor: string;
  weight: number;
  kind: number;
}

const sharedCache = new WeakMap<AnalyzedSentence, { index: SourceIndex; weighted: SharedAnchor[]; bySource: WeakMap<SourceSentence, SharedAnchor[]> }>();

/**
 * The anchors a report sentence shares with a source sentence, in the report's order, with their weights:
 * computed once per pair, since every claim of the sentence aligns the same candidates (leaving out only
 * its own anchors).
 */
function sharedAnchors(report: AnalyzedSentence, source: SourceSentence, index: SourceIndex): SharedAnchor[] {
  let cache = sharedCache.get(report);
  if (!cache || cache.index !== index) {
    // An anchor's weight depends on the anchor alone: weighed once per report sentence, shared by every pair.
    const weighted = report.anchors.map((a) => ({ anchor: a, weight: anchorWeight(a) * Math.max(0.2, index.idf(a)), kind: kindBit(a) }));
    sharedCache.set(report, (cache = { index, weighted, bySource: new WeakMap() }));
  }
  let shared = cache.bySource.get(source);
  if (!shared) {
    const theirs = source.anchorSet;
    const weighted = cache.weighted;
    shared = [];
    for (let i = 0; i < weighted.length; i++) if (theirs.has(weighted[i].anchor)) shared.push(weighted[i]);
    cache.bySource.set(source, shared);
  }
  return shared;
}

/** The anchors a claim brings itself: left out when measuring the context around it. */
export function ownAnchors(claim: NumberClaim | EntityClaim): Set<string> {
  if (claim.kind === 'number') return new Set(numberAnchors(claim));
  return new Set([entityAnchor(claim.entity.key)]);
}

function conceptsIn(hits: readonly ConceptHit[], span: Span, kind: ConceptKind): Set<string> {
  const out = new Set<string>();
  for (const h of hits) if (h.kind === kind && h.start >= span.start && h.end <= span.end) out.add(h.id);
  return out;
}

/** How far (in characters) a measure word may stand from its figure. */
const MEASURE_REACH = 60;

/** The part of a figure's clause close enough to qualify it. */
function near(s: AnalyzedSentence, at: Span): Span {
  const clause = clauseAt(s, at.start);
  return { start: Math.max(clause.start, at.start - MEASURE_REACH), end: Math.min(clause.end, at.end + MEASURE_REACH) };
}

/** Specific measures named next to both figures: "the 44th minute" and "الدقيقة 29" share "minute". */
export function sharedNearMeasure(report: AnalyzedSentence, at: Span, source: AnalyzedSentence, sourceAt: Span): boolean {
  const a = [...conceptsIn(report.concepts, near(report, at), 'measure')].filter((m) => !GENERIC_MEASURES.has(m));
  const b = conceptsIn(source.concepts, near(source, sourceAt), 'measure');
  return a.some((m) => b.has(m));
}

/**
 * How far a source figure stands from the nearest measure word the claim's figure also has beside it
 * (Infinity when none): of "the sixth visit … the third time", "the second time" is the third.
 */
export function measureDistance(report: AnalyzedSentence, at: Span, source: AnalyzedSentence, sourceAt: Span): number {
  const wanted = conceptsIn(report.concepts, near(report, at), 'measure');
  let best = Infinity;
  for (const h of source.concepts) {
    if (h.kind !== 'measure' || !wanted.has(h.id)) continue;
    const d = h.end <= sourceAt.start ? sourceAt.start - h.end : h.start >= sourceAt.end ? h.start - sourceAt.end : 0;
    best = Math.min(best, d);
  }
  return best;
}

/** Measures that say what kind of figure it is but not of what: two clauses sharing only these may differ. */
const GENERIC_MEASURES = new Set(['share', 'companies', 'countries', 'record', 'target', 'market', 'products', 'partner']);

/**
 * Two clauses measure different things when each names a specific measure the other lacks and they
 * share none ("AliExpress's sales rose 33.7 %" against "trade rose 33.7 %"), or when one states a level
 * (a share) and the other a change ("accounts for 22 %" against "grew 22 %").
 */
export function measureConflict(report: AnalyzedSentence, at: Span, source: AnalyzedSentence, sourceAt: Span): boolean {
  const rc = near(report, at);
  const sc = near(source, sourceAt);
  const a = conceptsIn(report.concepts, rc, 'measure');
  const b = conceptsIn(source.concepts, sc, 'measure');
  const levelA = a.has('share') && conceptsIn(report.concepts, rc, 'change').size === 0;
  const levelB = b.has('share') && conceptsIn(source.concepts, sc, 'change').size === 0;
  if ((levelA && !levelB && conceptsIn(source.concepts, sc, 'change').size > 0) || (levelB && !levelA && conceptsIn(report.concepts, rc, 'change').size > 0)) return true;
  const coreA = [...a].filter((m) => !GENERIC_MEASURES.has(m));
  const coreB = [...b].filter((m) => !GENERIC_MEASURES.has(m));
  if (coreA.length === 0 || coreB.length === 0) return false;
  return !coreA.some((m) => coreB.includes(m));
}

/**
 * Two sentences are about different subjects when they share no named entity and each names one
 * the other does not mention: "Internet penetration in Kazakhstan" against "… of the Russian population".
 * Only entities the gazetteer knows count: a name it does not know may just be spelled beyond recognition.
 */
export function subjectConflict(report: AnalyzedSentence, reportLang: Lang, source: SourceSentence): boolean {
  if (!report.entities.some(isKnown) || !source.entities.some(isKnown)) return false;
  for (const e of report.entities) if (findMention(e, reportLang, source)) return false;
  return true;
}

const isKnown = (e: EntityClaim): boolean => isKnownKey(e.entity.key);

/**
 * For a contradiction, the stricter test: when both sentences name entities, known or not, they must
 * share one ("Chelsea … Hazard" against "City … Aguero" share none).
 */
export function actorsDiffer(report: AnalyzedSentence, reportLang: Lang, source: SourceSentence): boolean {
  if (report.entities.length === 0 || source.entities.length === 0) return false;
  return !report.entities.some((e) => findMention(e, reportLang, source));
}

/** Years stated in the clause around an offset, with "this year" resolved. */
export function yearsNear(s: AnalyzedSentence, at: Span, excluding?: NumberClaim): Set<number> {
  const clause = clauseAt(s, at.start);
  const out = new Set<number>();
  for (const n of s.numbers) {
    if (n === excluding || n.start < clause.start || n.end > clause.end) continue;
    const q = n.quantity;
    if (q.dimension === 'year') out.add(q.value);
    else if ((q.dimension === 'date' || q.dimension === 'period') && (q.year ?? q.period?.year)) out.add((q.year ?? q.period?.year) as number);
  }
  if (out.size === 0 && s.currentYear) out.add(s.currentYear);
  return out;
}

/** Month periods ("first five months", "the first quarter") stated in the clause around an offset. */
export function periodsNear(s: AnalyzedSentence, at: Span, excluding?: NumberClaim): string[] {
  const clause = clauseAt(s, at.start);
  const out: string[] = [];
  for (const n of s.numbers) {
    if (n === excluding || n.start < clause.start || n.end > clause.end) continue;
    const p = n.quantity.period;
    if (n.quantity.dimension === 'period' && p) {
      const months = p.unit === 'quarter' ? [(p.from - 1) * 3 + 1, p.to * 3] : p.unit === 'half' ? [(p.from - 1) * 6 + 1, p.to * 6] : [p.from, p.to];
      if (p.unit !== 'year') out.push(`${months[0]}-${months[1]}`);
    } else if (n.quantity.dimension === 'month') out.push(`${n.quantity.value}-${n.quantity.value}`);
  }
  return out;
}

/** Roles that name one office among several of the same family: both sides must name them alike. */
const SPECIFIC_ROLES = new Set(['primeMinister', 'vicePresident', 'assistant', 'ambassador', 'chairman', 'ceo', 'founder', 'spokesman', 'coach']);

/** Whether two role sets can name the same office: they share a role and agree on every specific one. */
export function sameOffice(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (![...a].some((r) => b.has(r))) return false;
  for (const r of a) if (SPECIFIC_ROLES.has(r) && !b.has(r)) return false;
  for (const r of b) if (SPECIFIC_ROLES.has(r) && !a.has(r)) return false;
  return true;
}

/** The roles and events a sentence names, each with the span of its word. */
export function slotConcepts(s: AnalyzedSentence): ConceptHit[] {
  return s.concepts.filter((c) => c.kind === 'role' || c.kind === 'event');
}

/** Roles ("ambassador", "minister") that stand next to an entity mention: within a few words, same clause. */
export function rolesOf(s: AnalyzedSentence, mention: Span): Set<string> {
  const out = new Set<string>();
  const clause = clauseAt(s, mention.start);
  const others = s.entities.filter((e) => e.entity.type === 'person' && (e.end <= mention.start || e.start >= mention.end));
  for (const c of s.concepts) {
    if (c.kind !== 'role') continue;
    if (c.start < clause.start || c.end > clause.end) continue;
    const gap = c.end <= mention.start ? mention.start - c.end : c.start - mention.end;
    if (gap < 0 || gap > 60) continue;
    // A role belongs to the nearest person: skip it when another person stands between.
    const between = others.some((o) => (c.end <= mention.start ? o.start >= c.end && o.end <= mention.start : o.start >= mention.end && o.end <= c.start));
    if (!between) out.add(c.id);
  }
  return out;
}
