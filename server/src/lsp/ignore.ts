// What the writer asked not to check: disable comments in the text and the `claimcheck.ignore` setting.
import type { Span } from '../engine/types';

const HTML_DIRECTIVE = /<!--[ \t]*claimcheck-(disable-next-line|disable|enable)(?![\w-])[^]*?-->/g;
// A directive alone on its line inside a line or block comment: `// …`, `# …`, `; …`, `-- …`, `/* … */`, `% …`.
const LINE_DIRECTIVE = /^[ \t]*(?:\/\/+|#+|;+|--|\/\*+|%+|\*+)[ \t]*claimcheck-(disable-next-line|disable|enable)(?![\w-])[^\r\n]*$/gm;

/** Spans of `text` (offsets) in which claims are not reported. */
export function disabledSpans(text: string, languageId: string): Span[] {
  const directives: { kind: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(HTML_DIRECTIVE)) directives.push({ kind: m[1], start: m.index, end: m.index + m[0].length });
  if (languageId !== 'markdown') {
    for (const m of text.matchAll(LINE_DIRECTIVE)) directives.push({ kind: m[1], start: m.index, end: m.index + m[0].length });
  }
  directives.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let openAt: number | undefined;
  for (const d of directives) {
    if (d.kind === 'disable') openAt ??= d.end;
    else if (d.kind === 'enable') {
      if (openAt !== undefined) spans.push({ start: openAt, end: d.start });
      openAt = undefined;
    } else {
      const next = nextLine(text, d.end);
      if (next) spans.push(next);
    }
  }
  if (openAt !== undefined) spans.push({ start: openAt, end: text.length });
  return spans;
}

function nextLine(text: string, from: number): Span | undefined {
  const nl = text.slice(from).search(/\r\n|\r|\n/);
  if (nl < 0) return undefined;
  const start = from + nl + (text.startsWith('\r\n', from + nl) ? 2 : 1);
  const rest = text.slice(start).search(/\r\n|\r|\n/);
  return { start, end: rest < 0 ? text.length : start + rest };
}

export function inSpans(offset: number, spans: readonly Span[]): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}

export interface IgnoreList {
  matches(claimText: string): boolean;
  /** Entries written as `/regex/flags` that do not compile, with the reason. */
  invalid: { entry: string; reason: string }[];
}

const MAX_PATTERN_LENGTH = 500;

/**
 * Compiles `claimcheck.ignore`: each entry is an exact claim text, or `/pattern/flags`.
 * Stateful flags (g, y) are dropped so a pattern answers the same every time; invalid entries are left out.
 */
export function compileIgnoreList(entries: readonly string[]): IgnoreList {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  const invalid: { entry: string; reason: string }[] = [];
  for (const entry of entries) {
    const m = /^\/(.+)\/([a-z]*)$/s.exec(entry);
    if (!m) {
      if (entry.trim()) exact.add(normalize(entry));
      continue;
    }
    if (m[1].length > MAX_PATTERN_LENGTH) {
      invalid.push({ entry, reason: `longer than ${MAX_PATTERN_LENGTH} characters` });
      continue;
    }
    try {
      patterns.push(new RegExp(m[1], m[2].replace(/[gy]/g, '')));
    } catch (e) {
      invalid.push({ entry, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return {
    invalid,
    matches: (claimText) => exact.has(normalize(claimText)) || patterns.some((p) => p.test(claimText)),
  };
}

function normalize(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}
