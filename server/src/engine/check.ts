import type { CheckedClaim, Claim, Lang } from './types';
import { detectLang } from './text/lang';
import { LineMap } from './text/positions';
import { splitSentences } from './text/segment';
import { analyzeText } from './index/analyze';
import type { SourceIndex } from './index/sourceIndex';
import { decide } from './verdict/decide';
import { anchorWeight } from './verdict/context';

/** How many source sentences a report sentence is compared with. */
const CANDIDATES = 15;

export interface CheckOptions {
  /** The report's language; detected per sentence when absent. */
  lang?: Lang;
}

/** Checks a report against an index. Results are cached by paragraph, so re-checking an edited text is cheap. */
export class Checker {
  private cache = new Map<string, CheckedClaim[]>();

  constructor(readonly index: SourceIndex) {}

  check(text: string, options: CheckOptions = {}): CheckedClaim[] {
    const run = this.paragraphs(text, options);
    let step = run.next();
    while (!step.done) step = run.next();
    return step.value;
  }

  /** The paragraphs of the last check with their claims (offsets relative to the paragraph), to store. */
  paragraphResults(): IterableIterator<[string, CheckedClaim[]]> {
    return this.cache.entries();
  }

  /** Whether every paragraph of `text` is already answered (by an earlier check or a seed): checking it reads no source. */
  covers(text: string, options: CheckOptions = {}): boolean {
    return paragraphsOf(text).every((para) => this.cache.has(paragraphKey(para.text, options)));
  }

  /** Takes paragraph results stored earlier for this very index (same engine, same sources). */
  seed(paragraphs: ReadonlyMap<string, CheckedClaim[]>): void {
    for (const [key, claims] of paragraphs) if (!this.cache.has(key)) this.cache.set(key, claims);
  }

  /**
   * Like check, but yields to the event loop whenever a slice of work has taken `sliceMs`, so that a server
   * keeps answering. Undefined when `cancelled()` became true meanwhile; the paragraphs checked so far stay
   * cached for the next check.
   */
  async checkInSlices(text: string, options: CheckOptions = {}, control: SliceControl = {}): Promise<CheckedClaim[] | undefined> {
    const sliceMs = control.sliceMs ?? 10;
    const run = this.paragraphs(text, options);
    let sliceStart = performance.now();
    let step = run.next();
    while (!step.done) {
      if (performance.now() - sliceStart >= sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (control.cancelled?.()) {
          run.return([]);
          return undefined;
        }
        sliceStart = performance.now();
      }
      step = run.next();
    }
    return step.value;
  }

  /** Checks paragraph by paragraph, pausing after each sentence analysed and each claim judged. */
  private *paragraphs(text: string, options: CheckOptions): Generator<void, CheckedClaim[], void> {
    const lines = new LineMap(text);
    const out: CheckedClaim[] = [];
    const next = new Map<string, CheckedClaim[]>();
    let completed = false;
    try {
      for (const para of paragraphsOf(text)) {
        const key = paragraphKey(para.text, options);
        let local = this.cache.get(key) ?? next.get(key);
        if (!local) {
          local = yield* paragraphSteps(para.text, this.index, options);
          next.set(key, local);
        } else next.set(key, local);
        for (const c of local) {
          const start = c.start + para.start;
          const end = c.end + para.start;
          out.push({ ...c, start, end, range: lines.range(start, end) });
        }
      }
      completed = true;
    } finally {
      // Stopped half-way: keep the paragraphs done as well as the older entries.
      if (!completed) for (const [k, v] of next) this.cache.set(k, v);
    }
    this.cache = next;
    return out;
  }
}

export interface SliceControl {
  /** Longest stretch of work between two yields; default 10 ms. */
  sliceMs?: number;
  /** Asked after every yield: true stops the check. */
  cancelled?: () => boolean;
}

function paragraphKey(text: string, options: CheckOptions): string {
  return `${options.lang ?? ''}\u0000${text}`;
}

function paragraphsOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const m of text.matchAll(/[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*/g)) {
    out.push({ start: m.index, text: m[0] });
  }
  return out;
}

/**
 * Checks one paragraph (offsets in the result are relative to it) in steps: a pause after each sentence's
 * analysis and retrieval, and after each claim's verdict. A sliced check yields only between steps; in a
 * cold process a step can take tens of milliseconds and a whole paragraph hundreds, so the finer the
 * steps, the sooner a hover or an edit is answered meanwhile.
 */
function* paragraphSteps(text: string, index: SourceIndex, options: CheckOptions): Generator<void, CheckedClaim[], void> {
  const out: CheckedClaim[] = [];
  const lines = new LineMap(text);
  for (const sentence of splitSentences(text, options.lang ?? 'en')) {
    const lang = options.lang ?? detectLang(sentence.text);
    const analyzed = analyzeText(sentence.text, lang);
    const claims = withoutOverlaps([...analyzed.numbers, ...analyzed.entities]);
    const candidates = claims.length ? index.retrieve(analyzed, CANDIDATES, anchorWeight).map((c) => c.sentence) : [];
    yield;
    for (const claim of claims) {
      const result = decide(claim, analyzed, lang, index, candidates);
      const start = claim.start + sentence.start;
      const end = claim.end + sentence.start;
      out.push({ ...result, start, end, range: lines.range(start, end) });
      yield;
    }
  }
  return out;
}

/**
 * Numbers and names are found separately and may overlap ("70,2 миллиарда долларов США" and "США"):
 * one stretch of text gets one claim, the longer one (a number on a tie).
 */
function withoutOverlaps(claims: Claim[]): Claim[] {
  const byLength = [...claims].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.kind === 'number' ? -1 : 1) - (b.kind === 'number' ? -1 : 1));
  const kept: Claim[] = [];
  for (const c of byLength) if (!kept.some((k) => c.start < k.end && c.end > k.start)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** One-shot check without a cache. */
export function checkText(text: string, index: SourceIndex, options: CheckOptions = {}): CheckedClaim[] {
  return new Checker(index).check(text, options);
}
