import type { CheckedClaim, Claim, Evidence, Lang, Span } from '../types';
import type { AnalyzedSentence, SourceSentence } from '../index/analyze';
import type { SourceIndex } from '../index/sourceIndex';
import { LineMap } from '../text/positions';
import { judgeNumber } from './numberVerdict';
import { judgeEntity } from './entityVerdict';
import { suggestReplacement } from './suggest';

type Decided = Omit<CheckedClaim, 'range'>;

/** Decides one claim of a report sentence against the index. Offsets stay relative to the sentence. */
export function decide(claim: Claim, report: AnalyzedSentence, lang: Lang, index: SourceIndex, candidates: readonly SourceSentence[]): Decided {
  // Literals written out in full, not spread from a common base: this runs for every claim of every check.
  const { kind, text, start, end } = claim;
  if (claim.kind === 'number') {
    const found = judgeNumber(claim, report, lang, index, candidates);
    if (!found) return { kind, text, start, end, verdict: 'unverified', reason: 'no source states this figure for the same quantity', quantity: claim.quantity };
    return {
      kind,
      text,
      start,
      end,
      verdict: found.verdict,
      reason: found.reason,
      quantity: claim.quantity,
      evidence: evidenceOf(found.sentence, found.match, index),
      suggestion: found.verdict === 'contradicted' ? suggestReplacement(claim, found.match, lang) : undefined,
    };
  }
  const { finding, mentions } = judgeEntity(claim, report, lang, index, candidates);
  if (!finding) {
    return {
      kind,
      text,
      start,
      end,
      verdict: 'unverified',
      reason: mentions.length ? 'the sources mention it, but not in this context' : 'no source mentions it',
      entity: claim.entity,
      mentions,
    };
  }
  return {
    kind,
    text,
    start,
    end,
    verdict: finding.verdict,
    reason: finding.reason,
    entity: claim.entity,
    mentions,
    evidence: evidenceOf(finding.sentence, finding.match, index),
  };
}

const lineMaps = new WeakMap<object, LineMap>();

function evidenceOf(s: SourceSentence, match: Span, _index: SourceIndex): Evidence {
  let lines = lineMaps.get(s.article);
  if (!lines) lineMaps.set(s.article, (lines = new LineMap(s.article.text)));
  return {
    source: s.article.path,
    title: s.article.title,
    lang: s.article.lang,
    date: s.article.date,
    sentence: s.sentence.text,
    start: s.sentence.start,
    end: s.sentence.end,
    range: lines.range(s.sentence.start, s.sentence.end),
    match: { start: match.start, end: match.end },
    matchText: s.sentence.text.slice(match.start, match.end),
  };
}
