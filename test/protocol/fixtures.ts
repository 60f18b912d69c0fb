// Temporary source folders and reports whose verdicts do not depend on fine engine quality:
// a report sentence either repeats the source sentence word for word, or changes one figure.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from './lspClient';

export const SOURCE_SENTENCE = 'Trade between Xland and Yland rose 33.7 percent in 2017 to 223.1 billion yuan.';
export const ALTERED_SENTENCE = 'Trade between Xland and Yland rose 35.2 percent in 2017 to 223.1 billion yuan.';
export const UNCOVERED_SENTENCE = 'Zland exported 999 tractors.';
export const XY_ARTICLE = `Xland and Yland trade\n\n${SOURCE_SENTENCE}\n`;

/** A fresh temporary folder; `files` maps relative paths to contents. */
export function tempFolder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-protocol-'));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Servers and temporary folders for one describe block: all stopped and removed after it. */
export function serversAndFolders(): { start: typeof LspClient.start; folder: (files?: Record<string, string | Buffer>) => string } {
  const cleanup: string[] = [];
  const clients: LspClient[] = [];
  after(async () => {
    for (const c of clients) await c.stop();
    for (const d of cleanup) removeFolder(d);
  });
  return {
    start: async (...args) => {
      const c = await LspClient.start(...args);
      clients.push(c);
      return c;
    },
    folder: (files = {}) => {
      const dir = tempFolder(files);
      cleanup.push(dir);
      return dir;
    },
  };
}

/** A report URI inside `dir` (the file need not exist: the text is sent with didOpen). */
export function reportUri(dir: string, name = 'report.md'): string {
  return fileUri(path.join(dir, name));
}

/** The claimcheck diagnostic that covers the first occurrence of `needle` (by its start) in `text`. */
export function diagnosticAt(diagnostics: Diagnostic[], text: string, needle: string, occurrence = 0): Diagnostic | undefined {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const lines = text.slice(0, at).split('\n');
  const line = lines.length - 1;
  const character = lines[line].length;
  return diagnostics.find(
    (d) =>
      d.source === 'claimcheck' &&
      (d.range.start.line < line || (d.range.start.line === line && d.range.start.character <= character)) &&
      (d.range.end.line > line || (d.range.end.line === line && d.range.end.character > character)),
  );
}

/** The text a range covers. */
export function textAt(text: string, range: Diagnostic['range']): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

/**
 * A script that runs the server as an unprivileged user (uid 65534), for tests of unreadable files run as
 * root, where chmod blocks nothing. Signal 0 to the client's process (the server's check that its client
 * lives) fails with EPERM across users: that still means alive.
 */
export function serverAsNobody(dir: string, serverPath: string): string {
  const file = path.join(dir, 'as-nobody.js');
  writeFileSync(
    file,
    [
      'const kill = process.kill.bind(process);',
      "process.kill = (pid, sig) => { try { return kill(pid, sig); } catch (e) { if (sig === 0 && e.code === 'EPERM') return true; throw e; } };",
      'process.setgid(65534);',
      'process.setuid(65534);',
      `require(${JSON.stringify(serverPath)});`,
      '',
    ].join('\n'),
  );
  return file;
}
