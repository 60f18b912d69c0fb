import type { Dimension, Hedge, Lang, NumberClaim, Quantity } from '../types';
import { AGO_BEFORE_WORD, HEDGE_AFTER, HEDGE_BEFORE, RANGE_JOINER } from './lexicon';
import type { Literal } from './literal';
import { hedgeStart, parseNumbers } from './parse';
import { mul, type Draft, type Found, type NumberContext, type Part, type Scan, type Written } from './scan';

export type { NumberContext } from './scan';

/** A claim with the stretches of its text (as offsets into the text) and how its figure was written. */
export interface DetailedClaim {
  claim: NumberClaim;
  parts: Part[];
  written: Written;
  literal?: Literal;
  unitFactor?: number;
}

/** Values past this are not quantities a report states; they are dropped rather than reported as Infinity. */
const MAX_VALUE = 1e21;

/** Dimensions a hedge may qualify only with "about": a year is not "more than 2017". */
const CALENDAR: ReadonlySet<Dimension> = new Set(['year', 'date', 'month', 'weekday', 'period', 'ordinal', 'time']);

/**
 * Finds every number in a text (a report sentence or a source sentence) in English, Russian, Arabic or Chinese.
 * Claims are sorted by start and never overlap; spans lie on code-point boundaries. Never throws.
 */
export function extractNumbers(text: string, lang: Lang, ctx: NumberContext = {}): NumberClaim[] {
  return extractDetailed(text, lang, ctx).map((d) => d.claim);
}

export function extractDetailed(text: string, lang: Lang, ctx: NumberContext = {}): DetailedClaim[] {
  if (!text) return [];
  const { scan, found } = parseNumbers(text, lang, ctx);
  const spoken = found.filter((f) => !f.silent);
  shareRangeUnits(scan, spoken);
  const out: DetailedClaim[] = [];
  let prevEnd = 0;
  for (let n = 0; n < spoken.length; n++) {
    const f = spoken[n];
    const nextStart = spoken[n + 1]?.start ?? scan.tokens.length;
    const hedge = readHedge(scan, f, prevEnd, nextStart);
    prevEnd = f.end;
    if (f.quantity.dimension === 'duration' && !f.quantity.ago && agoBefore(scan, f, hedge.before)) {
      f.quantity.ago = true;
      if (f.quantity.timeUnit === 'year' && scan.ctxYear && Number.isInteger(f.quantity.value)) f.quantity.year = scan.ctxYear - f.quantity.value;
    }
    const quantity = finish(f.quantity, hedge.hedge);
    if (!quantity) continue;
    const start = scan.tokens[f.start].start;
    const end = scan.tokens[f.end - 1].end;
    out.push({
      claim: { kind: 'number', start, end, text: text.slice(start, end), quantity },
      parts: f.parts.map((p) => ({ role: p.role, start: scan.tokens[p.start].start, end: scan.tokens[p.end - 1].end })),
      written: f.written,
      literal: f.literal,
      unitFactor: f.unitFactor,
    });
  }
  return out;
}

function readHedge(s: Scan, f: Found, prevEnd: number, nextStart: number): { hedge: Hedge; before?: number } {
  const allowed = (h: Hedge): boolean => !CALENDAR.has(f.quantity.dimension) || h === 'about';
  const inner = f.quantity.hedge;
  if (inner) return { hedge: inner };
  // "won over Rangers 2-1": a score states its result exactly.
  if (f.quantity.dimension === 'score') return { hedge: 'exact' };
  const from = hedgeStart(s, f.start);
  const before = HEDGE_BEFORE.matchBefore(s.tokens, from);
  if (before && before.start >= prevEnd && allowed(before.value)) return { hedge: before.value, before: before.start };
  // "500人以上": a Chinese hedge may follow the measure word.
  const after = (s.next(f.end) ? HEDGE_AFTER.match(s.tokens, f.end) : undefined) ??
    (s.tokens[f.end]?.kind === 'han' && s.glued(f.end + 1) ? HEDGE_AFTER.match(s.tokens, f.end + 1) : undefined);
  if (after && after.end <= nextStart && allowed(after.value)) return { hedge: after.value };
  return { hedge: 'exact' };
}

/** Arabic writes "ago" before the duration: "قبل 15 عاماً", "قبل نحو 15 عاماً". */
function agoBefore(s: Scan, f: Found, hedgeAt: number | undefined): boolean {
  const at = hedgeAt ?? f.start;
  return AGO_BEFORE_WORD.matchBefore(s.tokens, at) !== undefined;
}

/** "3 to 6 inches", "2-3 billion", "between 2 and 3 percent": the first figure of a range takes the unit of the second. */
function shareRangeUnits(s: Scan, found: Found[]): void {
  for (let n = 0; n + 1 < found.length; n++) {
    const a = found[n];
    const b = found[n + 1];
    const qa = a.quantity;
    const qb = b.quantity;
    if (qa.dimension !== 'count' || qa.scale !== 1 || a.parts.length !== 1) continue;
    if (qb.dimension === 'count' && qb.scale === 1) continue;
    if (!['count', 'percent', 'points', 'money', 'measure', 'duration'].includes(qb.dimension)) continue;
    const joiner = s.next(a.end) ? RANGE_JOINER.match(s.tokens, a.end) : undefined;
    if (!joiner || joiner.end !== b.start) continue;
    const scale = qb.scale > 1 && qa.value < 1000 ? qb.scale : 1;
    const factor = (b.unitFactor ?? 1) * scale;
    if (qa.value * factor >= qb.value) continue;
    a.quantity = {
      ...qa,
      dimension: qb.dimension,
      value: mul(qa.value, factor),
      precision: mul(qa.precision, factor),
      scale,
      currency: qb.currency,
      timeUnit: qb.timeUnit,
      measureUnit: qb.measureUnit,
    };
  }
}

function finish(d: Draft, hedge: Hedge): Quantity | undefined {
  const value = d.value;
  if (!Number.isFinite(value) || Math.abs(value) > MAX_VALUE) return undefined;
  const precision = Number.isFinite(d.precision) && d.precision > 0 ? d.precision : 1;
  const low = hedge === 'under' || hedge === 'atMost' || hedge === 'upTo' ? -Infinity : value;
  const high = hedge === 'over' || hedge === 'atLeast' ? Infinity : value;
  const q: Quantity = { dimension: d.dimension, value, low, high, hedge, scale: d.scale, precision };
  if (d.currency !== undefined) q.currency = d.currency;
  if (d.timeUnit !== undefined) q.timeUnit = d.timeUnit;
  if (d.measureUnit !== undefined) q.measureUnit = d.measureUnit;
  if (d.ago) q.ago = true;
  if (d.month !== undefined) q.month = d.month;
  if (d.year !== undefined) q.year = d.year;
  if (d.period !== undefined) q.period = { ...d.period, ...(d.period.year === undefined ? {} : { year: d.period.year }) };
  if (q.period && q.period.year === undefined) delete q.period.year;
  if (d.score !== undefined) q.score = { ...d.score };
  return q;
}
