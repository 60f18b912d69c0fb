import { strict as assert } from 'node:assert';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { MessageType } from 'vscode-languageserver-protocol';
import { LspClient, fileUri } from './lspClient';
import { diagnosticAt, reportUri, serversAndFolders, SOURCE_SENTENCE, XY_ARTICLE } from './fixtures';

interface Status {
  articles: number;
  skipped: { path: string; reason: string }[];
  sources: string[];
  indexing: boolean;
}

const NEW_SENTENCE = 'Wland built 4321 bridges in 2019.';

/** The server's log lines (window/logMessage) received since `from`. */
function logs(client: LspClient, from: number): string[] {
  return client.all<{ message: string }>('window/logMessage', from).map((m) => m.message);
}

describe('protocol: sources', () => {
  const { start, folder } = serversAndFolders();

  it('re-indexes when an article is added, changed or removed on disk, and re-checks', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(sources, 'watch.md');
    const text = `${SOURCE_SENTENCE}\n\n${NEW_SENTENCE}\n`;
    let from = client.mark();
    await client.open(uri, text);
    const first = await client.waitForDiagnostics(uri, { from });
    assert.equal(diagnosticAt(first.diagnostics, text, '4321')?.code, 'unverified');
    assert.equal(diagnosticAt(first.diagnostics, text, '33.7')?.code, 'supported');

    from = client.mark();
    writeFileSync(path.join(sources, 'w.txt'), `Wland news\n\n${NEW_SENTENCE}\n`);
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '4321')?.code === 'supported' });

    from = client.mark();
    writeFileSync(path.join(sources, 'xy.txt'), XY_ARTICLE.replace('33.7 percent', '31.9 percent'));
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '33.7')?.code !== 'supported' });
    assert.ok(logs(client, from).some((m) => /updated the index of .* in place/.test(m)), 'one changed article is analysed again, not the folder');

    from = client.mark();
    rmSync(path.join(sources, 'w.txt'));
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '4321')?.code === 'unverified' });
    const status = await client.request<Status>('claimcheck/status', {});
    assert.equal(status.articles, 1);
  });

  it('sees changes in folders below the sources folder, including one made after the server started', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE, 'wire/2019/old.txt': 'Wland news\n\nNothing about bridges yet.\n' });
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(sources, 'nested.md');
    const text = `${NEW_SENTENCE}\n`;
    let from = client.mark();
    await client.open(uri, text);
    const first = await client.waitForDiagnostics(uri, { from });
    assert.equal(diagnosticAt(first.diagnostics, text, '4321')?.code, 'unverified');

    from = client.mark();
    writeFileSync(path.join(sources, 'wire/2019/old.txt'), `Wland news\n\n${NEW_SENTENCE}\n`);
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '4321')?.code === 'supported' });

    from = client.mark();
    writeFileSync(path.join(sources, 'wire/2019/old.txt'), 'Wland news\n\nNothing about bridges yet.\n');
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '4321')?.code === 'unverified' });

    // A folder created later is watched once a re-index has listed it.
    from = client.mark();
    mkdirSync(path.join(sources, 'wire/2020'));
    writeFileSync(path.join(sources, 'wire/2020/first.txt'), 'Wland news\n\nNothing yet.\n');
    await client.waitFor('window/logMessage', (m: { message: string }) => /in place \(3 articles\)|indexed 3 articles/.test(m.message), from);
    from = client.mark();
    writeFileSync(path.join(sources, 'wire/2020/first.txt'), `Wland news\n\n${NEW_SENTENCE}\n`);
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '4321')?.code === 'supported' });

    // A folder replaced under the same path is a new folder to watch.
    from = client.mark();
    rmSync(path.join(sources, 'wire/2020'), { recursive: true, force: true });
    mkdirSync(path.join(sources, 'wire/2020'));
    writeFileSync(path.join(sources, 'wire/2020/first.txt'), 'Wland news\n\nNothing yet.\n');
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '4321')?.code === 'unverified' });
    from = client.mark();
    writeFileSync(path.join(sources, 'wire/2020/first.txt'), `Wland news\n\n${NEW_SENTENCE}\n`);
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '4321')?.code === 'supported' });
  });

  it('restarts from the persisted index: nothing is read again, the diagnostics are the same', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE, 'w.txt': `Wland news\n\n${NEW_SENTENCE}\n` });
    // Files changed just before the index was written are read again on the next start: these are older.
    const anHourAgo = new Date(Date.now() - 3600_000);
    for (const f of ['xy.txt', 'w.txt']) utimesSync(path.join(sources, f), anHourAgo, anHourAgo);
    const cacheDir = folder({});
    const text = `${SOURCE_SENTENCE}\n\n${NEW_SENTENCE}\n`;
    const REUSED = 'paragraphs checked in an earlier session against the same sources are reused';
    const run = async (reuse = false): Promise<{ diagnostics: unknown; log: string[] }> => {
      const client = await start({ settings: { sources: [sources] }, initializationOptions: { cacheDir } });
      const uri = reportUri(sources, 'restart.md');
      // As the VS Code client does on starting: the status item asks what is indexed.
      const status = client.request('claimcheck/status', { uri });
      await client.open(uri, text);
      await status;
      // The first diagnostics may come from stored results, before the index has loaded; then it loads.
      const { diagnostics } = await client.waitForDiagnostics(uri);
      await client.waitFor('window/logMessage', (m: { message: string }) => m.message.includes('indexed 2 articles'));
      if (reuse) await client.waitFor('window/logMessage', (m: { message: string }) => m.message.includes(REUSED));
      // Answered from what was stored, the report is checked again in the background, to the same answers.
      if (reuse) await client.waitFor('window/logMessage', (m: { message: string }) => /warmed up for edits .*the same answers as stored/.test(m.message));
      const log = logs(client, 0);
      await client.stop();
      return { diagnostics: diagnostics.map((d) => [d.code, d.range, d.message]), log };
    };
    const cold = await run();
    assert.ok(cold.log.some((m) => m.includes('indexed 2 articles') && m.includes('0 from the persisted index, 2 read')), cold.log.join('\n'));
    assert.ok(!cold.log.some((m) => m.includes('earlier session') || m.includes('warm')), cold.log.join('\n'));
    const warm = await run(true);
    assert.ok(warm.log.some((m) => m.includes('indexed 2 articles') && m.includes('2 from the persisted index, 0 read')), warm.log.join('\n'));
    // The stored results are out before the engine is loaded: the listing alone says they are current.
    const shown = warm.log.findIndex((m) => m.includes('shown as checked in an earlier session'));
    const engineLoaded = warm.log.findIndex((m) => m.startsWith('loaded the checking engine'));
    assert.ok(shown >= 0 && engineLoaded > shown, warm.log.join('\n'));
    assert.deepEqual(warm.diagnostics, cold.diagnostics);

    // A source changed while no server ran: its article is read again, and nothing stored is reused.
    writeFileSync(path.join(sources, 'w.txt'), `Wland news\n\n${NEW_SENTENCE.replace('4321', '4322')}\n`);
    utimesSync(path.join(sources, 'w.txt'), anHourAgo, new Date(Date.now() - 1800_000));
    const changed = await run();
    assert.ok(changed.log.some((m) => m.includes('1 from the persisted index, 1 read')), changed.log.join('\n'));
    assert.ok(!changed.log.some((m) => m.includes('earlier session')), changed.log.join('\n'));
    assert.notDeepEqual(changed.diagnostics, cold.diagnostics);
  });

  it('asks the client to watch the source folders', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources] } });
    await client.waitFor('client/registerCapability', (p: { registrations: { method: string }[] }) => p.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const reg = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    const watchers = (reg?.registerOptions as { watchers: { globPattern: string }[] }).watchers;
    assert.ok(watchers.some((w) => w.globPattern.startsWith(sources.split(path.sep).join('/'))));
  });

  it('re-indexes on workspace/didChangeWatchedFiles', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(sources, 'events.md');
    const text = `${NEW_SENTENCE}\n`;
    let from = client.mark();
    await client.open(uri, text);
    await client.waitForChecked(uri, { from });
    from = client.mark();
    writeFileSync(path.join(sources, 'w.txt'), `Wland news\n\n${NEW_SENTENCE}\n`);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(sources, 'w.txt')), type: 1 }] });
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '4321')?.code === 'supported' });
  });

  it('reports indexing progress with window/workDoneProgress', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE, 'b.txt': `B\n\n${NEW_SENTENCE}\n` });
    const client = await start({ settings: { sources: [sources] } });
    const created = await client.waitFor<{ token: string | number }>('window/workDoneProgress/create');
    await client.waitFor<{ token: unknown; value: { kind: string } }>('$/progress', (p) => p.token === created.token && p.value.kind === 'end');
    const kinds = (client.progress.get(created.token) as { kind: string }[]).map((v) => v.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('answers claimcheck/status with articles, skipped files and folders', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE, 'binary.txt': Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]) });
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(sources, 'status.md');
    const from = client.mark();
    await client.open(uri, `${SOURCE_SENTENCE}\n`);
    await client.waitForChecked(uri, { from });
    const status = await client.request<Status>('claimcheck/status', { uri });
    assert.equal(status.articles, 1);
    assert.deepEqual(status.sources, [sources]);
    assert.equal(status.indexing, false);
    assert.deepEqual(status.skipped.map((s) => s.path), ['binary.txt']);
    assert.ok(status.skipped[0].reason);
    const reindexed = await client.request<Status>('claimcheck/reindex');
    assert.equal(reindexed.articles, 1);
  });

  it('warns once about a missing sources folder, keeps working and does not crash', async () => {
    const base = folder({});
    const missing = path.join(base, 'does-not-exist');
    const client = await start({ settings: { sources: [missing] } });
    const uri = reportUri(base, 'missing.md');
    const text = `${SOURCE_SENTENCE}\n`;
    let from = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, { from });
    assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.code === 'unverified'));
    const warning = await client.waitFor<{ type: number; message: string }>('window/showMessage', (m) => m.message.includes(missing));
    assert.equal(warning.type, MessageType.Warning);

    from = client.mark();
    await client.request('claimcheck/reindex');
    await client.change(uri, text + '\nMore.\n');
    await client.waitForChecked(uri, { version: 2, from });
    assert.equal(client.showMessages().filter((m) => m.message.includes(missing)).length, 1, 'said once');
    assert.equal(client.exitCode, undefined, 'the server is alive');
    assert.equal((await client.request<Status>('claimcheck/status', {})).articles, 0);
  });

  it('picks up a missing sources folder once it is created', async () => {
    const base = folder({});
    const later = path.join(base, 'later');
    const client = await start({ settings: { sources: [later] } });
    const uri = reportUri(base, 'later.md');
    const text = `${SOURCE_SENTENCE}\n`;
    let from = client.mark();
    await client.open(uri, text);
    await client.waitFor<{ message: string }>('window/showMessage', (m) => m.message.includes(later), from);
    await client.waitForChecked(uri, { from });
    from = client.mark();
    mkdirSync(later);
    writeFileSync(path.join(later, 'xy.txt'), XY_ARTICLE);
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '33.7')?.code === 'supported' });
  });

  it('warns when the sources folder is deleted, and keeps answering', async () => {
    const sources = folder({ 'xy.txt': XY_ARTICLE });
    const client = await start({ settings: { sources: [sources] } });
    const uri = reportUri(path.dirname(sources), 'deleted.md');
    const text = `${SOURCE_SENTENCE}\n`;
    let from = client.mark();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '33.7')?.code === 'supported' });
    from = client.mark();
    rmSync(sources, { recursive: true, force: true });
    await client.waitFor<{ message: string }>('window/showMessage', (m) => m.message.includes(sources), from);
    await client.waitForDiagnostics(uri, { from, where: (d) => diagnosticAt(d, text, '33.7')?.code === 'unverified' });
    assert.equal((await client.request<Status>('claimcheck/status', {})).articles, 0);
    assert.equal(client.exitCode, undefined, 'the server is alive');
  });

  it('prefixes article paths with the folder name when there are several folders', async () => {
    const one = folder({ 'news/xy.txt': XY_ARTICLE });
    const two = folder({ 'w.txt': `Wland news\n\n${NEW_SENTENCE}\n` });
    const client = await start({ settings: { sources: [one, two] } });
    const uri = reportUri(one, 'multi.md');
    const text = `${SOURCE_SENTENCE}\n\n${NEW_SENTENCE}\n`;
    const from = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, { from });
    const a = diagnosticAt(diagnostics, text, '33.7');
    const b = diagnosticAt(diagnostics, text, '4321');
    assert.equal((a?.data as { evidence: { source: string } }).evidence.source, `${path.basename(one)}/news/xy.txt`);
    assert.equal(a?.codeDescription?.href, fileUri(path.join(one, 'news', 'xy.txt')));
    assert.equal((b?.data as { evidence: { source: string } }).evidence.source, `${path.basename(two)}/w.txt`);
    assert.equal(b?.codeDescription?.href, fileUri(path.join(two, 'w.txt')));

    // A change in one folder updates that article in place, under its prefixed path.
    const changed = client.mark();
    writeFileSync(path.join(two, 'w.txt'), `Wland news\n\n${NEW_SENTENCE.replace('4321', '4322')}\n`);
    await client.waitForDiagnostics(uri, { from: changed, where: (d) => diagnosticAt(d, text, '4321')?.code === 'unverified' });
    assert.ok(logs(client, changed).some((m) => /updated the index of .* in place/.test(m)), logs(client, changed).join('\n'));
  });

  it('resolves relative and ${workspaceFolder} paths per workspace folder', async () => {
    const wsA = folder({ 'src/xy.txt': XY_ARTICLE });
    const wsB = folder({ 'articles/w.txt': `Wland news\n\n${NEW_SENTENCE}\n` });
    const client = await start({
      workspaceFolders: [wsA, wsB],
      settings: (scope) => (scope === fileUri(wsA) ? { sources: ['src'] } : scope === fileUri(wsB) ? { sources: ['${workspaceFolder}/articles'] } : {}),
    });
    const text = `${SOURCE_SENTENCE}\n\n${NEW_SENTENCE}\n`;
    const uriA = reportUri(wsA, 'a.md');
    const uriB = reportUri(wsB, 'b.md');
    const from = client.mark();
    await client.open(uriA, text);
    await client.open(uriB, text);
    const inA = (await client.waitForDiagnostics(uriA, { from })).diagnostics;
    const inB = (await client.waitForDiagnostics(uriB, { from })).diagnostics;
    assert.equal(diagnosticAt(inA, text, '33.7')?.code, 'supported');
    assert.equal(diagnosticAt(inA, text, '4321')?.code, 'unverified');
    assert.equal(diagnosticAt(inB, text, '4321')?.code, 'supported');
    assert.notEqual(diagnosticAt(inB, text, '33.7')?.code, 'supported');
    const scopes = client.all<{ items: { scopeUri?: string }[] }>('workspace/configuration').flatMap((p) => p.items.map((i) => i.scopeUri));
    assert.ok(scopes.includes(fileUri(wsA)) && scopes.includes(fileUri(wsB)), 'settings are asked per folder');
  });

  it('uses the bundled seeds when no sources are configured', async () => {
    const client = await start({});
    const base = folder({});
    const uri = reportUri(base, 'seeds.md');
    const text = 'Internet service covers about 70 percent of the Russian population.\n';
    const from = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, { from });
    const d = diagnosticAt(diagnostics, text, '70');
    assert.equal(d?.code, 'supported');
    assert.match((d?.data as { evidence: { source: string } }).evidence.source, /^00\d_[0-9a-f]+\.txt$/);
  });
});
