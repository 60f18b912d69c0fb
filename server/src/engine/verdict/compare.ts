import type { Quantity, TimeUnit } from '../types';

/**
 * How a claimed quantity relates to a source's:
 *  - match: the source establishes the claim (same value within rounding, or inside the claim's hedge);
 *  - conflict: the two cannot both be true (intervals disjoint, or the same figure in another unit);
 *  - overlap: compatible, but the source does not establish the claim;
 *  - incomparable: they measure different things.
 */
export type Relation = 'match' | 'conflict' | 'overlap' | 'incomparable';

export interface Comparison {
  relation: Relation;
  /** For a conflict: the figure is the same but the unit (currency, scale) differs. */
  unitSlip?: boolean;
}

const DAYS: Record<TimeUnit, number> = {
  second: 1 / 86400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.44,
  quarter: 91.31,
  year: 365.25,
  decade: 3652.5,
  century: 36525,
};

/** Brings a quantity to a common base so that 3 years and 36 months compare; others pass unchanged. */
function base(q: Quantity): { v: number; p: number } {
  if ((q.dimension === 'duration' || q.dimension === 'frequency') && q.timeUnit) {
    const k = q.dimension === 'duration' ? DAYS[q.timeUnit] : 1 / DAYS[q.timeUnit];
    return { v: q.value * k, p: (q.precision || 1) * k };
  }
  return { v: q.value, p: q.precision || 1 };
}

interface Interval {
  lo: number;
  hi: number;
}

/**
 * The interval a statement cannot be outside of. An exact or "about" figure allows the writer's
 * rounding (half the place value of the last digit written); "about" allows a tenth either way.
 * A hedge bound ("more than 30", "at least twice") is taken as written.
 */
function hardInterval(q: Quantity): Interval {
  const { v, p } = base(q);
  const r = rounding(q, v, p);
  const tiny = Math.abs(v) * 1e-9;
  switch (q.hedge) {
    case 'exact':
      return { lo: v - r, hi: v + r };
    case 'about':
      return { lo: v - Math.max(r, Math.abs(v) * 0.1), hi: v + Math.max(r, Math.abs(v) * 0.1) };
    case 'over':
    case 'atLeast':
      return { lo: v - tiny, hi: Infinity };
    case 'under':
    case 'atMost':
    case 'upTo':
      return { lo: -Infinity, hi: v + tiny };
  }
}

/** Half the place value of the last written digit; ordinals, years and dates are exact. */
function rounding(q: Quantity, v: number, p: number): number {
  if (q.dimension === 'ordinal' || q.dimension === 'year' || q.dimension === 'date' || q.dimension === 'weekday' || q.dimension === 'month') return Math.abs(v) * 1e-9;
  return p / 2 + Math.abs(v) * 1e-9;
}

const UPWARD = new Set(['over', 'atLeast']);
const DOWNWARD = new Set(['under', 'atMost', 'upTo']);

function sameDirection(a: Quantity['hedge'], b: Quantity['hedge']): boolean {
  return (UPWARD.has(a) && UPWARD.has(b)) || (DOWNWARD.has(a) && DOWNWARD.has(b));
}

/** What a one-sided bound usually means: "more than 20 million" is 20 to 24 million, not 80. */
function usualReading(q: Quantity): Interval {
  const { v, p } = base(q);
  const span = Math.max(p, Math.abs(v) * 0.2);
  if (UPWARD.has(q.hedge)) return { lo: v, hi: v + span };
  if (DOWNWARD.has(q.hedge)) return { lo: v - span, hi: v };
  return hardInterval(q);
}

/** "once" (0.5–1.5 after rounding) and "at least twice" (2 and up) cannot both hold. */
const disjoint = (a: Interval, b: Interval): boolean => a.hi < b.lo || b.hi < a.lo;
const within = (inner: Interval, outer: Interval): boolean => inner.lo >= outer.lo && inner.hi <= outer.hi;

/** Whether two quantities measure the same kind of thing, so that their values may be compared. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension) {
    const pair = new Set([a.dimension, b.dimension]);
    // A year is also stated inside a date; "the third time" is an ordinal the source may write as a count.
    if (pair.has('year') && (pair.has('date') || pair.has('period'))) return true;
    return false;
  }
  if (a.dimension === 'duration' || a.dimension === 'frequency') {
    if (Boolean(a.ago) !== Boolean(b.ago)) return false;
    return Boolean(a.timeUnit && b.timeUnit);
  }
  if (a.dimension === 'measure') return a.measureUnit === b.measureUnit;
  if (a.dimension === 'period') return a.period?.unit === b.period?.unit;
  return true;
}

/** Dimensions another language may give a bare figure: "aged 39" is "39 лет", "the 44th minute" is "الدقيقة 44". */
export const BARE_EQUIVALENTS = new Set(['duration', 'ordinal', 'measure']);

