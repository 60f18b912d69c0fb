import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { LspClient, fileUri, positionOfText } from './lspClient';
import { SOURCE_SENTENCE, UNCOVERED_SENTENCE, XY_ARTICLE, reportUri, textAt, serversAndFolders } from './fixtures';

describe('protocol: definition and references', () => {
  let sources: string;
  let client: LspClient;
  const report = `${SOURCE_SENTENCE}\n\n${UNCOVERED_SENTENCE}\n`;
  const second = 'Xland notes\n\nOfficials in Xland met twice.\n\nXland also trades with Wland.\n';
  const uri = () => reportUri(sources, 'nav.md');

  const { start, folder } = serversAndFolders();

  before(async () => {
    sources = folder({ 'xy.txt': XY_ARTICLE, 'more/second.txt': second });
    client = await start({ settings: { sources: [sources] } });
    const from = client.mark();
    await client.open(uri(), report);
    await client.waitForChecked(uri(), { version: 1, from });
  });

  it('goes from a claim to the evidence sentence in its source file', async () => {
    const loc = (await client.definition(uri(), positionOfText(report, '33.7'))) as Location | null;
    assert.ok(loc && !Array.isArray(loc));
    assert.equal(loc.uri, fileUri(path.join(sources, 'xy.txt')));
    assert.equal(textAt(XY_ARTICLE, loc.range), SOURCE_SENTENCE);
  });

  it('has no definition for an unverified claim or a non-claim', async () => {
    assert.equal(await client.definition(uri(), positionOfText(report, '999')), null);
    assert.equal(await client.definition(uri(), positionOfText(report, 'between')), null);
  });

  it('finds an entity’s mentions across the sources', async () => {
    const refs = await client.references(uri(), positionOfText(report, 'Xland', 1));
    assert.ok(refs);
    const files: Record<string, string> = { [fileUri(path.join(sources, 'xy.txt'))]: XY_ARTICLE, [fileUri(path.join(sources, 'more', 'second.txt'))]: second };
    const byFile = new Map<string, number>();
    for (const r of refs) {
      assert.ok(r.uri in files, `${r.uri} is a source file`);
      assert.equal(textAt(files[r.uri], r.range), 'Xland');
      byFile.set(r.uri, (byFile.get(r.uri) ?? 0) + 1);
    }
    assert.ok((byFile.get(fileUri(path.join(sources, 'xy.txt'))) ?? 0) >= 2, 'title and sentence of xy.txt');
    assert.ok((byFile.get(fileUri(path.join(sources, 'more', 'second.txt'))) ?? 0) >= 2, 'mentions in the second article');
    assert.equal(readFileSync(path.join(sources, 'xy.txt'), 'utf8'), XY_ARTICLE);
  });

  it('lists sources and mention counts in an entity hover once the mentions are known', async () => {
    const hover = await client.hover(uri(), positionOfText(report, 'Xland', 1));
    assert.ok(hover);
    assert.match((hover.contents as { value: string }).value, /Mentioned in: .*second\.txt \(\d+ sentences?\)/);
  });
});
