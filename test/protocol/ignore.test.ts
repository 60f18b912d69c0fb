import { strict as assert } from 'node:assert';
import { MessageType } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';
import { SOURCE_SENTENCE, UNCOVERED_SENTENCE, XY_ARTICLE, diagnosticAt, reportUri, serversAndFolders } from './fixtures';

describe('protocol: ignoring claims', () => {
  let sources: string;
  let client: LspClient;

  const { start, folder } = serversAndFolders();

  before(async () => {
    sources = folder({ 'xy.txt': XY_ARTICLE });
    client = await start({ settings: { sources: [sources] } });
  });

  async function check(name: string, text: string, languageId = 'markdown') {
    const uri = reportUri(sources, name);
    const from = client.mark();
    await client.open(uri, text, languageId);
    const { diagnostics } = await client.waitForDiagnostics(uri, { from });
    await client.close(uri);
    return diagnostics;
  }

  it('honours <!-- claimcheck-disable-next-line --> for the next line only', async () => {
    const text = `<!-- claimcheck-disable-next-line -->\n${UNCOVERED_SENTENCE}\n${UNCOVERED_SENTENCE}\n`;
    const diagnostics = await check('next-line.md', text);
    assert.equal(diagnosticAt(diagnostics, text, '999', 0), undefined);
    assert.ok(diagnosticAt(diagnostics, text, '999', 1));
  });

  it('honours claimcheck-disable … claimcheck-enable regions', async () => {
    const text = `${UNCOVERED_SENTENCE}\n\n<!-- claimcheck-disable -->\n\n${UNCOVERED_SENTENCE}\n\n${SOURCE_SENTENCE}\n\n<!-- claimcheck-enable -->\n\n${UNCOVERED_SENTENCE}\n`;
    const diagnostics = await check('region.md', text);
    assert.ok(diagnosticAt(diagnostics, text, '999', 0));
    assert.equal(diagnosticAt(diagnostics, text, '999', 1), undefined);
    assert.equal(diagnosticAt(diagnostics, text, '33.7'), undefined);
    assert.ok(diagnosticAt(diagnostics, text, '999', 2));
  });

  it('accepts the directive in any comment on its own line in plain text', async () => {
    const text = `# claimcheck-disable-next-line\n${UNCOVERED_SENTENCE}\n// claimcheck-disable-next-line\n${UNCOVERED_SENTENCE}\n${UNCOVERED_SENTENCE}\n`;
    const diagnostics = await check('plain.txt', text, 'plaintext');
    assert.equal(diagnosticAt(diagnostics, text, '999', 0), undefined);
    assert.equal(diagnosticAt(diagnostics, text, '999', 1), undefined);
    assert.ok(diagnosticAt(diagnostics, text, '999', 2));
  });

  it('drops claims listed in claimcheck.ignore, as text or /regex/', async () => {
    const text = `${SOURCE_SENTENCE}\n\n${UNCOVERED_SENTENCE}\n`;
    const before = await check('list-before.md', text);
    assert.ok(diagnosticAt(before, text, '999'));
    assert.ok(diagnosticAt(before, text, '33.7'));
    await client.configure({ sources: [sources], ignore: ['999', '/^33\\.7/'] });
    const after = await check('list-after.md', text);
    assert.equal(diagnosticAt(after, text, '999'), undefined);
    assert.equal(diagnosticAt(after, text, '33.7'), undefined);
    assert.ok(diagnosticAt(after, text, '223.1'), 'other claims stay');
  });

  it('warns once about an invalid regex and keeps the other entries', async () => {
    const from = client.mark();
    await client.configure({ sources: [sources], ignore: ['/([/', '999'] });
    const text = `${UNCOVERED_SENTENCE}\n`;
    const first = await check('invalid-1.md', text);
    assert.equal(diagnosticAt(first, text, '999'), undefined);
    const second = await check('invalid-2.md', text);
    assert.equal(diagnosticAt(second, text, '999'), undefined);
    const warnings = client.showMessages(from).filter((m) => m.type === MessageType.Warning && m.message.includes('/([/'));
    assert.equal(warnings.length, 1);
    await client.configure({ sources: [sources] });
  });
});
