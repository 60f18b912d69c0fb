// Where the engine asks "does this sentence mention that name?". A thin seam over the entity module,
// so the verdict does not depend on how names are matched across scripts.
import type { EntityClaim, Lang, Span } from '../types';
import type { AnalyzedSentence } from '../index/analyze';

/** Coarse keys of the name-like tokens of a text, for retrieval only. */
export function coarseNameKeys(_text: string, _lang: Lang): string[] {
  return [];
}

/** Where `sentence` mentions the entity of `claim`, or undefined. */
export function findMention(claim: EntityClaim, _claimLang: Lang, sentence: AnalyzedSentence): Span | undefined {
  const same = sentence.entities.find((e) => e.entity.key === claim.entity.key);
  if (same) return { start: same.start, end: same.end };
  return undefined;
}
