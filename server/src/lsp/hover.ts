// A claim → the hover card: verdict in words, what was understood, the source, the evidence quoted.
import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import type { CheckedClaim, Verdict } from '../engine/types';
import { clip, escapeMarkdown, markSpan } from './markdown';
import { LANGUAGE_NAMES, describeEntity, describeQuantity } from './quantity';

const VERDICT_WORDS: Record<Verdict, string> = {
  supported: '**Supported** — a source states this.',
  contradicted: '**Contradicted** — a source states something different.',
  unverified: '**Unverified** — no source states this.',
};

/** Longest evidence sentence shown whole; longer ones are clipped around the match. */
const MAX_QUOTE = 400;
const MAX_TITLE = 100;

/**
 * The hover for one claim. Everything that comes from the report or a source is escaped, so a
 * source holding links, images, HTML or `command:` URIs renders as plain text.
 */
export function hoverContent(claim: CheckedClaim): MarkupContent {
  const lines: string[] = [`claimcheck: ${VERDICT_WORDS[claim.verdict]}`, ''];
  const understood = claim.quantity ? describeQuantity(claim.quantity) : claim.entity ? describeEntity(claim.entity) : undefined;
  // A claim read across a wrapped line holds its line break: escapeMarkdown shows it as a space.
  lines.push(`Claim: “${escapeMarkdown(claim.text)}”${understood ? ` — understood as ${escapeMarkdown(understood)}` : ''}`, '');
  if (claim.reason) lines.push(`Why: ${escapeMarkdown(claim.reason)}`, '');

  const ev = claim.evidence;
  if (ev) {
    const meta = [LANGUAGE_NAMES[ev.lang] ?? ev.lang, ev.date].filter(Boolean).join(', ');
    lines.push(`Source: ${escapeMarkdown(ev.source)} (${escapeMarkdown(meta)})`, '');
    // The title on its own line: a right-to-left title would otherwise reorder the line around it.
    if (ev.title && ev.title !== ev.source) lines.push(`Title: “${escapeMarkdown(clip(ev.title, 0, 0, MAX_TITLE).text)}”`, '');
    const m = ev.match ?? { start: 0, end: 0 };
    const shown = clip(ev.sentence, m.start, m.end, MAX_QUOTE);
    lines.push(`> ${markSpan(shown.text, shown.start, shown.end)}`, '');
    if (claim.verdict === 'contradicted') {
      const says = ev.matchText ?? (ev.match ? ev.sentence.slice(ev.match.start, ev.match.end) : undefined);
      if (says) lines.push(`The source says **${escapeMarkdown(says)}**, not ${escapeMarkdown(claim.text)}.`, '');
      if (claim.suggestion) lines.push(`Quick fix: replace with “${escapeMarkdown(claim.suggestion)}”.`, '');
    }
  }
  const counted = claim.mentions;
  if (claim.kind === 'entity' && counted?.length) {
    const list = [...counted].sort((a, b) => b.count - a.count).map((x) => `${escapeMarkdown(x.source)} (${x.count} ${x.count === 1 ? 'sentence' : 'sentences'})`);
    lines.push(`Mentioned in: ${list.join(', ')}`, '');
  } else if (claim.kind === 'entity' && !ev) {
    lines.push('Mentioned in: no source.', '');
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { kind: MarkupKind.Markdown, value: lines.join('\n') };
}
