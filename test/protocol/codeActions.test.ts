import { strict as assert } from 'node:assert';
import type { CodeAction, Command, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits } from './lspClient';
import { ALTERED_SENTENCE, SOURCE_SENTENCE, UNCOVERED_SENTENCE, XY_ARTICLE, diagnosticAt, removeFolder, reportUri, tempFolder, textAt } from './fixtures';

function actionsOnly(list: (CodeAction | Command)[] | null): CodeAction[] {
  assert.ok(list);
  // Bare Commands have a string `command`; CodeActions have an object `command` or an edit.
  return list.filter((a): a is CodeAction => typeof (a as Command).command !== 'string');
}

function editsOf(action: CodeAction | undefined, uri: string): TextEdit[] {
  assert.ok(action?.edit?.changes, 'an edit');
  return action.edit.changes[uri] ?? [];
}

describe('protocol: code actions', () => {
  let sources: string;
  let client: LspClient;
  const report = `# Report\n\nIntro line.\n\n${ALTERED_SENTENCE} More text follows.\n\n${SOURCE_SENTENCE}\n`;

  async function openReport(name: string, text = report): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = reportUri(sources, name);
    const from = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, { version: 1, from });
    return { uri, diagnostics };
  }

  before(async () => {
    sources = tempFolder({ 'xy.txt': XY_ARTICLE });
    client = await LspClient.start({ settings: { sources: [sources] }, initializationOptions: { clientCommands: true } });
  });
  after(async () => {
    await client.stop();
    removeFolder(sources);
  });

  it('replaces a contradicted figure with what the source says, editing only the claim', async () => {
    const { uri, diagnostics } = await openReport('replace.md');
    const d = diagnosticAt(diagnostics, report, '35.2');
    assert.ok(d && d.code === 'contradicted', 'the altered figure is contradicted');
    const actions = actionsOnly(await client.codeActions(uri, d.range, [d]));
    const replace = actions.find((a) => a.isPreferred);
    assert.ok(replace, 'a preferred quick fix');
    assert.equal(replace.kind, 'quickfix');
    const edits = editsOf(replace, uri);
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0].range, d.range);
    const data = d.data as { text: string; suggestion: string };
    assert.equal(textAt(report, edits[0].range), data.text);
    assert.match(data.text, /^35\.2/);
    assert.equal(edits[0].newText, data.suggestion);
    assert.match(edits[0].newText, /^33\.7/);
    assert.deepEqual(Object.keys(replace.edit?.changes ?? {}), [uri], 'no other file is touched');

    // Apply it as the editor would, and await the re-check of the new version.
    const from = client.mark();
    const version = await client.edit(uri, edits);
    const fixed = applyEdits(report, edits);
    const after = await client.waitForDiagnostics(uri, { version, from });
    assert.equal(diagnosticAt(after.diagnostics, fixed, '33.7')?.code, 'supported');
    assert.ok(!after.diagnostics.some((x) => x.code === 'contradicted'));
    await client.close(uri);
  });

  it('works from the stored diagnostics when the client sends none', async () => {
    const { uri, diagnostics } = await openReport('stored.md');
    const d = diagnosticAt(diagnostics, report, '35.2');
    assert.ok(d);
    const actions = actionsOnly(await client.codeActions(uri, d.range, []));
    assert.ok(actions.some((a) => a.isPreferred));
    await client.close(uri);
  });

  it('offers no edit once the claim text has changed', async () => {
    const { uri, diagnostics } = await openReport('changed.md');
    const d = diagnosticAt(diagnostics, report, '35.2');
    assert.ok(d);
    await client.change(uri, report.replace('35.2', '36.0'));
    const actions = actionsOnly(await client.codeActions(uri, d.range, [d]));
    assert.deepEqual(actions.filter((a) => a.edit), []);
    await client.close(uri);
  });

  it('cites the source after the sentence', async () => {
    const { uri, diagnostics } = await openReport('cite.md');
    const d = diagnosticAt(diagnostics, report, '33.7');
    assert.ok(d?.code === 'supported');
    const cite = actionsOnly(await client.codeActions(uri, d.range, [d])).find((a) => /^Cite/.test(a.title));
    const edits = editsOf(cite, uri);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].newText, ' [source: xy.txt]');
    assert.ok(applyEdits(report, edits).includes(`${SOURCE_SENTENCE} [source: xy.txt]\n`));
    await client.close(uri);
  });

  it('inserts a disable-next-line comment above the line, which silences that line', async () => {
    const { uri, diagnostics } = await openReport('disable.md');
    const d = diagnosticAt(diagnostics, report, '35.2');
    assert.ok(d);
    const ignore = actionsOnly(await client.codeActions(uri, d.range, [d])).find((a) => a.title.includes('disable-next-line'));
    const edits = editsOf(ignore, uri);
    assert.deepEqual(edits[0].range.start, { line: d.range.start.line, character: 0 });
    assert.equal(edits[0].newText, '<!-- claimcheck-disable-next-line -->\n');
    const from = client.mark();
    const version = await client.edit(uri, edits);
    const after = await client.waitForDiagnostics(uri, { version, from });
    const line = d.range.start.line + 1;
    assert.deepEqual(after.diagnostics.filter((x) => x.range.start.line === line), []);
    assert.ok(after.diagnostics.some((x) => x.range.start.line === line + 2), 'the following paragraph is still checked');
    await client.close(uri);
  });

  it('offers the client commands to ignore the claim in settings and to open the evidence', async () => {
    const { uri, diagnostics } = await openReport('commands.md');
    const d = diagnosticAt(diagnostics, report, '33.7');
    assert.ok(d);
    const actions = actionsOnly(await client.codeActions(uri, d.range, [d]));
    const ignore = actions.find((a) => a.command?.command === 'claimcheck.ignoreClaim');
    assert.deepEqual(ignore?.command?.arguments, [textAt(report, d.range)]);
    const open = actions.find((a) => a.command?.command === 'claimcheck.openEvidence');
    const data = d.data as { evidence: { uri: string; range: unknown } };
    assert.deepEqual(open?.command?.arguments, [data.evidence.uri, data.evidence.range]);
    await client.close(uri);
  });

  it('fixes and ignores a figure read across a wrapped line', async () => {
    const wrapped = `# Report\n\n${ALTERED_SENTENCE.replace('35.2 percent', '35.2\npercent')}\n`;
    const { uri, diagnostics } = await openReport('wrapped.md', wrapped);
    const d = diagnosticAt(diagnostics, wrapped, '35.2');
    assert.ok(d && d.code === 'contradicted', 'the figure is read with its unit on the next line');
    assert.equal((d.data as { text: string }).text, '35.2\npercent');
    assert.equal(textAt(wrapped, d.range), '35.2\npercent');
    const actions = actionsOnly(await client.codeActions(uri, d.range, [d]));
    // The fix keeps the writer's line break.
    assert.equal(editsOf(actions.find((a) => a.isPreferred), uri)[0].newText, '33.7\npercent');
    const ignore = actions.find((a) => a.command?.command === 'claimcheck.ignoreClaim');
    assert.deepEqual(ignore?.command?.arguments, ['35.2 percent']);
    assert.ok(ignore && !/[\r\n]/.test(ignore.title), ignore?.title);
    await client.close(uri);

    // Plain text is read a line at a time: the figure there is "35.2" alone.
    const txt = reportUri(sources, 'wrapped.txt');
    const from = client.mark();
    await client.open(txt, wrapped, 'plaintext');
    const plain = await client.waitForDiagnostics(txt, { version: 1, from });
    const texts = plain.diagnostics.map((x) => (x.data as { text: string }).text);
    assert.ok(texts.includes('35.2'), texts.join(' | '));
    assert.ok(!texts.some((t) => t.includes('\n')), texts.join(' | '));
    await client.close(txt);
  });

  it('for a plain LSP client opens the evidence through window/showDocument', async () => {
    const plain = await LspClient.start({ settings: { sources: [sources] } });
    try {
      const uri = reportUri(sources, 'plain.txt');
      const text = `${SOURCE_SENTENCE}\n\n${UNCOVERED_SENTENCE}\n`;
      const from = plain.mark();
      await plain.open(uri, text, 'plaintext');
      const { diagnostics } = await plain.waitForDiagnostics(uri, { from });
      const d = diagnosticAt(diagnostics, text, '33.7');
      assert.ok(d);
      const actions = actionsOnly(await plain.codeActions(uri, d.range, [d]));
      assert.ok(!actions.some((a) => a.command?.command === 'claimcheck.ignoreClaim'), 'no settings command without the extension');
      assert.ok(!actions.some((a) => a.title.includes('disable-next-line')), 'no HTML comment in plain text');
      const open = actions.find((a) => a.command?.command === 'claimcheck.server.openEvidence');
      assert.ok(open?.command);
      const shown = plain.mark();
      await plain.request('workspace/executeCommand', { command: open.command.command, arguments: open.command.arguments });
      const doc = await plain.waitFor<{ uri: string; selection: unknown }>('window/showDocument', () => true, shown);
      const data = d.data as { evidence: { uri: string; range: unknown } };
      assert.equal(doc.uri, data.evidence.uri);
      assert.deepEqual(doc.selection, data.evidence.range);
    } finally {
      await plain.stop();
    }
  });

  it('honours context.only', async () => {
    const { uri, diagnostics } = await openReport('only.md');
    const d = diagnosticAt(diagnostics, report, '35.2');
    assert.ok(d);
    assert.deepEqual(await client.codeActions(uri, d.range, [d], ['refactor']), []);
    assert.ok(actionsOnly(await client.codeActions(uri, d.range, [d], ['quickfix'])).length > 0);
    await client.close(uri);
  });
});
