import type { EntityClaim, Lang } from '../types';

/** PLACEHOLDER until the multilingual extractor lands: runs of capitalised Latin or Cyrillic words. */
export function extractEntities(text: string, _lang: Lang): EntityClaim[] {
  const out: EntityClaim[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)*/gu)) {
    out.push({
      kind: 'entity',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      entity: { key: m[0].toLowerCase(), type: 'other', name: m[0] },
    });
  }
  return out;
}
