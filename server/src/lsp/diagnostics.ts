// Claims → diagnostics: plain-words messages, severities from settings, the whole finding in `data`.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { CheckedClaim, Evidence, Verdict } from '../engine/types';
import type { ClaimData } from './protocol';
import type { SeverityName, Settings } from './settings';
import { clip } from './markdown';
import { visibleControls } from '../engine/text/controls';

type LocatedEvidence = NonNullable<ClaimData['evidence']>;

export const SOURCE = 'claimcheck';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Maps an evidence source path (relative, as the index names it) to the file's URI. */
export type SourceUri = (source: string) => string | undefined;

export function claimData(claim: CheckedClaim, sourceUri: SourceUri): ClaimData {
  const uri = claim.evidence ? sourceUri(claim.evidence.source) : undefined;
  return {
    verdict: claim.verdict,
    kind: claim.kind,
    text: claim.text,
    range: claim.range,
    reason: claim.reason,
    suggestion: claim.suggestion,
    evidence: claim.evidence && uri ? locatedEvidence(claim.evidence, uri) : undefined,
  };
}

/**
 * A sentence judged once keeps its evidence object from check to check, and every publish repeats the
 * document's diagnostics: what is derived from the evidence alone is built once per evidence object.
 */
const derived = new WeakMap<Evidence, FromEvidence>();

/** The evidence with the URI it was located at; the message with the verdict and reason it was written for. */
interface FromEvidence {
  uri?: string;
  located?: LocatedEvidence;
  verdict?: Verdict;
  reason?: string;
  message?: string;
}

function derivedOf(ev: Evidence): FromEvidence {
  let d = derived.get(ev);
  if (!d) derived.set(ev, (d = {}));
  return d;
}

function locatedEvidence(ev: Evidence, uri: string): LocatedEvidence {
  const d = derivedOf(ev);
  if (d.uri !== uri || !d.located) {
    d.uri = uri;
    d.located = { ...ev, uri };
  }
  return d.located;
}

/** One diagnostic, or undefined when the verdict's severity is "off". */
export function toDiagnostic(claim: CheckedClaim, severity: Settings['severity'], sourceUri: SourceUri): Diagnostic | undefined {
  const level = severity[claim.verdict];
  if (level === 'off') return undefined;
  const data = claimData(claim, sourceUri);
  const diagnostic: Diagnostic = {
    range: claim.range,
    severity: SEVERITY[level],
    source: SOURCE,
    code: claim.verdict,
    message: diagnosticMessage(claim),
    data,
  };
  if (data.evidence) diagnostic.codeDescription = { href: data.evidence.uri };
  return diagnostic;
}

/**
 * `contradicted: 000_c….txt says 33.7 % — “…sentence…”`, `supported by 000_c….txt — “…”`,
 * `unverified: no source covers it`.
 */
export function diagnosticMessage(claim: CheckedClaim): string {
  const ev = claim.evidence;
  if (!ev) return visibleControls(messageOf(claim));
  const d = derivedOf(ev);
  if (d.message === undefined || d.verdict !== claim.verdict || d.reason !== claim.reason) {
    d.verdict = claim.verdict;
    d.reason = claim.reason;
    // Plain text, but control characters and bidi overrides from a source are shown, never obeyed.
    d.message = visibleControls(messageOf(claim));
  }
  return d.message;
}

function messageOf(claim: CheckedClaim): string {
  const ev = claim.evidence;
  const quote = ev ? `“${quoteOf(ev.sentence, ev.match?.start ?? 0, ev.match?.end ?? 0)}”` : '';
  switch (claim.verdict) {
    case 'contradicted':
      if (!ev) return `contradicted: ${claim.reason}`;
      return `contradicted: ${ev.source} says ${ev.matchText ?? 'otherwise'} — ${quote}`;
    case 'supported':
      return ev ? `supported by ${ev.source} — ${quote}` : `supported: ${claim.reason}`;
    default:
      return `unverified: ${claim.reason || 'no source covers it'}`;
  }
}

function quoteOf(sentence: string, start: number, end: number): string {
  return clip(sentence, start, end, 120).text.replace(/\s+/g, ' ').trim();
}

export function verdictCounts(claims: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { supported: 0, contradicted: 0, unverified: 0 };
  for (const c of claims) counts[c.verdict]++;
  return counts;
}

/** The single diagnostic for a document too large to check (like cspell's checkLimit). */
export function tooLargeDiagnostic(bytes: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: 'too-large',
    message: `claimcheck did not check this file: it is ${mb(bytes)} MB, over the claimcheck.maxFileSize limit of ${mb(limit)} MB.`,
  };
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
