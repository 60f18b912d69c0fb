import type { CheckedClaim } from '../engine';
import { visibleControls } from '../engine/text/controls';

export interface FileResult {
  path: string;
  claims: CheckedClaim[];
}

export interface Summary {
  supported: number;
  contradicted: number;
  unverified: number;
}

export function summarize(files: FileResult[]): Summary {
  const s: Summary = { supported: 0, contradicted: 0, unverified: 0 };
  for (const f of files) for (const c of f.claims) s[c.verdict]++;
  return s;
}

/** The JSON contract the scorer reads (shared/eval/README.md), plus a few extra fields. */
export function toJson(files: FileResult[]): string {
  return JSON.stringify(
    {
      files: files.map((f) => ({
        path: f.path,
        claims: f.claims.map((c) => ({
          kind: c.kind,
          text: c.text,
          start: c.start,
          end: c.end,
          range: c.range,
          verdict: c.verdict,
          source: c.evidence?.source ?? null,
          evidence: c.evidence?.sentence ?? null,
          evidenceRange: c.evidence?.range ?? null,
          suggestion: c.suggestion ?? null,
          reason: c.reason,
          sourceValue: c.evidence?.matchText ?? null,
        })),
      })),
      summary: summarize(files),
    },
    null,
    2,
  );
}

const quote = (s: string, max = 160): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = /[\ud800-\udbff]/.test(t[max - 2]) ? max - 2 : max - 1;
  return t.slice(0, cut) + '…';
};

/**
 * Compiler-style lines, one per claim that is not supported (all with `all`), then a summary. Everything
 * quoted from a report or a source has its control characters written visibly: a terminal runs none.
 */
export function toText(files: FileResult[], all: boolean): string {
  return textLines(files, all).map(visibleControls).join('\n');
}

function textLines(files: FileResult[], all: boolean): string[] {
  const lines: string[] = [];
  for (const f of files) {
    for (const c of f.claims) {
      if (!all && c.verdict === 'supported') continue;
      const at = `${f.path}:${c.range.start.line + 1}:${c.range.start.character + 1}`;
      let line = `${at}: ${c.verdict}: "${c.text}"`;
      if (c.evidence) {
        const says = c.verdict === 'contradicted' && c.evidence.matchText ? ` says ${c.evidence.matchText}` : '';
        line += ` — ${c.evidence.source}${says}: "${quote(c.evidence.sentence)}"`;
      } else line += ' — not found in the sources';
      if (c.suggestion) line += ` (suggest: ${c.suggestion})`;
      lines.push(line);
    }
  }
  const s = summarize(files);
  const n = files.reduce((k, f) => k + f.claims.length, 0);
  lines.push(`${n} claims in ${files.length} file${files.length === 1 ? '' : 's'}: ${s.supported} supported, ${s.contradicted} contradicted, ${s.unverified} unverified`);
  return lines;
}

const SARIF_LEVEL = { contradicted: 'warning', unverified: 'note', supported: 'none' } as const;

/** SARIF 2.1.0: one result per claim that is not supported. */
export function toSarif(files: FileResult[], version: string): string {
  const rules = (['contradicted', 'unverified'] as const).map((id) => ({
    id,
    name: id,
    shortDescription: { text: id === 'contradicted' ? 'A source states a different value or name' : 'No source covers this claim' },
    defaultConfiguration: { level: SARIF_LEVEL[id] },
  }));
  const results = files.flatMap((f) =>
    f.claims
      .filter((c) => c.verdict !== 'supported')
      .map((c) => ({
        ruleId: c.verdict,
        level: SARIF_LEVEL[c.verdict],
        message: {
          text: c.evidence
            ? `${c.verdict}: "${c.text}" — ${c.evidence.source}: "${quote(c.evidence.sentence)}"${c.suggestion ? ` (suggest: ${c.suggestion})` : ''}`
            : `${c.verdict}: "${c.text}" — not found in the sources`,
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.path.split('\\').join('/') },
              region: {
                startLine: c.range.start.line + 1,
                startColumn: c.range.start.character + 1,
                endLine: c.range.end.line + 1,
                endColumn: c.range.end.character + 1,
                charOffset: c.start,
                charLength: c.end - c.start,
              },
            },
          },
        ],
        ...(c.suggestion
          ? {
              fixes: [
                {
                  description: { text: `Replace with the source's value ${c.suggestion}` },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: f.path.split('\\').join('/') },
                      replacements: [{ deletedRegion: { charOffset: c.start, charLength: c.end - c.start }, insertedContent: { text: c.suggestion } }],
                    },
                  ],
                },
              ],
            }
          : {}),
      })),
  );
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'claimcheck', version, informationUri: 'https://example.invalid/claimcheck', rules } }, columnKind: 'utf16CodeUnits', results }],
    },
    null,
    2,
  );
}
