import type { EntityClaim, Lang, Span } from '../types';
import { entityAnchor, type AnalyzedSentence, type SourceSentence } from '../index/analyze';
import { bySourceCount, type SourceIndex } from '../index/sourceIndex';
import { align, kindCount, ownAnchors, rolesOf, sameOffice, slotConcepts, type Alignment } from './context';
import { findMention, mayMention } from './mentions';

/** How many mentioning sentences are compared with the claim when none was retrieved for its sentence. */
const MENTIONS_ALIGNED = 20;

/** How many mentioning sentences are looked up at most, to see whether the entity holds the claim's role somewhere. */
const MENTIONS_COUNTED = 200;

/** How many sources a claim lists as mentioning its entity (those with the most mentions). */
const MENTION_SOURCES = 10;

/** Context that makes a source sentence speak of the same event as the claim's sentence. */
export const SLOT_SCORE = 6;

export interface EntityFinding {
  verdict: 'supported' | 'contradicted';
  sentence: SourceSentence;
  match: Span;
  alignment: Alignment;
  reason: string;
}

export interface EntityJudgement {
  finding?: EntityFinding;
  mentions: { source: string; count: number }[];
}

/**
 * An entity is supported when a source mentions it in a like context; contradicted when the source
 * sentence that tells the same event fills the claim's slot (the same role, or the place of the same
 * event) with another entity; otherwise unverified.
 */
export function judgeEntity(claim: EntityClaim, report: AnalyzedSentence, lang: Lang, index: SourceIndex, candidates: readonly SourceSentence[]): EntityJudgement {
  const exclude = ownAnchors(claim);
  const claimRoles = rolesOf(report, claim);

  // Sentences that mention the entity: those retrieved for this sentence (in corpus order), else the first
  // few in the corpus, so the work per claim does not grow with the corpus.
  let support: EntityFinding | undefined;
  const mentioned = index.mentionTest(claim, lang);
  const inContext = candidates.filter(mentioned).sort((a, b) => index.compareOrder(a, b));
  const pool = inContext.length ? inContext : index.sentencesMentioning(claim, lang, MENTIONS_ALIGNED);
  for (const s of pool) {
    const m = findMention(claim, lang, s);
    if (!m) continue;
    const alignment = align(report, s, index, exclude);
    const roles = rolesOf(s, m);
    const roleFits = claimRoles.size === 0 || roles.size === 0 || sameOffice(claimRoles, roles);
    const score = alignment.score + (roleFits ? 1 : -3);
    if (!support || score > support.alignment.score) support = { verdict: 'supported', sentence: s, match: m, alignment: { ...alignment, score }, reason: `${s.article.path} mentions it` };
  }

  const conflict = slotConflict(claim, report, lang, index, candidates, exclude, claimRoles);
  if (conflict && (!support || conflict.alignment.score > support.alignment.score)) {
    // The claim's entity holds that slot somewhere in the sources after all: no contradiction.
    if (!support || !rolesMatchSomewhere(claim, lang, claimRoles, index.sentencesMentioning(claim, lang, MENTIONS_COUNTED))) {
      return { finding: conflict, mentions: mentionCounts(claim, index, pool) };
    }
  }
  return { finding: support, mentions: mentionCounts(claim, index, pool) };
}

function rolesMatchSomewhere(claim: EntityClaim, lang: Lang, roles: Set<string>, sentences: SourceSentence[]): boolean {
  if (roles.size === 0) return false;
  for (const s of sentences) {
    const m = findMention(claim, lang, s);
    if (m && sameOffice(roles, rolesOf(s, m))) return true;
  }
  return false;
}

function slotConflict(
  claim: EntityClaim,
  report: AnalyzedSentence,
  lang: Lang,
  index: SourceIndex,
  candidates: readonly SourceSentence[],
  exclude: Set<string>,
  claimRoles: Set<string>,
): EntityFinding | undefined {
  // A person's slot is an office; a place's or an organisation's is its part in an event.
  const person = claim.entity.type === 'person';
  const reportSlots = new Set(slotConcepts(report).filter((c) => (person ? c.kind === 'role' : c.kind === 'event')).map((c) => c.id));
  if (reportSlots.size === 0) return undefined;
  // A sentence that names two or more other actors of its event tells that event only if the source names
  // most of them ("Celtic beat Aberdeen in Glasgow" is not "Livingston beat Rangers … the Glasgow club").
  // One other actor proves little either way, and a spelling not matched across scripts would hide it.
  const named = report.entities.filter((e) => e !== claim && e.entity.key !== claim.entity.key);
  const others = named.length >= 2 ? named : [];
  let best: EntityFinding | undefined;
  for (const s of candidates) {
    if (findMention(claim, lang, s)) continue;
    const alignment = align(report, s, index, exclude);
    if (alignment.score < SLOT_SCORE || kindCount(alignment) < 2 || (best && alignment.score <= best.alignment.score)) continue;
    // A name key is enough to count the actors: cheap, and the spelling comparison could only reject more.
    if (others.length > 0 && 2 * others.filter((o) => mayMention(o, lang, s)).length <= others.length) continue;
    const sharedSlots = slotConcepts(s).filter((c) => reportSlots.has(c.id));
    if (sharedSlots.length === 0) continue;
    const other = s.entities.find((o) => {
      if (o.entity.type !== claim.entity.type || o.entity.key === claim.entity.key) return false;
      // The other entity must be absent from the claim's sentence: it is the one the claim replaced.
      if (report.entities.some((e) => e.entity.key === o.entity.key) || findMention(o, s.lang, report)) return false;
      return !person || sameOffice(claimRoles, rolesOf(s, o));
    });
    if (!other) continue;
    best = { verdict: 'contradicted', sentence: s, match: { start: other.start, end: other.end }, alignment, reason: `${s.article.path} names ${other.text} in that place` };
  }
  return best;
}

/**
 * The sources that mention the entity most (MENTION_SOURCES at most), with their sentence counts: every
 * sentence holding its key (cheap at any corpus size), plus those found by spelling among the ones compared
 * with the claim.
 */
function mentionCounts(claim: EntityClaim, index: SourceIndex, compared: readonly SourceSentence[]): { source: string; count: number }[] {
  const byKey = index.entityCounts(claim.entity.key);
  const extra = new Map<string, number>();
  for (const s of compared) {
    if (s.anchorSet.has(entityAnchor(claim.entity.key))) continue; // counted by key already
    extra.set(s.article.path, (extra.get(s.article.path) ?? 0) + 1);
  }
  if (extra.size === 0) return byKey.slice(0, MENTION_SOURCES);
  // A source outside the key's top list can only rise through its extra mentions: those are all looked at.
  const merged = new Map<string, number>();
  for (const c of byKey.slice(0, MENTION_SOURCES)) merged.set(c.source, c.count);
  for (const [source, n] of extra) merged.set(source, (merged.get(source) ?? index.entityCountIn(claim.entity.key, source)) + n);
  return [...merged]
    .map(([source, count]) => ({ source, count }))
    .sort(bySourceCount)
    .slice(0, MENTION_SOURCES);
}
