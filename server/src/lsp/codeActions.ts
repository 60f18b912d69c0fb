// Quick fixes built from `Diagnostic.data` alone: replace, cite, ignore, open the evidence.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimData } from './protocol';
import { ClientCommands, ServerCommands } from './protocol';
import { stillThere } from './documents';
import { SOURCE } from './diagnostics';
import { visibleControls } from '../engine/text/controls';

export const DISABLE_NEXT_LINE = '<!-- claimcheck-disable-next-line -->';

export interface ActionOptions {
  /** The client implements claimcheck.openEvidence and claimcheck.ignoreClaim (the VS Code extension). */
  clientCommands: boolean;
}

/** The claim data of a claimcheck diagnostic, if it carries well-formed data. */
export function dataOf(d: Diagnostic): ClaimData | undefined {
  if (d.source !== SOURCE) return undefined;
  const x = d.data as Partial<ClaimData> | undefined;
  if (!x || typeof x !== 'object' || typeof x.text !== 'string' || typeof x.verdict !== 'string' || !isRange(x.range)) return undefined;
  if (x.evidence !== undefined && (typeof x.evidence !== 'object' || typeof x.evidence.uri !== 'string' || !isRange(x.evidence.range))) return undefined;
  return x as ClaimData;
}

export function codeActionsFor(diagnostic: Diagnostic, data: ClaimData, doc: TextDocument, options: ActionOptions): CodeAction[] {
  // Nothing edits a range whose text is no longer the claim's.
  if (!stillThere(doc, data.range, data.text)) return [];
  const actions: CodeAction[] = [];
  const uri = doc.uri;
  const text = doc.getText();

  if (data.verdict === 'contradicted' && typeof data.suggestion === 'string' && data.suggestion && data.suggestion !== data.text) {
    actions.push({
      title: visibleControls(`Replace with “${data.suggestion}” (what ${data.evidence?.source ?? 'the source'} says)`),
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: data.range, newText: data.suggestion }] } },
    });
  }

  if (data.evidence) {
    const citation = ` [source: ${citedName(data.evidence.source, doc.languageId)}]`;
    const at = sentenceEnd(text, doc.offsetAt(data.range.end));
    if (!text.startsWith(citation, at)) {
      const pos = doc.positionAt(at);
      actions.push({
        title: visibleControls(`Cite ${data.evidence.source} after the sentence`),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: pos, end: pos }, newText: citation }] } },
      });
    }
  }

  if (doc.languageId === 'markdown') {
    const line = data.range.start.line;
    const lineText = text.slice(doc.offsetAt({ line, character: 0 }), doc.offsetAt({ line: line + 1, character: 0 }));
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    actions.push({
      title: 'Ignore this line: add claimcheck-disable-next-line above it',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${DISABLE_NEXT_LINE}${eol}` }] } },
    });
  }

  if (options.clientCommands) {
    // A claim read across a wrapped line: one line in the title and in settings (ignore compares so).
    const said = data.text.replace(/\s+/g, ' ');
    actions.push({
      title: visibleControls(`Ignore “${said}” in workspace settings (claimcheck.ignore)`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Ignore claim', command: ClientCommands.ignoreClaim, arguments: [said] },
    });
  }

  if (data.evidence) {
    actions.push({
      title: visibleControls(`Open the evidence in ${data.evidence.source}`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: {
        title: 'Open evidence',
        command: options.clientCommands ? ClientCommands.openEvidence : ServerCommands.openEvidence,
        arguments: [data.evidence.uri, data.evidence.range],
      },
    });
  }
  return actions;
}

/**
 * A source's file name as written into the report: on one line, and in Markdown unable to open a link,
 * an image, HTML or code ("a](https://x/y.png).md" stays text).
 */
export function citedName(source: string, languageId: string): string {
  const plain = visibleControls(source);
  return languageId === 'markdown' ? plain.replace(/[\\[\]()<>`]/g, '\\$&') : plain;
}

const TERMINATOR = /[.!?。！？؟…]/;
const CLOSERS = /["'”’»)\]」』]/;

/**
 * Offset just after the sentence that holds `from`: after its terminator (and closing quotes),
 * or at the end of its paragraph when it has none. "223.1" is not a sentence end.
 */
export function sentenceEnd(text: string, from: number): number {
  let i = from;
  let lastNonSpace = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      const rest = text.slice(i).match(/^(?:\r\n|\r|\n)([ \t]*)(\r\n|\r|\n|$)?/);
      if (rest && rest[2] !== undefined) return lastNonSpace;
    } else if (TERMINATOR.test(c)) {
      let j = i + 1;
      while (j < text.length && (TERMINATOR.test(text[j]) || CLOSERS.test(text[j]))) j++;
      const cjk = /[。！？]/.test(c);
      if (cjk || j >= text.length || /\s/.test(text[j])) return j;
    }
    if (!/\s/.test(c)) lastNonSpace = i + 1;
    i++;
  }
  return lastNonSpace;
}

function isRange(r: unknown): r is ClaimData['range'] {
  const x = r as ClaimData['range'] | undefined;
  return !!x && typeof x === 'object' && !!x.start && !!x.end && typeof x.start.line === 'number' && typeof x.start.character === 'number' && typeof x.end.line === 'number' && typeof x.end.character === 'number';
}
