// Hostile input through the language server: bad source files and folders, CRLF, a 5 MB single-line
// report, invisible marks and absurd numbers. Each gets a clear message, and the rest keeps working.
import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver-protocol';
import { SERVER_PATH } from './lspClient';
import { ALTERED_SENTENCE, diagnosticAt, reportUri, serverAsNobody, serversAndFolders, SOURCE_SENTENCE, XY_ARTICLE } from './fixtures';

interface Status {
  articles: number;
  skipped: { path: string; reason: string }[];
  sources: string[];
  indexing: boolean;
}

const isRoot = process.getuid?.() === 0;
const UTF16_ARTICLE = 'Quxia mills\n\nThe Quxian mill made 8,765 chairs in 2018.\n';

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

/** Every diagnostic that carries a claim covers exactly the claim's text. */
function assertRangesMatch(text: string, diagnostics: Diagnostic[]): void {
  const doc = TextDocument.create('x:', 'markdown', 1, text);
  for (const d of diagnostics) {
    const data = d.data as { text?: string } | undefined;
    if (data?.text !== undefined) assert.equal(doc.getText(d.range), data.text, `range ${JSON.stringify(d.range)}`);
  }
}

describe('protocol: hostile input', function () {
  this.timeout(60000);
  const { start, folder } = serversAndFolders();

  it('bad source files are listed in claimcheck/status with their reasons; the others are used', async () => {
    const sources = folder({
      'xy.txt': XY_ARTICLE,
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'empty.txt': '',
      'latin1.md': Buffer.from('Caf\xe9 news\n\nThe caf\xe9 sold 12 cakes.\n', 'latin1'),
      'utf16le.txt': utf16(UTF16_ARTICLE, 'le'),
      'utf16be.txt': utf16(UTF16_ARTICLE, 'be'),
      'crlf.txt': 'Crlf article\r\n\r\nThe Wexian port handled 5,150 ships in 2020.\r\n',
    });
    writeFileSync(path.join(sources, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'The Xland tractor plant made 9,999 tractors. '));
    mkdirSync(path.join(sources, 'sub'));
    symlinkSync('..', path.join(sources, 'sub', 'loop'));
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(sources, 'report.md');
    const text = `${SOURCE_SENTENCE}\n\nThe Quxian mill made 8,765 chairs in 2018.\n\nThe Wexian port handled 5,150 ships in 2020.\n`;
    const from = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, { version: 1, from });
    for (const figure of ['33.7', '8,765', '5,150']) assert.equal(diagnosticAt(diagnostics, text, figure)?.code, 'supported', figure);
    assertRangesMatch(text, diagnostics);
    const status = await client.request<Status>('claimcheck/status', { uri });
    const reasons = new Map(status.skipped.map((s) => [s.path, s.reason]));
    assert.match(reasons.get('binary.txt') ?? '', /binary/);
    assert.match(reasons.get('empty.txt') ?? '', /empty/);
    assert.match(reasons.get('latin1.md') ?? '', /not valid UTF-8/);
    assert.match(reasons.get('huge.txt') ?? '', /too large \(50\.0 MB/);
    assert.match(reasons.get('sub/loop') ?? '', /symbolic link loop/);
    assert.equal(status.articles, 4);
    assert.equal(client.exitCode, undefined);
  });

  it('a CRLF report: every diagnostic points at its claim, and the quick fix replaces exactly the claim', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(sources, 'crlf.md');
    const text = `# Report\r\n\r\nFirst line.\r\n${ALTERED_SENTENCE}\r\n\r\nOld Mac line\r${SOURCE_SENTENCE}\n`;
    const from = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, { version: 1, from });
    assertRangesMatch(text, diagnostics);
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    const wrong = diagnostics.find((d) => d.code === 'contradicted');
    assert.ok(wrong, 'the altered figure is contradicted');
    assert.equal(wrong.range.start.line, 3);
    assert.match(doc.getText(wrong.range), /35\.2/);
    const actions = (await client.codeActions(uri, wrong.range, [wrong])) as CodeAction[];
    const replace = actions.find((a) => a.isPreferred);
    const edits = replace?.edit?.changes?.[uri];
    assert.ok(edits?.length === 1, 'one edit');
    const fixed = TextDocument.applyEdits(doc, edits);
    assert.equal(fixed, text.replace(ALTERED_SENTENCE, ALTERED_SENTENCE.replace('35.2', '33.7')));
    assert.ok(fixed.includes('\r\n\r\nOld Mac line\r'), 'line ends untouched');
  });

  it('a 5 MB single-line report gets one "too large" diagnostic at once; after an edit to a small text it is checked', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(sources, 'huge.md');
    const big = `${SOURCE_SENTENCE} `.repeat(Math.ceil((5 * 1024 * 1024) / (SOURCE_SENTENCE.length + 1)));
    let from = client.mark();
    await client.open(uri, big);
    const { diagnostics } = await client.waitForDiagnostics(uri, { version: 1, from });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'too-large');
    assert.match(String(diagnostics[0].message), /5\.0 MB, over the claimcheck\.maxFileSize limit of 2\.0 MB/);
    assert.equal(await client.hover(uri, { line: 0, character: 40 }), null, 'no claims, no hover, and the server answers');
    from = client.mark();
    await client.change(uri, `${SOURCE_SENTENCE}\n`);
    const small = await client.waitForDiagnostics(uri, { version: 2, from });
    assert.equal(diagnosticAt(small.diagnostics, `${SOURCE_SENTENCE}\n`, '33.7')?.code, 'supported');
  });

  it('an unreadable sources folder (chmod 000) is warned about; documents are still checked (all unverified)', async function () {
    const base = folder({});
    chmodSync(base, 0o755);
    const locked = path.join(base, 'locked');
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'xy.txt'), XY_ARTICLE);
    chmodSync(locked, 0o000);
    let serverPath = SERVER_PATH;
    if (isRoot) {
      // As root chmod blocks nothing: run the server as an unprivileged user, as a user's editor would.
      console.log('      (running as root, where chmod 000 blocks nothing: the server runs as uid 65534)');
      serverPath = serverAsNobody(base, SERVER_PATH);
    }
    try {
      const client = await start({ serverPath, settings: { sources: [locked] } });
      const uri = reportUri(base, 'locked.md');
      const text = `${SOURCE_SENTENCE}\n`;
      const from = client.mark();
      await client.open(uri, text);
      const warning = await client.waitFor<ShowMessageParams>('window/showMessage', (m) => m.message.includes(locked), from);
      assert.match(warning.message, /cannot be read \(.*EACCES\)/);
      const { diagnostics } = await client.waitForDiagnostics(uri, { version: 1, from });
      assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.code === 'unverified'));
      assert.equal(client.exitCode, undefined);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('a source that cannot be read after a restart: results stored for it are not shown as current', async function () {
    const base = folder({});
    chmodSync(base, 0o755);
    const sources = path.join(base, 'sources');
    mkdirSync(sources);
    const article = path.join(sources, 'xy.txt');
    writeFileSync(article, XY_ARTICLE);
    const anHourAgo = new Date(Date.now() - 3600_000);
    utimesSync(article, anHourAgo, anHourAgo);
    const cacheDir = path.join(base, 'cache');
    mkdirSync(cacheDir);
    chmodSync(cacheDir, 0o777);
    let serverPath = SERVER_PATH;
    if (isRoot) serverPath = serverAsNobody(base, SERVER_PATH);
    const text = `${SOURCE_SENTENCE}\n`;
    const uri = reportUri(base, 'unreadable.md');
    const session = async (until: (d: Diagnostic[]) => boolean): Promise<string[]> => {
      const client = await start({ serverPath, settings: { sources: [sources] }, initializationOptions: { cacheDir } });
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, { where: until });
      await client.waitFor('window/logMessage', (m: { message: string }) => m.message.includes('indexed 1 articles') || m.message.includes('indexed 0 articles'));
      const log = client.all<{ message: string }>('window/logMessage', 0).map((m) => m.message);
      await client.stop();
      return log;
    };
    const figure = (d: Diagnostic[]): string | number | undefined => diagnosticAt(d, text, '33.7')?.code;
    try {
      await session((d) => figure(d) === 'supported');
      // Its size and mtime stay as they were: only reading it tells. (With the persisted index in place the
      // file would not be read at all, its analysis taken from there: the index is let go.)
      chmodSync(article, 0o000);
      for (const entry of readdirSync(cacheDir)) if (entry !== 'checks') rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
      const log = await session((d) => figure(d) === 'unverified');
      assert.ok(!log.some((m) => m.includes('are reused')), log.join('\n'));
    } finally {
      chmodSync(article, 0o644);
    }
  });

  it('a sources folder deleted while it is being indexed: a warning, claims unverified, the server alive', async () => {
    const files: Record<string, string> = { 'xy.txt': XY_ARTICLE };
    for (let i = 0; i < 300; i++) files[`n${String(i).padStart(4, '0')}.txt`] = `News ${i}\n\n${`The Town${i} council approved ${i + 10} projects in 2019. `.repeat(20)}\n`;
    const sources = folder(files);
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(path.dirname(sources), `deleted-${path.basename(sources)}.md`);
    const text = `${SOURCE_SENTENCE}\n`;
    const from = client.mark();
    await client.open(uri, text);
    await client.waitFor<{ value: { kind: string } }>('$/progress', (p) => p.value.kind === 'report', from);
    rmSync(sources, { recursive: true, force: true });
    await client.waitFor<ShowMessageParams>('window/showMessage', (m) => m.message.includes(sources), from);
    await client.waitForDiagnostics(uri, { from, where: (d) => d.length > 0 && d.every((x) => x.code === 'unverified') });
    assert.equal((await client.request<Status>('claimcheck/status', { uri })).articles, 0);
    assert.equal(client.exitCode, undefined);
  });

  it('marks, lone surrogates, a 5,000-digit number and a report of only numbers: well-formed diagnostics, no crash', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources] } });
    const texts = [
      `Trade between \u200fXland\u200f and Yland rose \u200e33.7\u200e percent in \u20682017\u2069.\n`,
      `Trade between Xla\u200bnd and Yland rose 33\u200b.7 percent in 2\u03017.\n`,
      `Lone \ud800 surrogates \udc00 around 12 and 😀 34 \ud83d.\n`,
      `${'9'.repeat(5000)} and ${SOURCE_SENTENCE}\n`,
      Array.from({ length: 300 }, (_, i) => String(i * 37)).join(' ') + '\n',
      '\u202e\u0000\u0007\u001b[31m 12 \u001b]0;x\u0007\n',
    ];
    for (const [i, text] of texts.entries()) {
      const uri = reportUri(sources, `marks-${i}.md`);
      const from = client.mark();
      await client.open(uri, text);
      const p: PublishDiagnosticsParams = await client.waitForDiagnostics(uri, { version: 1, from });
      assertRangesMatch(text, p.diagnostics);
      for (const d of p.diagnostics) assert.ok(!/[\u0000-\u001f\u202e]/.test(String(d.message)), JSON.stringify(d.message));
      if (i === 0) assert.equal(diagnosticAt(p.diagnostics, text, '33.7')?.code, 'supported');
      if (i === 3) assert.equal(diagnosticAt(p.diagnostics, text, '33.7')?.code, 'supported');
      if (i === 4) assert.equal(p.diagnostics.length, 300);
      await client.close(uri);
    }
    assert.equal(client.exitCode, undefined);
    assert.doesNotMatch(client.stderr, /uncaught|unhandled/);
  });
});
