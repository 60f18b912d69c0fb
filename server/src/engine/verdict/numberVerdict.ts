import type { Lang, NumberClaim } from '../types';
import type { AnalyzedSentence, SourceSentence } from '../index/analyze';
import { clauseAt } from '../index/analyze';
import type { SourceIndex } from '../index/sourceIndex';
import { DATELINE_HEAD, iso } from '../sources/dateline';
import { BARE_EQUIVALENTS, compare, type Comparison } from './compare';
import { actorsDiffer, align, kindCount, measureConflict, measureDistance, sharedNearMeasure, type Alignment, ownAnchors, periodsNear, subjectConflict, yearsNear } from './context';

/** Context a supporting sentence must share beyond the figure itself. */
export const SUPPORT_SCORE = 2.5;
/** Context a contradicting sentence must share: more, because a false alarm costs more than a miss. */
export const CONTRADICT_SCORE = 6;

export interface NumberFinding {
  verdict: 'supported' | 'contradicted';
  sentence: SourceSentence;
  match: NumberClaim;
  alignment: Alignment;
  reason: string;
}

const isTime = (n: NumberClaim): boolean => {
  const d = n.quantity.dimension;
  return d === 'year' || d === 'date' || d === 'period' || d === 'month';
};

/** Decides a number claim against the sources; undefined means unverified. */
export function judgeNumber(claim: NumberClaim, report: AnalyzedSentence, lang: Lang, index: SourceIndex, candidates: readonly SourceSentence[]): NumberFinding | undefined {
  const exclude = ownAnchors(claim);
  // A year or period beside figures is bound to them: read it where the source states those figures.
  const bound = isTime(claim) && boundFigures(claim, report).length > 0;
  if (bound) {
    const found = judgeBoundTime(claim, report, index, candidates, exclude);
    if (found) return found;
  }
  let support: NumberFinding | undefined;
  let conflict: (NumberFinding & { unitSlip: boolean }) | undefined;
  let frame: TimeFrame | undefined;
  for (const { sentence: s, alignment } of withNeighbours(report, candidates, index, exclude)) {
    if (alignment.score < SUPPORT_SCORE) continue;
    // Read once per source sentence, and only for one with a figure to compare.
    let sameSubject: boolean | undefined;
    for (const n of s.numbers) {
      const cmp = compareInPlace(claim, report, n, s);
      if (cmp.relation === 'incomparable' || cmp.relation === 'overlap') continue;
      if (measureConflict(report, claim, s, n)) continue;
      if (!isTime(claim) && !sameTimeFrame((frame ??= timeFrame(report, claim)), s, n, cmp.relation === 'conflict')) continue;
      sameSubject ??= !subjectConflict(report, lang, s);
      if (cmp.relation === 'match') {
        if (!sameSubject) continue;
        if (!support || alignment.score > support.alignment.score) {
          support = { verdict: 'supported', sentence: s, match: n, alignment, reason: `${s.article.path} states it` };
        }
      } else {
        if (!sameSubject || alignment.score < CONTRADICT_SCORE || !enoughKinds(alignment, report) || isDatelineDate(s, n)) continue;
        if (actorsDiffer(report, lang, s)) continue;
        if (consumedByOtherClaim(claim, report, n)) continue;
        if (stated(claim, s)) continue;
        const unitSlip = Boolean(cmp.unitSlip);
        const tie = conflict !== undefined && Math.abs(alignment.score - conflict.alignment.score) < 1e-9;
        const better =
          !conflict ||
          alignment.score > conflict.alignment.score + 1e-9 ||
          (tie && unitSlip && !conflict.unitSlip) ||
          (tie && unitSlip === conflict.unitSlip && conflict.sentence === s && measureDistance(report, claim, s, n) < measureDistance(report, claim, s, conflict.match));
        if (better) conflict = { verdict: 'contradicted', sentence: s, match: n, alignment, reason: `${s.article.path} states ${n.text} for the same quantity`, unitSlip };
      }
    }
  }
  if (support && (!conflict || support.alignment.score >= conflict.alignment.score * 0.6)) return support;
  if (conflict) return conflict;
  return support ?? judgeBySlot(claim, report, lang, index, candidates, exclude);
}

/** Dimensions a bare figure may stand for in another language's wording ("aged 17" and "17 лет"). */
const LOOSE = new Set(['count', 'duration', 'ordinal', 'measure', 'time']);

/**
 * The figures of a sentence and of its translation stand in one-to-one slots. When every other figure
 * of the claim's sentence is found in a source sentence that shares context, and exactly one figure is
 * left over on each side, the claim's figure and the source's are the same slot.
 */
