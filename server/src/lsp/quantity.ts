// What the engine understood a claim to say, in words for the hover.
import type { EntityRef, Hedge, Period, Quantity } from '../engine/types';

const SCALE_WORDS: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e8, 'hundred million'],
  [1e6, 'million'],
  [1e4, 'ten thousand'],
  [1e3, 'thousand'],
];

const HEDGE_WORDS: Record<Hedge, string> = {
  exact: '',
  about: 'about ',
  over: 'more than ',
  under: 'less than ',
  atLeast: 'at least ',
  atMost: 'at most ',
  upTo: 'up to ',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', ar: 'Arabic', zh: 'Chinese', und: 'unknown language' };

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function scaled(q: Quantity): string {
  const word = SCALE_WORDS.find(([f]) => f === q.scale)?.[1];
  return word ? `${formatNumber(q.value / q.scale)} ${word}` : formatNumber(q.value);
}

/** "about 35 % · period: months 1–5 of 2017", "223.1 billion CNY", "year 2017". */
export function describeQuantity(q: Quantity): string {
  const hedge = HEDGE_WORDS[q.hedge] ?? '';
  let what: string;
  switch (q.dimension) {
    case 'percent':
      what = `${formatNumber(q.value)} %`;
      break;
    case 'points':
      what = `${formatNumber(q.value)} percentage points`;
      break;
    case 'money':
      what = `${scaled(q)} ${q.currency ?? '(currency unknown)'}`;
      break;
    case 'year':
      what = `the year ${q.value}`;
      break;
    case 'score':
      what = q.score ? `the score ${q.score.first}–${q.score.second}` : formatNumber(q.value);
      break;
    case 'date':
      what = `${q.month ? MONTHS[q.month - 1] + ' ' : ''}${q.value}${q.year ? `, ${q.year}` : ''}`;
      break;
    case 'month':
      what = `${MONTHS[q.value - 1] ?? `month ${q.value}`}${q.year ? ` ${q.year}` : ''}`;
      break;
    case 'duration':
      what = `${formatNumber(q.value)} ${q.timeUnit ?? 'time unit'}(s)${q.ago ? ' ago' : ''}`;
      break;
    case 'ordinal':
      what = `rank ${q.value}`;
      break;
    case 'frequency':
      what = `${formatNumber(q.value)} times${q.timeUnit ? ` per ${q.timeUnit}` : ''}`;
      break;
    case 'measure':
      what = `${scaled(q)} ${q.measureUnit ?? ''}`.trim();
      break;
    case 'time':
      what = `${formatNumber(q.value)} o'clock`;
      break;
    default:
      what = `${scaled(q)} (${q.dimension})`;
  }
  const period = q.period ? ` · period: ${describePeriod(q.period)}` : '';
  return `${hedge}${what}${period}`;
}

export function describePeriod(p: Period): string {
  const year = p.year ? ` of ${p.year}` : '';
  const range = p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`;
  switch (p.unit) {
    case 'month':
      return p.from === p.to ? `${MONTHS[p.from - 1] ?? `month ${p.from}`}${p.year ? ` ${p.year}` : ''}` : `months ${range}${year}`;
    case 'quarter':
      return `quarter${p.from === p.to ? '' : 's'} ${range}${year}`;
    case 'half':
      return `half ${range}${year}`;
    default:
      return p.from === p.to ? `the year ${p.from}` : `the years ${range}`;
  }
}

export function describeEntity(e: EntityRef): string {
  return e.type === 'other' ? e.name : `${e.name} (${e.type})`;
}
