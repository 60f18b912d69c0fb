// Extension-host tests: the packaged client and server inside a real VS Code, through its API only.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');

/** Resolves with the claimcheck diagnostics of `uri` once `test` accepts them (no sleeps: an event). */
function diagnosticsWhen(uri, test) {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'claimcheck');
  return new Promise((resolve) => {
    if (test(current())) return resolve(current());
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const now = current();
      if (test(now)) {
        sub.dispose();
        resolve(now);
      }
    });
  });
}

function hoverText(hovers) {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('claimcheck in VS Code', () => {
  let doc;

  before(async () => {
    const [folder] = vscode.workspace.workspaceFolders;
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'report.md'));
    await vscode.window.showTextDocument(doc);
  });

  it('flags the claims of samples/report.md', async () => {
    const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.length > 0);
    assert.ok(diagnostics.every((d) => ['supported', 'contradicted', 'unverified'].includes(String(d.code))));
    assert.ok(diagnostics.some((d) => doc.getText(d.range).includes('22')), 'the 22 million visitors are flagged');
  });

  it('hovers with the verdict and the source article', async () => {
    const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.code === 'supported'));
    const supported = diagnostics.find((x) => x.code === 'supported' && /^\d/.test(doc.getText(x.range)));
    assert.ok(supported);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, supported.range.start);
    const text = hoverText(hovers);
    assert.match(text, /Supported/);
    assert.match(text, /\d{3}\\?_[0-9a-f]{16}\.txt/, 'the source file name');
    for (const h of hovers) for (const c of h.contents) if (typeof c !== 'string') assert.ok(!c.isTrusted && !c.supportHtml, 'hovers are never trusted');
  });

  it('fixes a contradicted figure with the preferred quick fix', async () => {
    const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.code === 'contradicted'));
    const wrong = diagnostics.find((x) => x.code === 'contradicted');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, wrong.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix && fix.edit, 'a preferred quick fix with an edit');
    const start = wrong.range.start;
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = await diagnosticsWhen(doc.uri, (d) => !d.some((x) => x.code === 'contradicted' && x.range.start.isEqual(start)));
    const there = after.find((x) => x.range.start.isEqual(start));
    assert.notEqual(there && there.code, 'contradicted');
  });

  it('shows the claims and re-indexes through its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['claimcheck.reindex', 'claimcheck.showClaims', 'claimcheck.openSources', 'claimcheck.openEvidence', 'claimcheck.ignoreClaim']) {
      assert.ok(commands.includes(c), c);
    }
    await vscode.commands.executeCommand('claimcheck.reindex');
  });
});
