import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { LspClient, fileUri } from './lspClient';
import { ALTERED_SENTENCE, SOURCE_SENTENCE, UNCOVERED_SENTENCE, XY_ARTICLE, diagnosticAt, reportUri, textAt, serversAndFolders } from './fixtures';

describe('protocol: diagnostics', () => {
  let sources: string;
  let client: LspClient;
  const report = `# Report\n\n${SOURCE_SENTENCE}\n\n${UNCOVERED_SENTENCE}\n`;

  const { start, folder } = serversAndFolders();

  before(async () => {
    sources = folder({ 'xy.txt': XY_ARTICLE });
    client = await start({ settings: { sources: [sources] } });
  });

  it('publishes a diagnostic per claim with source, code, severity, message and data', async () => {
    const uri = reportUri(sources, 'a.md');
    const from = client.mark();
    await client.open(uri, report);
    const { diagnostics, version } = await client.waitForDiagnostics(uri, { from });
    assert.equal(version, 1);
    assert.ok(diagnostics.every((d) => d.source === 'claimcheck'));

    const supported = diagnosticAt(diagnostics, report, '33.7');
    assert.ok(supported, 'the repeated figure is flagged');
    assert.equal(supported.code, 'supported');
    assert.equal(supported.severity, DiagnosticSeverity.Hint);
    assert.match(String(supported.message), /^supported by xy\.txt — “/);
    const data = supported.data as { verdict: string; text: string; evidence: { source: string; uri: string; sentence: string } };
    assert.equal(data.verdict, 'supported');
    assert.equal(data.text, textAt(report, supported.range));
    assert.equal(data.evidence.source, 'xy.txt');
    assert.equal(data.evidence.sentence, SOURCE_SENTENCE);
    assert.equal(data.evidence.uri, fileUri(path.join(sources, 'xy.txt')));
    assert.equal(supported.codeDescription?.href, fileUri(path.join(sources, 'xy.txt')));

    const unverified = diagnosticAt(diagnostics, report, '999');
    assert.ok(unverified, 'the uncovered figure is flagged');
    assert.equal(unverified.code, 'unverified');
    assert.equal(unverified.severity, DiagnosticSeverity.Information);
    assert.match(String(unverified.message), /^unverified: /);
    assert.equal(unverified.codeDescription, undefined);
    await client.close(uri);
  });

  it('sends claimcheck/checked with counts that match the diagnostics', async () => {
    const uri = reportUri(sources, 'b.md');
    const from = client.mark();
    await client.open(uri, report);
    const checked = await client.waitForChecked(uri, { version: 1, from });
    const { diagnostics } = await client.waitForDiagnostics(uri, { version: 1, from });
    for (const verdict of ['supported', 'contradicted', 'unverified']) {
      assert.equal(checked.counts[verdict], diagnostics.filter((d) => d.code === verdict).length, verdict);
    }
    await client.close(uri);
  });

  it('flags an altered figure as contradicted, as a warning with the suggestion', async () => {
    const uri = reportUri(sources, 'c.md');
    const text = `${ALTERED_SENTENCE}\n`;
    const from = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, { from });
    const d = diagnosticAt(diagnostics, text, '35.2');
    assert.ok(d);
    assert.equal(d.code, 'contradicted');
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.match(String(d.message), /^contradicted: xy\.txt says 33\.7/);
    assert.match((d.data as { suggestion?: string }).suggestion ?? '', /^33\.7/);
    await client.close(uri);
  });

  it('checks plain text, and leaves other languages alone', async () => {
    const js = reportUri(sources, 'code.js');
    const txt = reportUri(sources, 'notes.txt');
    const from = client.mark();
    await client.open(js, `// ${SOURCE_SENTENCE}\n`, 'javascript');
    await client.open(txt, `${SOURCE_SENTENCE}\n`, 'plaintext');
    const { diagnostics } = await client.waitForDiagnostics(txt, { from });
    assert.ok(diagnosticAt(diagnostics, `${SOURCE_SENTENCE}\n`, '33.7'));
    // The JavaScript document was opened first and is handled in order: it was not checked.
    assert.deepEqual(client.all('textDocument/publishDiagnostics', from).filter((p) => (p as { uri: string }).uri === js), []);
    await client.close(js);
    await client.close(txt);
  });

  it('checks only the latest version after a burst of edits', async () => {
    const uri = reportUri(sources, 'd.md');
    const from = client.mark();
    await client.open(uri, report);
    await client.waitForChecked(uri, { version: 1, from });
    await client.change(uri, report + '\nTyping 1');
    await client.change(uri, report + '\nTyping 12');
    const last = await client.change(uri, report + '\nTyping 123');
    const { diagnostics } = await client.waitForDiagnostics(uri, { version: last, from });
    assert.ok(diagnostics.some((d) => d.range.start.line === report.split('\n').length));
    const versions = client.all<{ uri: string; version: number }>('textDocument/publishDiagnostics', from).filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [1, last]);
    await client.close(uri);
  });

  it('follows severity settings, "off" removing those diagnostics', async () => {
    const uri = reportUri(sources, 'e.md');
    let from = client.mark();
    await client.open(uri, report);
    const before = await client.waitForDiagnostics(uri, { from });
    assert.ok(before.diagnostics.some((d) => d.code === 'supported'));

    from = client.mark();
    await client.configure({ sources: [sources], severity: { supported: 'off', unverified: 'error' } });
    const after = await client.waitForDiagnostics(uri, { from });
    assert.equal(after.version, 1);
    assert.ok(!after.diagnostics.some((d) => d.code === 'supported'));
    const unverified = diagnosticAt(after.diagnostics, report, '999');
    assert.equal(unverified?.severity, DiagnosticSeverity.Error);

    from = client.mark();
    await client.configure({ sources: [sources] });
    const restored = await client.waitForDiagnostics(uri, { from });
    assert.equal(restored.diagnostics.length, before.diagnostics.length);
    await client.close(uri);
  });

  it('skips a document over claimcheck.maxFileSize with one information diagnostic', async () => {
    const uri = reportUri(sources, 'big.md');
    let from = client.mark();
    await client.configure({ sources: [sources], maxFileSize: 64 });
    await client.open(uri, report);
    const { diagnostics } = await client.waitForDiagnostics(uri, { from });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.equal(diagnostics[0].range.start.line, 0);
    assert.match(String(diagnostics[0].message), /maxFileSize/);
    from = client.mark();
    await client.configure({ sources: [sources] });
    const checked = await client.waitForDiagnostics(uri, { from });
    assert.ok(checked.diagnostics.length > 1);
    await client.close(uri);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = reportUri(sources, 'f.md');
    let from = client.mark();
    await client.open(uri, report);
    await client.waitForChecked(uri, { from });
    from = client.mark();
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, { from });
    assert.deepEqual(cleared.diagnostics, []);
  });
});
