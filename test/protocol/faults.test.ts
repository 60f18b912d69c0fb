// Faults with the real server: killed mid-check, a damaged index cache, sources changing while they are
// indexed, edits faster than checks, stale versions, closing. No crash, no wrong position, nothing stale left.
import { strict as assert } from 'node:assert';
import { copyFileSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver-protocol';
import { Checker, SourceIndex } from '../../server/src/engine';
import { diagnosticAt, reportUri, serversAndFolders, SOURCE_SENTENCE, XY_ARTICLE } from './fixtures';

interface Status {
  articles: number;
  skipped: { path: string; reason: string }[];
  indexing: boolean;
}

/** `n` small articles with distinct facts, to make indexing take a while (names sort after "a-…"). */
function manyArticles(n: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const lines = [`Town ${i} gazette`, ''];
    for (let k = 0; k < 30; k++) lines.push(`The council of Town${i}x${k} approved ${100 + ((i * 31 + k * 7) % 900)} projects worth ${k + 2}.${i % 10} million dollars in ${2000 + (k % 20)}.`);
    out[`b${String(i).padStart(4, '0')}.txt`] = lines.join('\n') + '\n';
  }
  return out;
}

/** Every claimcheck diagnostic's range covers exactly the claim text it was published for. */
function assertRangesMatch(text: string, p: PublishDiagnosticsParams): void {
  const doc = TextDocument.create('x:', 'markdown', 1, text);
  for (const d of p.diagnostics) {
    const data = d.data as { text?: string } | undefined;
    if (data?.text !== undefined) assert.equal(doc.getText(d.range), data.text, `version ${p.version}: range of "${data.text}"`);
  }
}

