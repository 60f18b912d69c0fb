import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, positionOfText } from './lspClient';
import { ALTERED_SENTENCE, SOURCE_SENTENCE, UNCOVERED_SENTENCE, XY_ARTICLE, diagnosticAt, reportUri, serversAndFolders } from './fixtures';

function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

// The title line is shown in the hover too, so it carries the image.
const HOSTILE_TITLE = 'Evil ![img](http://evil/x.png) report';
const HOSTILE_SENTENCE =
  'Evil Corp sold 777 units [x](http://evil) <img src=x> <a href="command:workbench.action.quit">quit</a> `tick` *star* _under_ www.evil.com a@evil.com &amp; # head.';

describe('protocol: hover', () => {
  let sources: string;
  let client: LspClient;
  // The report repeats the hostile sentence word for word, so that it is the evidence whatever the engine's finesse.
  const report = `# Report\n\n${SOURCE_SENTENCE}\n\n${ALTERED_SENTENCE}\n\n${UNCOVERED_SENTENCE}\n\n${HOSTILE_SENTENCE}\n`;
  const uri = () => reportUri(sources, 'report.md');

  const { start, folder } = serversAndFolders();

  before(async () => {
    sources = folder({ 'xy.txt': XY_ARTICLE, 'evil.txt': `${HOSTILE_TITLE}\n\n${HOSTILE_SENTENCE}\n` });
    client = await start({ settings: { sources: [sources] } });
    const from = client.mark();
    await client.open(uri(), report);
    await client.waitForChecked(uri(), { version: 1, from });
  });

  it('shows the verdict, the source file and the evidence with the value in bold', async () => {
    const hover = await client.hover(uri(), positionOfText(report, '33.7', 1));
    const md = markdownOf(hover);
    assert.match(md, /Supported/);
    assert.match(md, /xy\.txt/);
    assert.match(md, /English/);
    assert.match(md, /\*\*33\.7/, 'the matched value is bold');
    assert.match(md, /Xland and Yland trade/, 'the article title');
    const { diagnostics } = await client.waitForDiagnostics(uri(), { version: 1 });
    assert.deepEqual(hover?.range, diagnosticAt(diagnostics, report, '33.7')?.range);
  });

  it('for a contradicted figure says what the source says instead', async () => {
    const md = markdownOf(await client.hover(uri(), positionOfText(report, '35.2')));
    assert.match(md, /Contradicted/);
    assert.match(md, /The source says \*\*33\.7/);
    assert.match(md, /xy\.txt/);
  });

  it('for an unverified figure says no source states it', async () => {
    const md = markdownOf(await client.hover(uri(), positionOfText(report, '999')));
    assert.match(md, /Unverified/);
  });

  it('answers null where there is no claim', async () => {
    assert.equal(await client.hover(uri(), positionOfText(report, 'between')), null);
    assert.equal(await client.hover(uri(), { line: 1, character: 0 }), null);
    assert.equal(await client.hover(uri(), { line: 400, character: 3 }), null);
    assert.equal(await client.hover(reportUri(sources, 'never-opened.md'), { line: 0, character: 0 }), null);
  });

  it('escapes links, images, HTML, command URIs and code from a source', async () => {
    const md = markdownOf(await client.hover(uri(), positionOfText(report, '777', 1)));
    assert.match(md, /evil\.txt/);
    for (const raw of ['](', '![', '<img', '<a ', 'command:', 'http://', '`tick`', '*star*', '_under_', 'www.evil', 'a@evil']) {
      assert.ok(!md.includes(raw), `"${raw}" must not survive unescaped`);
    }
    assert.ok(md.includes('&amp;amp;'), 'an entity in the source is shown as written, not decoded');
  });

  it('renders the hostile evidence as plain text (marked, the renderer VS Code hovers use)', async function () {
    let marked: { parse(s: string, o?: object): string | Promise<string> };
    try {
      // marked is ESM-only; load it without TypeScript turning import() into require().
      const load = new Function('m', 'return import(m)') as (m: string) => Promise<{ marked: typeof marked }>;
      marked = (await load('marked')).marked;
    } catch {
      this.skip();
    }
    const md = markdownOf(await client.hover(uri(), positionOfText(report, '777', 1)));
    const html = await marked.parse(md, { gfm: true });
    assert.ok(!/<a\b/i.test(html), `no link in ${html}`);
    assert.ok(!/<img\b/i.test(html), `no image in ${html}`);
    assert.ok(!/<code\b/i.test(html), `no code span in ${html}`);
    assert.ok(!/<(em|h\d)\b/i.test(html), `no emphasis or heading from the source in ${html}`);
    assert.ok(html.includes('[x](http://evil)'), 'the link text is shown literally');
    assert.ok(html.includes('&lt;img src=x&gt;'), 'the HTML is shown literally');
    assert.ok(html.includes('![img](http://evil/x.png)'), 'the image in the title is shown literally');
    assert.ok(html.includes('&amp;amp;'), 'the entity is shown as written');
  });

  it('on a stale version answers only where the text at the claim is unchanged', async () => {
    const staleUri = reportUri(sources, 'stale.md');
    const text = `${SOURCE_SENTENCE}\n`;
    const slow = await LspClient.start({ settings: { sources: [sources], debounceMs: 600000 } });
    try {
      const from = slow.mark();
      await slow.open(staleUri, text);
      await slow.waitForChecked(staleUri, { version: 1, from });
      const at = positionOfText(text, '33.7', 1);
      assert.ok(await slow.hover(staleUri, at), 'fresh: a hover');

      // Appending text leaves the claim where it was: the stored claim still answers.
      await slow.change(staleUri, text + 'More words here.\n');
      assert.match(markdownOf(await slow.hover(staleUri, at)), /Supported/);

      // The figure itself changed: no hover rather than a wrong one.
      await slow.change(staleUri, text.replace('33.7', '44.4'));
      assert.equal(await slow.hover(staleUri, at), null);

      // A line inserted above moves the claim: its old range no longer holds it.
      await slow.change(staleUri, 'A new first line.\n' + text);
      assert.equal(await slow.hover(staleUri, at), null);
      assert.equal(slow.all('claimcheck/checked', from).length, 1, 'no re-check ran (the debounce is long)');
    } finally {
      await slow.stop();
    }
  });
});
