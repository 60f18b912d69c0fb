// Per-document state: what the last check found, for which version, so that hovers, code actions,
// definitions and references answer at once without re-checking.
import type { Diagnostic, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedClaim, Range } from '../engine/types';
import type { VerdictCounts } from './protocol';

export interface CheckedDocument {
  uri: string;
  version: number;
  /** Claims that have a diagnostic (not ignored, severity not off). */
  claims: CheckedClaim[];
  diagnostics: Diagnostic[];
  counts: VerdictCounts;
  /** Key of the source set the document was checked against. */
  sourceSet: string;
}

export class DocumentStates {
  private readonly states = new Map<string, CheckedDocument>();

  get(uri: string): CheckedDocument | undefined {
    return this.states.get(uri);
  }

  set(state: CheckedDocument): void {
    this.states.set(state.uri, state);
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }

  all(): CheckedDocument[] {
    return [...this.states.values()];
  }
}

/**
 * The stored claim under `position` in the document as it is now. When the document has changed
 * since the check, a claim counts only where the text at its range is still the claim's text.
 */
export function claimAt(state: CheckedDocument | undefined, doc: TextDocument | undefined, position: Position): CheckedClaim | undefined {
  if (!state || !doc) return undefined;
  const hits = state.claims.filter((c) => contains(c.range, position));
  hits.sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const claim of hits) {
    if (state.version === doc.version || stillThere(doc, claim.range, claim.text)) return claim;
  }
  return undefined;
}

export function stillThere(doc: TextDocument, range: Range, text: string): boolean {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  // offsetAt clamps out-of-range positions; a clamped range must not pass for the original one.
  if (!samePosition(doc.positionAt(start), range.start) || !samePosition(doc.positionAt(end), range.end)) return false;
  return doc.getText().slice(start, end) === text;
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** Half-open: the character after a claim is not on it. */
export function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character < range.end.character);
  return afterStart && beforeEnd;
}

export function overlaps(a: Range, b: Range): boolean {
  const before = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
