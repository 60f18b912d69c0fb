import type { Hedge, Lang, Quantity } from '../types';
import type { Literal } from './literal';
import type { Token } from './tokens';

export interface NumberContext {
  /** The article's dateline date (yyyy-mm-dd), to resolve "this year", "three years ago", weekdays. */
  date?: string;
}

/** What each stretch of a claim's text is, so that a suggestion can rewrite one part and keep the others. */
export type PartRole = 'number' | 'scale' | 'currency' | 'percent' | 'unit' | 'ordinal' | 'day' | 'month' | 'year' | 'weekday';

export interface Part {
  role: PartRole;
  /** Token indices [start, end) while parsing; UTF-16 offsets once reported. */
  start: number;
  end: number;
}

/** How the figure itself was written. */
export type Written = 'digits' | 'words' | 'zh';

export type Draft = Omit<Quantity, 'low' | 'high' | 'hedge'> & { hedge?: Hedge };

/** A number found in a text, before hedges are read around it. */
export interface Found {
  /** Token indices [start, end). */
  start: number;
  end: number;
  quantity: Draft;
  parts: Part[];
  written: Written;
  literal?: Literal;
  /** A unit that stands for several base units: "decade" counts 10 years. */
  unitFactor?: number;
  /** Consumed but not reported: a model name like "HER2", or an absurdly long figure. */
  silent?: boolean;
}

/** The text being read, its tokens and what is known around it. */
export class Scan {
  readonly ctxYear: number | undefined;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly lang: Lang,
    readonly ctx: { date?: string },
  ) {
    const y = ctx.date ? Number(ctx.date.slice(0, 4)) : NaN;
    this.ctxYear = Number.isInteger(y) && y > 0 ? y : undefined;
  }

  /** Token i if it follows the previous one on the same line. */
  next(i: number): Token | undefined {
    const t = this.tokens[i];
    return t && t.gap !== 'break' ? t : undefined;
  }

  /** Token i if it is glued to the one before it. */
  glued(i: number): Token | undefined {
    const t = this.tokens[i];
    return t && t.gap === 'none' ? t : undefined;
  }

  isSym(i: number, ...chars: string[]): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'sym' && t.gap !== 'break' && chars.includes(t.text);
  }

  /** The original text of tokens [start, end). */
  slice(start: number, end: number): string {
    return this.text.slice(this.tokens[start].start, this.tokens[end - 1].end);
  }

  /** The original spelling of a token (before digit folding). */
  raw(i: number): string {
    const t = this.tokens[i];
    return this.text.slice(t.start, t.end);
  }
}

export function isYearValue(lit: Literal | undefined, min = 1800, max = 2100): boolean {
  return lit !== undefined && !lit.frac && !lit.groupSep && lit.int.length === 4 && lit.value >= min && lit.value <= max;
}

/** a × b without binary noise: 32.8 × 1e6 is 32800000, not 32799999.999999996. */
export function mul(a: number, b: number): number {
  const v = a * b;
  return Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(15)) : v;
}
