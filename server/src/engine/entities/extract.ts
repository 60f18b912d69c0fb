import type { EntityClaim, Lang } from '../types';
import { findArabicNames } from './arabicNames';
import { settle, type Candidate } from './candidate';
import { findCyrillicNames } from './cyrillicNames';
import { findHanNames } from './hanNames';
import { findLatinNames } from './latinNames';
import { tokenize } from './tokens';
import { remembered } from '../text/memo';

/** Longest text scanned at once; longer input is cut (a sentence is never this long). */
const MAX_INPUT = 20_000;

/**
 * Every named entity (person, organisation, place, work) in a sentence: sorted, non-overlapping claims
 * with spans on code-point boundaries. Each word is read by the rules of its own script, so Latin names
 * inside Russian or Arabic text are found too; `lang` is the sentence's language.
 */
export function extractEntities(text: string, _lang: Lang): EntityClaim[] {
  if (text.length > MAX_CACHED) return findEntities(text);
  return claimCache(text).map((c) => ({ ...c })); // callers own their claims
}

// Sentences recur in a corpus (quotes, boilerplate): their claims by text, which is all they depend on.
const claimCache = remembered(findEntities, 2000);
/** Longer texts (whole documents) are not cached. */
const MAX_CACHED = 2000;

function findEntities(text: string): EntityClaim[] {
  const input = text.length > MAX_INPUT ? text.slice(0, safeCut(text, MAX_INPUT)) : text;
  const tokens = tokenize(input);
  const found: Candidate[] = [];
  let latin = false;
  let cyrillic = false;
  let arabic = false;
  let han = false;
  for (const t of tokens) {
    if (t.script === 'latin') latin = true;
    else if (t.script === 'cyrillic') cyrillic = true;
    else if (t.script === 'arabic') arabic = true;
    else if (t.script === 'han') han = true;
  }
  if (latin) findLatinNames(input, tokens, found);
  if (cyrillic) findCyrillicNames(input, tokens, found);
  if (arabic) findArabicNames(input, tokens, found);
  if (han) findHanNames(input, found);
  return settle(input, found);
}

/** A cut position that does not split a surrogate pair. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
