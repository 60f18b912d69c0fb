import type { CheckedClaim, Claim, Lang } from '../types';
import type { SourceIndex } from '../index/sourceIndex';
import { LineMap } from '../text/positions';

export interface ClaimContext {
  /** The report sentence the claim stands in, and its language. */
  text: string;
  lang: Lang;
  /** Every claim of that sentence, the one being decided among them. */
  claims: Claim[];
}

/** PLACEHOLDER: supported when some source sentence states the same value or name, else unverified. */
export function decide(claim: Claim, _ctx: ClaimContext, index: SourceIndex): CheckedClaim {
  const base = { kind: claim.kind, text: claim.text, start: claim.start, end: claim.end, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  for (const s of index.allSentences()) {
    const hit =
      claim.kind === 'number'
        ? s.numbers.find((n) => n.quantity.value === claim.quantity.value)
        : s.entities.find((e) => e.entity.key === claim.entity.key);
    if (hit) {
      const lines = new LineMap(s.article.text);
      return {
        ...base,
        verdict: 'supported',
        reason: 'a source states it',
        quantity: claim.kind === 'number' ? claim.quantity : undefined,
        entity: claim.kind === 'entity' ? claim.entity : undefined,
        evidence: {
          source: s.article.path,
          title: s.article.title,
          lang: s.article.lang,
          date: s.article.date,
          sentence: s.sentence.text,
          start: s.sentence.start,
          end: s.sentence.end,
          range: lines.range(s.sentence.start, s.sentence.end),
          match: { start: hit.start, end: hit.end },
          matchText: hit.text,
        },
      };
    }
  }
  return {
    ...base,
    verdict: 'unverified',
    reason: 'no source covers it',
    quantity: claim.kind === 'number' ? claim.quantity : undefined,
    entity: claim.kind === 'entity' ? claim.entity : undefined,
  };
}
