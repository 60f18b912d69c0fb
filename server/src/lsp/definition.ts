// Go to definition on a claim: the evidence sentence in its source file.
import type { Location } from 'vscode-languageserver';
import type { CheckedClaim } from '../engine/types';

export function definitionOf(claim: CheckedClaim, uriOf: (source: string) => string | undefined): Location | null {
  if (!claim.evidence) return null;
  const uri = uriOf(claim.evidence.source);
  return uri ? { uri, range: claim.evidence.range } : null;
}
