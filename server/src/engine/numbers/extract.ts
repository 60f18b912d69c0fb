import type { Lang, NumberClaim } from '../types';

export interface NumberContext {
  /** The article's dateline date (yyyy-mm-dd), to resolve "this year", "three years ago", weekdays. */
  date?: string;
}

/** PLACEHOLDER until the multilingual extractor lands: plain digit runs only. */
export function extractNumbers(text: string, _lang: Lang, _ctx: NumberContext = {}): NumberClaim[] {
  const out: NumberClaim[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)?/g)) {
    const value = Number(m[0].replace(',', '.'));
    out.push({
      kind: 'number',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      quantity: { dimension: "count", value, low: value, high: value, hedge: "exact", scale: 1, precision: 1 },
    });
  }
  return out;
}
