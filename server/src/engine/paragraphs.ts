// A checked report, paragraph by paragraph: how a text is cut into paragraphs, the key a paragraph's claims
// are kept under, and claims moved to the text's offsets. Apart from the checker so that the language
// server can show stored results (answerFromParagraphs) before it has loaded the rest of the engine.
import type { CheckOptions } from './check';
import type { CheckedClaim, Range } from './types';
import { LineMap } from './text/positions';

/** A claim as judged, before it is given a place in a document. */
export type Decided = Omit<CheckedClaim, 'range'>;

/** The paragraphs of a text (runs of non-blank lines) with their offsets. */
export function paragraphsOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const m of text.matchAll(/[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*/g)) {
    out.push({ start: m.index, text: m[0] });
  }
  return out;
}

export function paragraphKey(text: string, options: CheckOptions): string {
  return `${options.lang ?? ''}\u0000${options.plainText ? 'p' : ''}\u0000${text}`;
}

/**
 * The claims of `text` when every paragraph of it has its claims in `answers` (by paragraphKey, offsets
 * relative to the paragraph), as a check seeded with them would give; undefined when one has none.
 */
export function answerFromParagraphs(text: string, answers: ReadonlyMap<string, readonly CheckedClaim[]>, options: CheckOptions = {}): CheckedClaim[] | undefined {
  const paragraphs = paragraphsOf(text);
  const found: (readonly CheckedClaim[])[] = [];
  for (const para of paragraphs) {
    const claims = answers.get(paragraphKey(para.text, options));
    if (!claims) return undefined;
    found.push(claims);
  }
  const lines = new LineMap(text);
  const out: CheckedClaim[] = [];
  paragraphs.forEach((para, k) => placeParagraph(found[k], para.start, lines, out));
  return out;
}

/** Appends to `out` a paragraph's claims (offsets relative to the paragraph) at the text's offsets. */
export function placeParagraph(claims: readonly CheckedClaim[], paraStart: number, lines: LineMap, out: CheckedClaim[]): void {
  for (const c of claims) {
    const start = c.start + paraStart;
    const end = c.end + paraStart;
    out.push(placed(c, start, end, lines.range(start, end), c.text));
  }
}

/**
 * A claim moved to other offsets. One literal for every kind of claim, not a spread: a spread of claims of
 * several shapes goes through V8's megamorphic cache, which every garbage collection empties, and a re-check
 * that moves ~700 cached claims then took 2-3 times as long. Absent fields stay undefined, as JSON leaves them.
 */
export function placed(c: Decided, start: number, end: number, range: Range, text: string): CheckedClaim {
  return {
    kind: c.kind,
    text,
    start,
    end,
    verdict: c.verdict,
    reason: c.reason,
    quantity: c.quantity,
    entity: c.entity,
    mentions: c.mentions,
    evidence: c.evidence,
    suggestion: c.suggestion,
    range,
  };
}
