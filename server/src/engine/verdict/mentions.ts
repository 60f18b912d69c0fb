// Where the engine asks "does this sentence mention that name?". A thin seam over the entity module,
// so the verdict does not depend on how names are matched across scripts.
import type { EntityClaim, Lang, Span } from '../types';
import { entityAnchor, type AnalyzedSentence } from '../index/analyze';
import { findMentions, MENTION_CONFIRMED, sentenceNameKeys } from '../entities/mentions';
import { nameKeys } from '../entities/names';

/** Shorter skeletons than this match too many words to say anything. */
const MIN_KEY = 3;

/**
 * Coarse keys of the name-like tokens of a text outside `skip`, for retrieval only. A short key is kept
 * only inside `names` (the text's recognised names, like "Livi"), where it is not a stray word.
 */
export function coarseNameKeys(text: string, lang: Lang, skip: readonly Span[] = [], names?: readonly EntityClaim[]): string[] {
  const out = new Set<string>();
  const inside = (k: Span, spans: readonly Span[]): boolean => spans.some((s) => k.start < s.end && k.end > s.start);
  for (const k of sentenceNameKeys(text, lang, names)) {
    if (inside(k, skip) || (k.key.length < MIN_KEY && !inside(k, names ?? []))) continue;
    out.add(k.key);
  }
  return [...out];
}

const cache = new WeakMap<AnalyzedSentence, Map<string, Span | null>>();

/** Where `sentence` mentions the entity of `claim` (same key, or the name confirmed across scripts), or undefined. */
export function findMention(claim: EntityClaim, claimLang: Lang, sentence: AnalyzedSentence): Span | undefined {
  // Every entity anchors by its key: without the anchor there is none to look for (nor names to extract).
  if (sentence.anchorSet.has(entityAnchor(claim.entity.key))) {
    const same = sentence.entities.find((e) => e.entity.key === claim.entity.key);
    if (same) return { start: same.start, end: same.end };
  }
  return findMentionByName(claim, claimLang, sentence);
}

/**
 * findMention for a sentence known to hold no entity of the claim's key (its anchors lack `e:<key>`):
 * the spelling comparison alone, which needs the sentence's text and anchors but not its analysis.
 */
export function findMentionByName(claim: EntityClaim, claimLang: Lang, sentence: AnalyzedSentence): Span | undefined {
  let memo = cache.get(sentence);
  if (!memo) cache.set(sentence, (memo = new Map()));
  const key = `${claimLang}\u0000${claim.text}`;
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  // A name of two or three letters ("Ye", "Li") meets some syllable of nearly any sentence in another
  // script: it matches across scripts only through a known key, above.
  if (claim.text.replace(/[^\p{L}]/gu, '').length < 4 && claimLang !== sentence.lang) {
    memo.set(key, null);
    return undefined;
  }
  // The sound-by-sound comparison is costly: run it only where the sentence has one of the name's keys.
  if (!sharesNameKey(claim, claimLang, sentence)) {
    memo.set(key, null);
    return undefined;
  }
  const best = findMentions(claim.text, claimLang, sentence.text, sentence.lang)
    .filter((m) => m.score >= MENTION_CONFIRMED)
    .sort((a, b) => b.score - a.score)[0];
  const span = best ? { start: best.start, end: best.end } : null;
  memo.set(key, span);
  return span ?? undefined;
}

/**
 * Whether `sentence` may mention the entity of `claim`: it holds the entity's key or one of the name's coarse
 * keys. Never false where findMention finds it; true also for some names it would not confirm (Bhutan, Putin).
 */
export function mayMention(claim: EntityClaim, claimLang: Lang, sentence: AnalyzedSentence): boolean {
  return sentence.anchorSet.has(entityAnchor(claim.entity.key)) || sharesNameKey(claim, claimLang, sentence);
}

const keysOfName = new Map<string, string[]>();

function sharesNameKey(claim: EntityClaim, claimLang: Lang, sentence: AnalyzedSentence): boolean {
  const anchors = sentence.anchorSet;
  const id = `${claimLang}\u0000${claim.text}`;
  let keys = keysOfName.get(id);
  if (!keys) {
    keys = nameKeys(claim.text, claimLang);
    if (keysOfName.size > 50_000) keysOfName.clear();
    keysOfName.set(id, keys);
  }
  for (const k of keys) if (anchors.has(`k:${k}`) || anchors.has(`e:${k}`)) return true;
  return false;
}
