import type { Lang, NumberClaim, Quantity } from '../types';

/** The replacement for a contradicted figure, in the claim's language and style. */
export function suggestReplacement(claim: NumberClaim, source: NumberClaim, _lang: Lang): string {
  void claim;
  return source.text as string;
}
export type { Quantity };