function judgeBySlot(
  claim: NumberClaim,
  report: AnalyzedSentence,
  lang: Lang,
  index: SourceIndex,
  candidates: readonly SourceSentence[],
  exclude: Set<string>,
): NumberFinding | undefined {
  const others = report.numbers.filter((n) => n !== claim && !isTime(n));
  // The other figures must pin the sentence down: a real figure, or at least two of anything.
  const pinned = others.length >= 2 || others.some((n) => n.quantity.dimension !== 'weekday');
  if (!pinned || isTime(claim) || !LOOSE.has(claim.quantity.dimension)) return undefined;
  for (const s of candidates) {
    const alignment = align(report, s, index, exclude);
    if (alignment.score < CONTRADICT_SCORE * 1.5 || !enoughKinds(alignment, report) || actorsDiffer(report, lang, s)) continue;
    const left = s.numbers.filter((n) => !isTime(n));
    let allFound = true;
    for (const o of others) {
      const at = left.findIndex((n) => n.quantity.value === o.quantity.value);
      if (at < 0) {
        allFound = false;
        break;
      }
      left.splice(at, 1);
    }
    if (!allFound || left.length !== 1 || !LOOSE.has(left[0].quantity.dimension)) continue;
    const n = left[0];
    const same = Math.abs(n.quantity.value - claim.quantity.value) <= (claim.quantity.precision || 1) / 2;
    return {
      verdict: same ? 'supported' : 'contradicted',
      sentence: s,
      match: n,
      alignment,
      reason: same ? `${s.article.path} states it in the same place` : `${s.article.path} states ${n.text} in the same place`,
    };
  }
  return undefined;
}

/**
 * Compares two figures. A bare figure and one with a unit ("the 44th minute", "الدقيقة 29") are taken
 * as the same kind of figure only when both stand next to the same specific measure word.
 */
function compareInPlace(claim: NumberClaim, report: AnalyzedSentence, n: NumberClaim, s: SourceSentence): Comparison {
  const cmp = compare(claim.quantity, n.quantity);
  if (cmp.relation !== 'incomparable') return cmp;
  if (appositiveAge(claim, report) && n.quantity.dimension === 'duration' && n.quantity.timeUnit === 'year' && !n.quantity.ago) {
    return compare({ ...claim.quantity, dimension: 'duration', timeUnit: 'year' }, n.quantity);
  }
  const dims = [claim.quantity.dimension, n.quantity.dimension];
  const bare = dims.includes('count') && dims.some((d) => BARE_EQUIVALENTS.has(d));
  if (!bare || !sharedNearMeasure(report, claim, s, n)) return cmp;
  return compare({ ...claim.quantity, dimension: n.quantity.dimension, timeUnit: n.quantity.timeUnit, measureUnit: n.quantity.measureUnit, ago: n.quantity.ago }, n.quantity);
}

/**
 * The candidates with their alignment, and the sentences just before and after a strongly aligned one:
 * a translation may split the writer's one sentence in two, so a neighbour inherits its alignment.
 */
function withNeighbours(
  report: AnalyzedSentence,
  candidates: readonly SourceSentence[],
  index: SourceIndex,
  exclude: Set<string>,
): { sentence: SourceSentence; alignment: Alignment }[] {
  const out = candidates.map((sentence) => ({ sentence, alignment: align(report, sentence, index, exclude) }));
  const seen = new Set(candidates);
  for (const { sentence, alignment } of [...out]) {
    if (alignment.score < CONTRADICT_SCORE * 2) continue;
    for (const next of index.neighbours(sentence)) {
      if (!next || seen.has(next) || !mayBeOneSentence(sentence, next)) continue;
      seen.add(next);
      const own = align(report, next, index, exclude);
      out.push({ sentence: next, alignment: { ...own, score: Math.max(own.score, alignment.score * 0.5), kinds: own.kinds | alignment.kinds } });
    }
  }
  return out;
}

/**
 * Whether two adjacent sentences of an article may be the halves of one sentence a translation split: in one
 * paragraph or in the next (news often has one-sentence paragraphs), but never the headline (the article's
 * first line) with the sentence after it: a headline is a unit of its own, and not always about the lead.
 */
function mayBeOneSentence(a: SourceSentence, b: SourceSentence): boolean {
  if (Math.abs(a.sentence.paragraph - b.sentence.paragraph) > 1) return false;
  const headline = /^\s*[^\n]*\n/.exec(a.article.text);
  if (!headline) return true;
  const end = headline[0].length;
  return (a.sentence.start < end) === (b.sentence.start < end);
}

/**
 * A contradiction needs two kinds of shared context (names, figures, concepts, words), or, for a sentence
 * that names no one, three shared concepts with twice the usual weight ("That goal came in the 44th minute").
 */
function enoughKinds(a: Alignment, report: AnalyzedSentence): boolean {
  if (kindCount(a) >= 2) return true;
  return report.entities.length === 0 && a.shared >= 3 && a.score >= CONTRADICT_SCORE * 2;
}