describe('protocol: faults', function () {
  this.timeout(60000);
  const { start, folder } = serversAndFolders();

  it('killed mid-check (SIGKILL), a new server process answers for the same documents', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE, ...manyArticles(300) });
    const uri = reportUri(sources, 'killed.md');
    const text = `# Report\n\n${SOURCE_SENTENCE}\n`.repeat(50);
    const first = await start({ settings: { sources: [sources] } });
    const from = first.mark();
    await first.open(uri, text);
    // The document's check waits for the index: kill the server while indexing is reported in progress.
    await first.waitFor<{ value: { kind: string } }>('$/progress', (p) => p.value.kind === 'report', from);
    const exited = new Promise<string | null>((resolve) => first.process.once('exit', (_code, signal) => resolve(signal)));
    first.process.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.equal(first.all<{ uri: string }>('textDocument/publishDiagnostics', from).filter((p) => p.uri === uri).length, 0, 'it died before publishing');
    await assert.rejects(first.waitForDiagnostics(uri, { from: first.mark() }), /exited/);

    // What the VS Code client does on a crash (restart, re-open the documents), at the protocol level.
    const second = await start({ settings: { sources: [sources] } });
    const again = second.mark();
    await second.open(uri, text);
    const { diagnostics } = await second.waitForDiagnostics(uri, { version: 1, from: again });
    assert.equal(diagnosticAt(diagnostics, text, '33.7')?.code, 'supported');
    assert.equal(second.process.pid !== first.process.pid, true);
  });

  it('a corrupt, truncated or half-written index cache is detected and rebuilt, with the same verdicts', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE, 'b.txt': 'B news\n\nWland built 4321 bridges in 2019.\n' });
    const cacheDir = folder({});
    const report = `${SOURCE_SENTENCE}\n\nWland built 4321 bridges in 2019.\n`;
    const verdicts = (index: SourceIndex) => new Checker(index).check(report).map((c) => `${c.text}:${c.verdict}`);

    // Files older than the cache are trusted from it (a file changed just before the cache was written is re-read).
    const old = new Date(Date.now() - 60_000);
    for (const f of ['xy.txt', 'b.txt']) utimesSync(path.join(sources, f), old, old);
    const built = await SourceIndex.load(sources, { cacheDir });
    assert.deepEqual(built.stats, { fromCache: 0, analysed: 2, cacheWritten: true });
    const want = verdicts(built);
    assert.ok(want.includes('33.7 percent:supported') && want.includes('4321:supported'), want.join(', '));
    const files = (): string[] =>
      readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
        .map((f) => path.join(cacheDir, f))
        .filter((f) => statSync(f).isFile());
    const [cacheFile] = files();
    assert.ok(cacheFile, 'a cache file was written');
    const warm = await SourceIndex.load(sources, { cacheDir });
    assert.equal(warm.stats.fromCache, 2, 'a valid cache is used');
    const good = readFileSync(files()[0]);

    const damages: [string, (file: string) => void][] = [
      ['truncated to half (a write cut short)', (f) => truncateSync(f, Math.floor(good.length / 2))],
      ['zero bytes', (f) => truncateSync(f, 0)],
      ['one byte flipped in the middle', (f) => {
        const b = Buffer.from(good);
        b[b.length >> 1] ^= 0xff;
        writeFileSync(f, b);
      }],
      ['garbage', (f) => writeFileSync(f, Buffer.from('CCINDEX1\u0000\u0000\u0010\u0000{"format":1,"files":[', 'latin1'))],
      ['a huge header length', (f) => {
        const b = Buffer.from(good);
        b.writeUInt32LE(0xfffffff0, 8);
        writeFileSync(f, b);
      }],
    ];
    for (const [what, damage] of damages) {
      for (const f of files()) damage(f);
      const index = await SourceIndex.load(sources, { cacheDir });
      assert.equal(index.stats.fromCache, 0, `${what}: nothing restored from a damaged file`);
      assert.equal(index.stats.analysed, 2, what);
      assert.equal(index.stats.cacheWritten, true, `${what}: the cache is rebuilt`);
      assert.deepEqual(verdicts(index), want, what);
      const reloaded = await SourceIndex.load(sources, { cacheDir });
      assert.equal(reloaded.stats.fromCache, 2, `${what}: the rebuilt cache is valid`);
      assert.deepEqual(verdicts(reloaded), want, what);
    }
    // A temporary file left by a writer that died is not mistaken for the cache.
    writeFileSync(path.join(path.dirname(files()[0]), 'index-0000000000000000.bin.123.deadbeef.tmp'), good.subarray(0, 100));
    const withLeftover = await SourceIndex.load(sources, { cacheDir });
    assert.deepEqual(verdicts(withLeftover), want);
  });

  it('a source file changed while the folder is being indexed is seen (after it was read)', async () => {
    const sources = folder({ 'a-target.txt': 'Target works\n\nThe Targetian works made 1,111 bolts in 2019.\n', ...manyArticles(400) });
    const uri = reportUri(path.dirname(sources), `changed-${path.basename(sources)}.md`);
    const text = 'The Targetian works made 7,777 bolts in 2019.\n';
    const client = await start({ settings: { sources: [sources] } });
    const from = client.mark();
    await client.open(uri, text);
    // a-target.txt is read first; once a tenth of the folder is read, change it.
    await client.waitFor<{ value: { kind: string; message?: string } }>(
      '$/progress',
      (p) => p.value.kind === 'report' && /^(\d+)\/(\d+)/.test(p.value.message ?? '') && Number(/^(\d+)/.exec(p.value.message ?? '')?.[1]) >= 40,
      from,
    );
    writeFileSync(path.join(sources, 'a-target.txt'), 'Target works\n\nThe Targetian works made 7,777 bolts in 2019.\n');
    const status = await client.request<Status>('claimcheck/status', { uri });
    assert.equal(status.indexing, true, 'the change came while indexing (the test is meaningful)');
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '7,777')?.code === 'supported' });
  });

  it('two edits faster than a check: diagnostics in version order, the last for the last version, every range right', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE, ...manyArticles(20) });
    const client = await start({ settings: { sources: [sources], debounceMs: 0 } });
    const uri = reportUri(sources, 'fast.md');
    const texts = new Map<number, string>();
    const v0 = `# Report\n\n${SOURCE_SENTENCE}\n`;
    const from = client.mark();
    texts.set(await client.open(uri, v0), v0);
    // Without waiting: the open check is still waiting for settings and the index when these arrive.
    const v1 = `Intro line.\n\n${SOURCE_SENTENCE}\n\nWland built 4321 bridges.\n`;
    texts.set(await client.change(uri, v1), v1);
    const v2 = `Intro line, longer now.\n\nMore text first.\n\n${SOURCE_SENTENCE.replace('33.7', '35.2')}\n`;
    const last = await client.change(uri, v2);
    texts.set(last, v2);
    const final = await client.waitForDiagnostics(uri, { version: last, from });
    assert.equal(diagnosticAt(final.diagnostics, v2, '35.2')?.code, 'contradicted');
    // A barrier: a request answered after every check that was scheduled has run.
    await client.request('claimcheck/status', { uri });
    const published = client.all<PublishDiagnosticsParams>('textDocument/publishDiagnostics', from).filter((p) => p.uri === uri);
    const versions = published.map((p) => p.version ?? -1);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
    assert.equal(versions[versions.length - 1], last, 'the last publication is for the last version');
    for (const p of published) assertRangesMatch(texts.get(p.version ?? -1) ?? '', p);
  });

  it('a hover on a stale version never answers with a range that is not the claim in the current text', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources], debounceMs: 600000 } });
    const uri = reportUri(sources, 'stale.md');
    const text = `${SOURCE_SENTENCE}\n\nSecond paragraph about 223.1 billion yuan.\n`;
    const from = client.mark();
    await client.open(uri, text);
    await client.waitForChecked(uri, { version: 1, from });
    const edits = [
      `${SOURCE_SENTENCE.replace('Trade', 'Total trade')}\n\nSecond paragraph about 223.1 billion yuan.\n`, // shifts claims on line 0
      `Inserted line.\n${SOURCE_SENTENCE}\n\nSecond paragraph about 223.1 billion yuan.\n`, // shifts lines
      `${SOURCE_SENTENCE.replace('33.7', '3.7')}\n\nSecond paragraph about 223.1 billion yuan.\n`, // shortens a claim
      `${SOURCE_SENTENCE}`.slice(0, 40), // deletes most of it
    ];
    for (const current of edits) {
      await client.change(uri, current);
      const doc = TextDocument.create(uri, 'markdown', 1, current);
      const lines = current.split('\n');
      for (let line = 0; line < 4; line++) {
        for (let character = 0; character <= (lines[line]?.length ?? 0) + 2; character += 3) {
          const hover: Hover | null = await client.hover(uri, { line, character });
          if (!hover?.range) continue;
          const shown = doc.getText(hover.range);
          const claimed = /Claim: “([^”]*)”/.exec((hover.contents as { value: string }).value)?.[1]?.replace(/\\(.)/g, '$1');
          assert.equal(shown, claimed, `hover at ${line}:${character} on ${JSON.stringify(current.slice(0, 30))}`);
        }
      }
    }
    assert.equal(client.all('claimcheck/checked', from).length, 1, 'no re-check ran: every hover came from the stale check');
  });

  it('closing a document clears its diagnostics, also with a check pending, and nothing is published after', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources], debounceMs: 50 } });
    const uri = reportUri(sources, 'closed.md');
    const other = reportUri(sources, 'other.md');
    const text = `${SOURCE_SENTENCE}\n`;
    let from = client.mark();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, { version: 1, from, where: (d) => d.length > 0 });
    from = client.mark();
    await client.change(uri, text + '\nWland built 4321 bridges.\n');
    await client.close(uri);
    await client.waitForDiagnostics(uri, { from, where: (d) => d.length === 0 });
    // Open another document and let its (debounced) edit be checked: the closed one's check would have run by then.
    await client.open(other, text);
    await client.change(other, text + '\nMore.\n');
    await client.waitForDiagnostics(other, { version: 2, from });
    const after = client.all<PublishDiagnosticsParams>('textDocument/publishDiagnostics', from).filter((p) => p.uri === uri);
    assert.equal(after.length, 1, 'one publication for the closed document');
    assert.deepEqual(after[0].diagnostics, []);
    assert.equal(await client.hover(uri, { line: 0, character: 37 }), null, 'no hover from a closed document');
  });

  it('an installation without its engine file says so once, and keeps answering', async () => {
    // dist/server.js alone: dist/engine.js, loaded on first use, is missing.
    const dist = folder({});
    copyFileSync(path.join(__dirname, '..', '..', '..', 'dist', 'server.js'), path.join(dist, 'server.js'));
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ serverPath: path.join(dist, 'server.js'), settings: { sources: [sources] }, initializationOptions: { cacheDir: '' } });
    const uri = reportUri(sources, 'no-engine.md');
    await client.open(uri, `${SOURCE_SENTENCE}\n`);
    const warning = await client.waitFor<ShowMessageParams>('window/showMessage', (m) => m.message.includes('checking engine could not be loaded'));
    assert.match(warning.message, /engine\.js/);
    // The next check fails the same way, and says so in the log only.
    const from = client.mark();
    await client.change(uri, `${SOURCE_SENTENCE}\n\nMore.\n`);
    await client.waitFor<{ message: string }>('window/logMessage', (m) => m.message.includes('could not be loaded'), from);
    const status = await client.request<Status>('claimcheck/status', { uri });
    assert.deepEqual([status.articles, status.indexing], [0, false]);
    assert.equal(client.all<ShowMessageParams>('window/showMessage').filter((m) => m.message.includes('engine')).length, 1, 'said once');
  });
});
