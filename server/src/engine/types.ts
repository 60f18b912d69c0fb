// The engine's data model: text → claims → evidence → verdict.
// Offsets are UTF-16 code units (JavaScript string indices) into the text they came from.

export type Lang = 'en' | 'ru' | 'ar' | 'zh' | 'und';

export type Verdict = 'supported' | 'contradicted' | 'unverified';

export interface Span {
  start: number;
  end: number;
}

/** LSP-style zero-based position (line, UTF-16 character). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * What a number measures. Two numbers can only be compared when their dimensions agree.
 *  - count: a plain quantity ("22 million visitors", "five countries")
 *  - money: an amount in `currency` (ISO 4217)
 *  - percent / points: a share or change in per cent, and percentage points
 *  - year: a calendar year; date: a day of a month; month: a calendar month; weekday
 *  - duration: a length of time in `timeUnit` (also "N years ago" with `ago`)
 *  - ordinal: a rank or "Nth time"
 *  - frequency: N times per `timeUnit`
 *  - measure: a physical quantity in `measureUnit` (km, mile, degree, …)
 *  - time: a time of day in hours
 *  - score: the result of a game, two sides in `score` ("won 3-1")
 */
export type Dimension =
  | 'count'
  | 'money'
  | 'percent'
  | 'points'
  | 'year'
  | 'date'
  | 'month'
  | 'weekday'
  | 'duration'
  | 'ordinal'
  | 'frequency'
  | 'measure'
  | 'time'
  | 'period'
  | 'score';

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** How a writer qualified a value: exact, or an interval opened by a hedge word. */
export type Hedge = 'exact' | 'about' | 'over' | 'under' | 'atLeast' | 'atMost' | 'upTo';

export interface Quantity {
  dimension: Dimension;
  /** The stated value in base units (22 million → 22_000_000; 33,7 % → 33.7; "sixth" → 6). */
  value: number;
  /**
   * The interval the hedge opens, before any rounding tolerance: exact and about → [value, value];
   * over → (value, +∞) as [value, Infinity]; under → [-Infinity, value]; atLeast → [value, Infinity];
   * atMost and upTo → [-Infinity, value]. The verdict adds the tolerance for rounding and "about".
   */
  low: number;
  high: number;
  hedge: Hedge;
  /** The scale word's factor when one was written (million → 1e6, 亿 → 1e8); 1 otherwise. */
  scale: number;
  /**
   * The place value of the last digit the writer wrote, in the same units as `value`
   * ("33.7" → 0.1, "34" → 1, "22 million" → 1e6, "70,2 млрд" → 1e8, "sixth" → 1).
   */
  precision: number;
  currency?: string;
  timeUnit?: TimeUnit;
  measureUnit?: string;
  /** "N years ago" / "N лет назад": a duration that points back from the article's date. */
  ago?: boolean;
  /** For a date: month 1–12 (value holds the day of month). For a month: value holds the month. */
  month?: number;
  /** Year resolved for dates and periods when the text gives it or the article's date implies it. */
  year?: number;
  /** Period a quantity refers to ("first five months" → months 1..5 of year). */
  period?: Period;
  /** For a score: the two sides in the order written ("3-1" → 3 and 1); value holds the first. */
  score?: { first: number; second: number };
}

export interface Period {
  /** Unit of the period: months, quarter, half, year. */
  unit: 'month' | 'quarter' | 'half' | 'year';
  from: number;
  to: number;
  year?: number;
}

export interface EntityRef {
  /** Canonical key shared by every spelling in every script ("alibaba", "region:RU", "putin"). */
  key: string;
  /** Entity class when known. */
  type: 'person' | 'org' | 'place' | 'work' | 'other';
  /** Display name in English where known, else the surface form. */
  name: string;
}

export interface NumberClaim extends Span {
  kind: 'number';
  text: string;
  quantity: Quantity;
}

export interface EntityClaim extends Span {
  kind: 'entity';
  text: string;
  entity: EntityRef;
}

export type Claim = NumberClaim | EntityClaim;

export interface Sentence extends Span {
  /** The text at [start, end), with soft line breaks of a wrapped Markdown paragraph read as spaces. */
  text: string;
  /** Index of the paragraph (blank-line or line separated block) in the document. */
  paragraph: number;
}

/** A source article after loading: text, language, title, date, sentences. */
export interface Article {
  /** Path relative to the sources folder, with forward slashes. */
  path: string;
  lang: Lang;
  title: string;
  /** Dateline date as ISO yyyy-mm-dd where found. */
  date?: string;
  text: string;
  sentences: Sentence[];
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface Evidence {
  /** Source path relative to the sources folder. */
  source: string;
  title: string;
  lang: Lang;
  date?: string;
  /** The whole evidence sentence, as it stands in the source. */
  sentence: string;
  /** Offsets of the sentence in the source text, and as an LSP range. */
  start: number;
  end: number;
  range: Range;
  /** The matched value or name inside the sentence, as offsets into `sentence`. */
  match?: Span;
  /** The value the source states, as written there ("33.7 %", "مليون 22"). */
  matchText?: string;
}

export interface CheckedClaim {
  kind: 'number' | 'entity';
  text: string;
  start: number;
  end: number;
  range: Range;
  verdict: Verdict;
  /** A one-line reason in plain words ("same quantity, value differs: source says 33.7 %"). */
  reason: string;
  quantity?: Quantity;
  entity?: EntityRef;
  evidence?: Evidence;
  /** For a contradicted number: the replacement written in the claim's own language and style. */
  suggestion?: string;
  /** For an entity: how many sentences of each source mention it. */
  mentions?: { source: string; count: number }[];
}
