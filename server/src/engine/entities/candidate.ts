// What the per-script name finders produce, and how overlapping findings are settled.

import type { EntityClaim, EntityRef } from '../types';
import { asciiOf } from './phonetic';

export interface Candidate {
  start: number;
  end: number;
  ref: EntityRef;
  /** Known (gazetteer) names beat guesses of the same length. */
  known: boolean;
}

/** Whether a key is a known (gazetteer) name's, not one unknownKey made. ('~' is 0x7e.) */
export function isKnownKey(key: string): boolean {
  return key.charCodeAt(0) !== 0x7e;
}

/** The key of a name no table knows: "~" and its romanisation ("~mark zavadskiy"). */
export function unknownKey(words: string[]): string {
  let key = '~';
  let first = true;
  for (const w of words) {
    const a = asciiOf(w);
    if (a.length === 0) continue;
    key += first ? a : ' ' + a;
    first = false;
  }
  return key;
}

export function unknownRef(surface: string, words: string[], type: EntityRef['type']): EntityRef {
  return { key: unknownKey(words), type, name: surface };
}

/** Sorted, non-overlapping claims: longer spans first, then known names. */
export function settle(text: string, found: Candidate[]): EntityClaim[] {
  if (found.length === 0) return [];
  const ranked = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.known) - Number(a.known) || a.start - b.start);
  const used = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start || c.start < 0 || c.end > text.length) continue;
    if (anySet(used, c.start, c.end)) continue;
    used.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => ({ kind: 'entity', start: c.start, end: c.end, text: text.slice(c.start, c.end), entity: c.ref }));
}

function anySet(used: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (used[i] === 1) return true;
  return false;
}
