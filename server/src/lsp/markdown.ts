// Escaping for text from sources and reports placed into hover Markdown: it must render as plain text.
import { visibleControls } from '../engine/text/controls';

/**
 * Escapes `text` so that no Markdown or HTML construct survives: emphasis, code, links, images,
 * autolinks (`http://`, `www.`, e-mail), raw HTML and entities, headings, lists and code blocks.
 * Runs of white space (line breaks included) become one space so the text cannot open a new block;
 * control characters and bidi overrides are written visibly (`\x1b`, `<U+202E>`).
 */
export function escapeMarkdown(text: string): string {
  // Control characters (a terminal's escape sequences) and bidi overrides are shown, never obeyed.
  return visibleControls(text.replace(/\s+/g, ' '))
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\\`*_{}[\]()#!|~:@$]/g, '\\$&')
    // At the start of a line these open a list item or a rule; inside a line they are plain.
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})\.(?=\s|$)/, '$1\\.')
    // GFM autolinks `www.…` even without a scheme (`http://` and e-mail are already broken by `\:` and `\@`).
    .replace(/(?<=www)\./gi, '\\.');
}

/** Escapes `text` and puts the span [start, end) in bold; an empty or blank span is not marked. */
export function markSpan(text: string, start: number, end: number): string {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let inner = text.slice(s, e);
  const lead = inner.length - inner.trimStart().length;
  const trail = inner.length - inner.trimEnd().length;
  inner = inner.trim();
  if (!inner) return escapeMarkdown(text);
  return escapeMarkdown(text.slice(0, s + lead)) + '**' + escapeMarkdown(inner) + '**' + escapeMarkdown(text.slice(e - trail));
}

/** Shortens `text` to about `max` characters around [start, end), with ellipses; offsets follow. */
export function clip(text: string, start: number, end: number, max: number): { text: string; start: number; end: number } {
  if (text.length <= max) return { text, start, end };
  const room = Math.max(0, max - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(text.length, from + Math.max(max, end - start));
  from = Math.max(0, Math.min(from, to - max));
  const pre = from > 0 ? '…' : '';
  const post = to < text.length ? '…' : '';
  return { text: pre + text.slice(from, to) + post, start: start - from + pre.length, end: end - from + pre.length };
}
