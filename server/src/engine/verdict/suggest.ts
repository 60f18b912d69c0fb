import type { Lang, NumberClaim } from '../types';
import { formatSuggestion } from '../numbers';

/** The replacement for a contradicted figure, in the claim's language and style, carrying the source's value. */
export function suggestReplacement(claim: NumberClaim, source: NumberClaim, lang: Lang): string {
  try {
    return formatSuggestion(claim, source.quantity, lang);
  } catch {
    return source.text;
  }
}