/** "Narcis Termes, 68, an electrician": a bare figure set off by commas right after a name is an age. */
function appositiveAge(claim: NumberClaim, report: AnalyzedSentence): boolean {
  if (claim.quantity.dimension !== 'count' || claim.quantity.hedge !== 'exact' || !Number.isInteger(claim.quantity.value)) return false;
  const before = report.text.slice(0, claim.start);
  const after = report.text.slice(claim.end);
  if (!/,\s*$/.test(before) || !/^\s*,/.test(after)) return false;
  const name = report.entities.find((e) => e.entity.type !== 'place' && e.end <= claim.start && /^[\s'’s]*,\s*$/.test(report.text.slice(e.end, claim.start)));
  return name !== undefined;
}

/** The source also states the claimed figure somewhere in the sentence: no contradiction from it. */
function stated(claim: NumberClaim, s: SourceSentence): boolean {
  return s.numbers.some((n) => compare(claim.quantity, n.quantity).relation === 'match');
}

/** Another number of the report sentence already accounts for this source figure. */
function consumedByOtherClaim(claim: NumberClaim, report: AnalyzedSentence, n: NumberClaim): boolean {
  return report.numbers.some((other) => other !== claim && compare(other.quantity, n.quantity).relation === 'match');
}

/** The years and month periods stated around a figure: read once per claim, compared with each source figure. */
interface TimeFrame {
  years: Set<number>;
  periods: string[];
}

function timeFrame(s: AnalyzedSentence, n: NumberClaim): TimeFrame {
  return { years: yearsNear(s, n), periods: periodsNear(s, n) };
}

/**
 * Same year and period, or at least none stated against each other. For a contradiction the
 * claim must also name any month period the source gives ("first five months" is not the full year).
 */
function sameTimeFrame({ years: ry, periods: rp }: TimeFrame, s: SourceSentence, n: NumberClaim, forConflict: boolean): boolean {
  if (ry.size > 0) {
    const sy = yearsNear(s, n);
    if (sy.size > 0 && ![...ry].some((y) => sy.has(y))) return false;
  }
  if (rp.length === 0 && !forConflict) return true;
  const sp = periodsNear(s, n);
  if (rp.length > 0 && sp.length > 0 && !rp.some((p) => sp.includes(p))) return false;
  if (forConflict && sp.length > 0 && rp.length === 0) return false;
  return true;
}

/**
 * A year, date or period claim belongs to the figures beside it: "$70.2 billion in 2021" is checked
 * by finding $70.2 billion in a source and reading the year in that clause.
 */
function judgeBoundTime(
  claim: NumberClaim,
  report: AnalyzedSentence,
  index: SourceIndex,
  candidates: readonly SourceSentence[],
  exclude: Set<string>,
): NumberFinding | undefined {
  const figures = boundFigures(claim, report);
  if (figures.length === 0) return undefined;
  let best: NumberFinding | undefined;
  for (const s of candidates) {
    const alignment = align(report, s, index, exclude);
    if (alignment.score < SUPPORT_SCORE) continue;
    for (const f of figures) {
      const anchor = s.numbers.find((n) => !isTime(n) && compare(f.quantity, n.quantity).relation === 'match');
      if (!anchor) continue;
      const sourceClause = clauseAt(s, anchor.start);
      const times = s.numbers.filter((n) => isTime(n) && n.start >= sourceClause.start && n.end <= sourceClause.end);
      const matching = times.find((t) => compare(claim.quantity, t.quantity).relation === 'match') ?? (claim.quantity.dimension === 'year' && times.every((t) => compare(claim.quantity, t.quantity).relation !== 'conflict') && yearsNear(s, anchor).has(claim.quantity.value) ? anchor : undefined);
      const other = times.find((t) => compare(claim.quantity, t.quantity).relation === 'conflict' && !isDatelineDate(s, t));
      let finding: NumberFinding | undefined;
      if (matching) finding = { verdict: 'supported', sentence: s, match: matching, alignment, reason: `${s.article.path} gives the same time for ${f.text}` };
      else if (other && alignment.score >= CONTRADICT_SCORE / 2)
        finding = { verdict: 'contradicted', sentence: s, match: other, alignment, reason: `${s.article.path} gives ${other.text} for ${anchor.text}` };
      if (finding && (!best || rank(finding) > rank(best))) best = finding;
    }
  }
  return best;
}

/**
 * The date of the article's dateline ("BEIJING, Oct. 10, 2017 (Xinhua) --"). It says when the story was
 * filed, often a day or more after the events it tells ("said on Monday"): it may support a claim's
 * date, never contradict it.
 */
function isDatelineDate(s: SourceSentence, n: NumberClaim): boolean {
  const q = n.quantity;
  if (q.dimension !== 'date' || !s.article.date || q.year === undefined || q.month === undefined) return false;
  if (s.sentence.start + n.start >= DATELINE_HEAD) return false;
  return s.article.date === iso(q.year, q.month, q.value);
}

/** The figures (not times) in the clause of a year or period claim. */
function boundFigures(claim: NumberClaim, report: AnalyzedSentence): NumberClaim[] {
  const clause = clauseAt(report, claim.start);
  return report.numbers.filter((n) => n !== claim && !isTime(n) && n.start >= clause.start && n.end <= clause.end);
}

function rank(f: NumberFinding): number {
  return f.alignment.score + (f.verdict === 'supported' ? 0.5 : 0);
}
