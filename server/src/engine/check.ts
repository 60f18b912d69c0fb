import type { CheckedClaim, Claim, Lang } from './types';
import { detectLang } from './text/lang';
import { LineMap } from './text/positions';
import { splitSentences } from './text/segment';
import { analyzeText } from './index/analyze';
import type { SourceIndex } from './index/sourceIndex';
import { decide } from './verdict/decide';
import { anchorWeight } from './verdict/context';
import { tableSteps } from './warm';
import { paragraphKey, paragraphsOf, placed, placeParagraph, type Decided } from './paragraphs';

/** How many source sentences a report sentence is compared with. */
const CANDIDATES = 15;

export interface CheckOptions {
  /** The report's language; detected per sentence when absent. */
  lang?: Lang;
  /**
   * The report is plain text, not Markdown: every line break ends a sentence. In Markdown (the default)
   * a paragraph's soft line breaks are read as spaces, as Markdown renders them.
   */
  plainText?: boolean;
}

/**
 * Checks a report against an index. Results are cached by paragraph and by sentence: re-checking an edited
 * text judges again only the sentences whose text changed.
 */
export class Checker {
  private cache = new Map<string, CheckedClaim[]>();
  /** Claims of each sentence judged, offsets relative to the sentence, by sentenceKey. */
  private sentences = new Map<string, readonly Decided[]>();
  /** The sentence keys of each paragraph judged here (not of seeded ones), by paragraphKey. */
  private sentencesOf = new Map<string, readonly string[]>();

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
    const run = this.afterTables(text, options);
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

  /** A sliced check's steps: the engine's tables first, each built in a step of its own (once per process). */
  private *afterTables(text: string, options: CheckOptions): Generator<void, CheckedClaim[], void> {
    yield* tableSteps();
    return yield* this.paragraphs(text, options);
  }

  /** Checks paragraph by paragraph, pausing after each sentence analysed and each claim judged. */
  private *paragraphs(text: string, options: CheckOptions): Generator<void, CheckedClaim[], void> {
    const lines = new LineMap(text);
    const out: CheckedClaim[] = [];
    const next = new Map<string, CheckedClaim[]>();
    const nextSentencesOf = new Map<string, readonly string[]>();
    const judged = new Map<string, readonly Decided[]>();
    const sentences: SentenceCache = { get: (key) => judged.get(key) ?? this.sentences.get(key), set: (key, claims) => judged.set(key, claims) };
    let completed = false;
    try {
      for (const para of paragraphsOf(text)) {
        const key = paragraphKey(para.text, options);
        let local = this.cache.get(key) ?? next.get(key);
        if (!local) {
          const keys: string[] = [];
          local = yield* paragraphSteps(para.text, this.index, options, sentences, keys);
          nextSentencesOf.set(key, keys);
        } else {
          const keys = this.sentencesOf.get(key);
          if (keys) nextSentencesOf.set(key, keys);
        }
        next.set(key, local);
        placeParagraph(local, para.start, lines, out);
      }
      completed = true;
    } finally {
      if (completed) {
        this.cache = next;
        // The sentences of the text's paragraphs, judged now or before; the others go.
        const kept = new Map<string, readonly Decided[]>();
        for (const keys of nextSentencesOf.values()) {
          for (const k of keys) {
            const claims = sentences.get(k);
            if (claims) kept.set(k, claims);
          }
        }
        this.sentences = kept;
        this.sentencesOf = nextSentencesOf;
      } else {
        // Stopped half-way: keep what was done as well as the older entries.
        for (const [k, v] of next) this.cache.set(k, v);
        for (const [k, v] of judged) this.sentences.set(k, v);
        for (const [k, v] of nextSentencesOf) this.sentencesOf.set(k, v);
      }
    }
    return out;
  }
}

export interface SliceControl {
  /** Longest stretch of work between two yields; default 10 ms. */
  sliceMs?: number;
  /** Asked after every yield: true stops the check. */
  cancelled?: () => boolean;
}

/**
 * A sentence's claims depend on its text (line breaks read as spaces) and the language asked for, not on
 * the sentences around it nor on how the paragraph was split.
 */
function sentenceKey(text: string, options: CheckOptions): string {
  return `${options.lang ?? ''}\u0000${text}`;
}

interface SentenceCache {
  get(key: string): readonly Decided[] | undefined;
  set(key: string, claims: readonly Decided[]): void;
}

/**
 * Checks one paragraph (offsets in the result are relative to it) in steps: a pause after each sentence's
 * analysis and retrieval, and after each claim's verdict. A sliced check yields only between steps; in a
 * cold process a step can take tens of milliseconds and a whole paragraph hundreds, so the finer the
 * steps, the sooner a hover or an edit is answered meanwhile. A sentence judged before is not judged
 * again; `keys` receives the key of every sentence of the paragraph.
 */
function* paragraphSteps(
  text: string,
  index: SourceIndex,
  options: CheckOptions,
  cache: SentenceCache,
  keys: string[],
): Generator<void, CheckedClaim[], void> {
  const out: CheckedClaim[] = [];
  const lines = new LineMap(text);
  for (const sentence of splitSentences(text, options.lang ?? 'en', false, !options.plainText)) {
    const key = sentenceKey(sentence.text, options);
    keys.push(key);
    let decided = cache.get(key);
    if (!decided) {
      const lang = options.lang ?? detectLang(sentence.text);
      const analyzed = analyzeText(sentence.text, lang);
      const claims = withoutOverlaps([...analyzed.numbers, ...analyzed.entities]);
      const candidates = claims.length ? index.retrieve(analyzed, CANDIDATES, anchorWeight).map((c) => c.sentence) : [];
      yield;
      const judged: Decided[] = [];
      for (const claim of claims) {
        judged.push(decide(claim, analyzed, lang, index, candidates));
        yield;
      }
      cache.set(key, (decided = judged));
    }
    // A sentence read across soft line breaks has spaces there; a claim's text is the document's.
    const wrapped = text.slice(sentence.start, sentence.end) !== sentence.text;
    for (const result of decided) {
      const start = result.start + sentence.start;
      const end = result.end + sentence.start;
      const placedClaim = placed(result, start, end, lines.range(start, end), wrapped ? text.slice(start, end) : result.text);
      if (wrapped && placedClaim.suggestion) placedClaim.suggestion = rewrapped(placedClaim.suggestion, placedClaim.text);
      out.push(placedClaim);
    }
  }
  return out;
}

/**
 * A fix for a claim written across a line break keeps the break: "35.2⏎percent" becomes "33.7⏎percent".
 * Only when the fix has as many words as the claim (else the breaks would land elsewhere).
 */
function rewrapped(suggestion: string, claimText: string): string {
  const gaps = claimText.match(/\s+/g) ?? [];
  const words = suggestion.split(/\s+/);
  if (words.length !== gaps.length + 1) return suggestion;
  return words.map((w, i) => (i === 0 ? w : gaps[i - 1] + w)).join('');
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