export function compare(claim: Quantity, source: Quantity): Comparison {
  if (!comparable(claim, source)) {
    // A bare count may confirm the same figure stated with a unit, never contradict a different one.
    const bare = (claim.dimension === 'count' && BARE_EQUIVALENTS.has(source.dimension)) || (source.dimension === 'count' && BARE_EQUIVALENTS.has(claim.dimension));
    if (bare && claim.hedge === 'exact' && source.hedge === 'exact' && claim.value === source.value) return { relation: 'match' };
    // "32 years ago" and "منذ 32 عامًا" (since 32 years): the same figure may be read with or without "ago".
    const agoOnly = claim.dimension === 'duration' && source.dimension === 'duration' && claim.timeUnit === source.timeUnit && Boolean(claim.ago) !== Boolean(source.ago);
    if (agoOnly && claim.value === source.value) return { relation: 'match' };
    // "Ayr 38" against a result "38-17": a bare figure may be one side of a score; one figure never states a whole score.
    if (claim.dimension === 'count' && claim.hedge === 'exact' && source.score && (source.score.first === claim.value || source.score.second === claim.value)) return { relation: 'match' };
    return { relation: 'incomparable' };
  }
  if (claim.dimension === 'score') {
    // Which side a writer puts first depends on the team named first: the sides compare as a pair.
    const a = claim.score;
    const b = source.score;
    if (!a || !b) return { relation: 'overlap' };
    const same = (a.first === b.first && a.second === b.second) || (a.first === b.second && a.second === b.first);
    return { relation: same ? 'match' : 'conflict' };
  }
  if (claim.dimension === 'year' || source.dimension === 'year' || claim.dimension === 'date') {
    const yearOf = (q: Quantity): number | undefined => (q.dimension === 'year' ? q.value : (q.year ?? q.period?.year));
    const cy = yearOf(claim);
    const sy = yearOf(source);
    if (claim.dimension === 'date' && source.dimension === 'date') {
      if (claim.month !== source.month || claim.value !== source.value) return { relation: 'conflict' };
      if (cy !== undefined && sy !== undefined && cy !== sy) return { relation: 'conflict' };
      return { relation: 'match' };
    }
    if (cy === undefined || sy === undefined) return { relation: 'overlap' };
    // A full date and a bare year may confirm each other; they are too unlike to contradict.
    if (claim.dimension !== source.dimension) return { relation: cy === sy ? 'match' : 'overlap' };
    return { relation: cy === sy ? 'match' : 'conflict' };
  }
  if (claim.dimension === 'month') {
    // "September 2016" against "сентябре 2017": the month and, where both give it, the year.
    if (claim.value !== source.value) return { relation: 'conflict' };
    if (claim.year !== undefined && source.year !== undefined && claim.year !== source.year) return { relation: 'conflict' };
    return { relation: 'match' };
  }
  if (claim.dimension === 'period') {
    const a = claim.period;
    const b = source.period;
    if (!a || !b) return { relation: 'overlap' };
    if (a.from === b.from && a.to === b.to) return { relation: a.year && b.year && a.year !== b.year ? 'conflict' : 'match' };
    return { relation: 'conflict' };
  }
  if (claim.dimension === 'money' && claim.currency && source.currency && claim.currency !== source.currency) {
    // The same figure under another currency is a mislabel; another figure in another currency is another quantity.
    return sameFigure(claim, source) ? { relation: 'conflict', unitSlip: true } : { relation: 'incomparable' };
  }
  // "22 thousand" for "22 million": the same digits under another scale word is a slip, whatever the hedges.
  if (sameMantissa(claim, source) && Math.max(claim.scale, source.scale) / Math.max(1, Math.min(claim.scale, source.scale)) >= 1000) {
    return { relation: 'conflict', unitSlip: true };
  }
  const hc = hardInterval(claim);
  const hs = hardInterval(source);
  if (disjoint(hc, hs)) return { relation: 'conflict', unitSlip: sameMantissa(claim, source) };
  // Two bounds hedged the same way name the same figure: "more than 40 million" is not "more than 20 million".
  if (sameDirection(claim.hedge, source.hedge) && disjoint(usualReading(claim), usualReading(source))) return { relation: 'conflict' };
  // "More than 5 %" is not what a writer says of 70 %: a one-sided hedge confirms only figures near its bound.
  const sv = base(source).v;
  const cv = base(claim).v;
  if ((claim.hedge === 'over' || claim.hedge === 'atLeast') && sv > cv * 1.5 + base(claim).p) return { relation: 'overlap' };
  if ((claim.hedge === 'under' || claim.hedge === 'atMost' || claim.hedge === 'upTo') && sv < cv * 0.5 - base(claim).p) return { relation: 'overlap' };
  // The source establishes the claim when all it allows lies inside what the claim allows, or when the
  // claim states a figure and the source's figure rounds to it (a writer may drop "more than").
  if (within(hs, hc)) return { relation: 'match' };
  if (sv >= hc.lo && sv <= hc.hi) return { relation: 'match' };
  return { relation: 'overlap' };
}

/** The same figure as written: "32.8 billion" and "32.8 billion", not 70 and 70.2. */
function sameFigure(a: Quantity, b: Quantity): boolean {
  return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
}

/** "22 thousand" against "22 million": the digits agree and only the scale differs. */
function sameMantissa(a: Quantity, b: Quantity): boolean {
  if (a.scale === b.scale) return false;
  const ma = a.value / (a.scale || 1);
  const mb = b.value / (b.scale || 1);
  return Math.abs(ma - mb) < 1e-9 * Math.max(1, Math.abs(ma));
}
