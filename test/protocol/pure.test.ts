// The server's pure functions: escaping, ignore directives, settings, sentence ends, hover wording.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import fc from 'fast-check';
import type { CheckedClaim } from '../../server/src/engine/types';
import { escapeMarkdown, markSpan, clip } from '../../server/src/lsp/markdown';
import { compileIgnoreList, disabledSpans, inSpans } from '../../server/src/lsp/ignore';
import { parseSettings, resolveSourceFolders, DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { sentenceEnd } from '../../server/src/lsp/codeActions';
import { hoverContent } from '../../server/src/lsp/hover';
import { diagnosticMessage, toDiagnostic } from '../../server/src/lsp/diagnostics';
import { folderPrefixes } from '../../server/src/lsp/sources';
import type { ClaimData } from '../../server/src/lsp/protocol';

type Marked = { parseInline(s: string): string | Promise<string>; parse(s: string): string | Promise<string> };

async function loadMarked(): Promise<Marked | undefined> {
  try {
    const load = new Function('m', 'return import(m)') as (m: string) => Promise<{ marked: Marked }>;
    return (await load('marked')).marked;
  } catch {
    return undefined;
  }
}

function decodeHtml(html: string): string {
  return html.replace(/&(lt|gt|amp|quot|#39);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[e] ?? '');
}

describe('lsp pure functions', () => {
  describe('escapeMarkdown', () => {
    it('renders any text back as itself, with no markup (property, with marked)', async function () {
      const marked = await loadMarked();
      if (!marked) this.skip();
      const m = marked as Marked;
      const pieces = fc.constantFrom('[', ']', '(', ')', '!', '*', '_', '`', '<', '>', '&', '#', '-', '+', '.', ':', '@', '|', '~', '\\', '$', '=', 'http://', 'www.', 'command:', 'a', '1', ' ', '\n', 'img', 'amp;', 'lt;', '="x"', '/', '---', '1. ', '> ', '    ', '\t', '<!--', '-->', 'ftp://', 'mailto:', '"', "'", '[^1]', '&#60;', '=====');
      await fc.assert(
        fc.asyncProperty(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), async (text) => {
          const html = await m.parseInline(escapeMarkdown(text));
          assert.ok(!/<[a-z]/i.test(html), `markup in ${JSON.stringify(html)} from ${JSON.stringify(text)}`);
          const plain = text.replace(/\s+/g, ' ');
          assert.equal(decodeHtml(html), plain);
          // As the hover quotes it: at the start of a blockquote line.
          if (!plain.trim()) return;
          const block = await m.parse(`> ${escapeMarkdown(text)}`);
          const inner = /^<blockquote>\n<p>([^]*)<\/p>\n<\/blockquote>\n?$/.exec(block);
          assert.ok(inner && !/<[a-z]/i.test(inner[1]), `block markup in ${JSON.stringify(block)} from ${JSON.stringify(text)}`);
          assert.equal(decodeHtml(inner[1]).trim(), plain.trim());
        }),
        { numRuns: 500 },
      );
    });

    it('keeps numbers, file names and non-Latin scripts readable', () => {
      assert.equal(escapeMarkdown('33.7 %'), '33.7 %');
      assert.equal(escapeMarkdown('ارتفعت بنسبة 33.7 %'), 'ارتفعت بنسبة 33.7 %');
      assert.equal(escapeMarkdown('xy.txt'), 'xy.txt');
      assert.equal(escapeMarkdown('a\nb'), 'a b');
    });

    it('marks a span in bold and clips long text around it', () => {
      assert.equal(markSpan('rose 33.7 percent', 5, 9), 'rose **33.7** percent');
      assert.equal(markSpan('x [y] z', 2, 5), 'x **\\[y\\]** z');
      const long = 'a'.repeat(500) + 'NEEDLE' + 'b'.repeat(500);
      const c = clip(long, 500, 506, 100);
      assert.ok(c.text.length <= 102);
      assert.equal(c.text.slice(c.start, c.end), 'NEEDLE');
    });
  });

  describe('disable directives', () => {
    it('finds next-line, region and plain-text comment directives', () => {
      const md = 'a\n<!-- claimcheck-disable-next-line -->\nb\nc\n<!-- claimcheck-disable -->\nd\n<!-- claimcheck-enable -->\ne\n';
      const spans = disabledSpans(md, 'markdown');
      const lineOff = (line: string) => inSpans(`\n${md}`.indexOf(`\n${line}\n`), spans);
      assert.deepEqual(['a', 'b', 'c', 'd', 'e'].map(lineOff), [false, true, false, true, false]);
      const txt = '// claimcheck-disable-next-line\nX1\nY2\n';
      assert.ok(inSpans(txt.indexOf('X1'), disabledSpans(txt, 'plaintext')));
      assert.ok(!inSpans(txt.indexOf('Y2'), disabledSpans(txt, 'plaintext')));
      assert.deepEqual(disabledSpans('# claimcheck-disable-next-line\nx\n', 'markdown'), [], 'a Markdown heading is not a comment');
    });

    it('leaves the rest of the document disabled when a region is not closed', () => {
      const text = 'A1 <!-- claimcheck-disable --> B2\n\nC3';
      assert.ok(inSpans(text.indexOf('C3'), disabledSpans(text, 'markdown')));
      assert.ok(inSpans(text.indexOf('B2'), disabledSpans(text, 'markdown')));
      assert.ok(!inSpans(text.indexOf('A1'), disabledSpans(text, 'markdown')));
    });
  });

  describe('claimcheck.ignore', () => {
    it('matches exact texts and /regex/flags, reporting invalid patterns', () => {
      const list = compileIgnoreList(['Xi Jinping', '/^2\\d{3}$/', '/million/i', '/([/', '/x/g']);
      assert.ok(list.matches('Xi Jinping'));
      assert.ok(list.matches('Xi  Jinping'), 'whitespace is normalised');
      assert.ok(list.matches('2017'));
      assert.ok(!list.matches('20177'));
      assert.ok(list.matches('22 MILLION'));
      assert.ok(list.matches('x') && list.matches('x'), 'a g flag does not make the pattern stateful');
      assert.deepEqual(list.invalid.map((i) => i.entry), ['/([/']);
    });
  });

  describe('settings', () => {
    it('takes defaults for missing or malformed values and accepts dotted keys', () => {
      assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
      const s = parseSettings({ 'severity.contradicted': 'Error', severity: { supported: 'off' }, debounceMs: -4, languages: 'markdown', ignore: [1, 'x'] });
      assert.equal(s.severity.contradicted, 'error');
      assert.equal(s.severity.supported, 'off');
      assert.equal(s.severity.unverified, 'information');
      assert.equal(s.debounceMs, 300);
      assert.deepEqual(s.languages, ['markdown']);
      assert.deepEqual(s.ignore, ['x']);
    });

    it('resolves source folders against the workspace folder', () => {
      const ws = path.resolve('/ws');
      assert.deepEqual(resolveSourceFolders([], ws, '/tmp', '/seeds'), ['/seeds']);
      assert.deepEqual(resolveSourceFolders(['src', '${workspaceFolder}/more', '/abs', 'src/'], ws, '/tmp', '/seeds'), [path.join(ws, 'src'), path.join(ws, 'more'), path.resolve('/abs')]);
      assert.deepEqual(resolveSourceFolders(['src'], undefined, '/doc', '/seeds'), [path.resolve('/doc/src')]);
    });

    it('prefixes several folders with unique names', () => {
      assert.deepEqual([...folderPrefixes(['/a/news', '/b/news', '/c/wire']).values()], ['news/', 'news-2/', 'wire/']);
      assert.equal(folderPrefixes(['/a/news']).size, 0);
    });
  });

  describe('sentenceEnd', () => {
    it('ends after the terminator, not at a decimal point', () => {
      const t = 'It rose to 223.1 billion yuan. Next one.';
      assert.equal(t.slice(0, sentenceEnd(t, t.indexOf('223.1'))), 'It rose to 223.1 billion yuan.');
      const q = 'He said “it rose 5%.” Then';
      assert.equal(q.slice(0, sentenceEnd(q, q.indexOf('5%'))), 'He said “it rose 5%.”');
      const zh = '贸易增长了33.7%。下一句';
      assert.equal(zh.slice(0, sentenceEnd(zh, zh.indexOf('33.7'))), '贸易增长了33.7%。');
      const para = 'No terminator 12 here\nstill the same paragraph\n\nNext';
      assert.equal(para.slice(0, sentenceEnd(para, para.indexOf('12'))), 'No terminator 12 here\nstill the same paragraph');
    });
  });

  describe('hover and messages', () => {
    const claim: CheckedClaim = {
      kind: 'number',
      text: '35%',
      start: 0,
      end: 3,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      verdict: 'contradicted',
      reason: 'same quantity, value differs',
      quantity: { dimension: 'percent', value: 35, low: 35, high: 35, hedge: 'exact', scale: 1, precision: 1, period: { unit: 'month', from: 1, to: 5, year: 2017 } },
      suggestion: '33.7%',
      evidence: {
        source: '000_c7070923c2bbf8c7.txt',
        title: 'Evil ![img](http://evil/x.png) <b>title</b>',
        lang: 'ar',
        date: '2017-07-02',
        sentence: 'ارتفعت بنسبة 33.7 % [x](command:workbench.action.quit)',
        start: 0,
        end: 10,
        range: { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } },
        match: { start: 13, end: 19 },
        matchText: '33.7 %',
      },
    };

    it('says the verdict, what was understood, the source and what it says instead', () => {
      const md = hoverContent(claim).value;
      assert.match(md, /^claimcheck: \*\*Contradicted\*\*/);
      assert.match(md, /understood as 35 % · period\\: months 1–5 of 2017/);
      assert.ok(md.includes('Source: 000\\_c7070923c2bbf8c7.txt (Arabic, 2017-07-02)'), md);
      assert.ok(md.includes('Title: “Evil \\!\\[img\\]\\(http\\://evil/x.png\\) &lt;b&gt;title&lt;/b&gt;”'), md);
      assert.match(md, /> ارتفعت بنسبة \*\*33\.7 %\*\* \\\[x\\\]\\\(command\\:workbench/);
      assert.match(md, /The source says \*\*33\.7 %\*\*, not 35%\./);
      assert.match(md, /Quick fix: replace with “33\.7%”\./);
    });

    it('says a score is understood as one result', () => {
      const quantity = { dimension: 'score' as const, value: 2, low: 2, high: 2, hedge: 'exact' as const, scale: 1, precision: 1, score: { first: 2, second: 0 } };
      const md = hoverContent({ ...claim, text: '2-0', quantity, suggestion: '1-0' }).value;
      assert.ok(md.includes('understood as the score 2–0'), md);
    });

    it('shows a claim read across a wrapped line on one line', () => {
      const md = hoverContent({ ...claim, text: '35\n%' }).value;
      assert.ok(md.includes('Claim: “35 %”'), md);
      assert.match(md, /The source says \*\*33\.7 %\*\*, not 35 %\./);
    });

    it('writes diagnostics in plain words with the severity from settings', () => {
      assert.equal(diagnosticMessage(claim), 'contradicted: 000_c7070923c2bbf8c7.txt says 33.7 % — “ارتفعت بنسبة 33.7 % [x](command:workbench.action.quit)”');
      const d = toDiagnostic(claim, { ...DEFAULT_SETTINGS.severity, contradicted: 'error' }, () => 'file:///src/000.txt');
      assert.equal(d?.severity, 1);
      assert.equal(d?.codeDescription?.href, 'file:///src/000.txt');
      assert.equal(toDiagnostic(claim, { ...DEFAULT_SETTINGS.severity, contradicted: 'off' }, () => undefined), undefined);
    });

    it('builds each diagnostic from its own claim when claims share one evidence object', () => {
      // What is derived from the evidence is kept per evidence object: the verdict and the URI still count.
      const severity = DEFAULT_SETTINGS.severity;
      const first = toDiagnostic(claim, severity, () => 'file:///a/000.txt');
      const supported = toDiagnostic({ ...claim, verdict: 'supported', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } } }, severity, () => 'file:///b/000.txt');
      const again = toDiagnostic(claim, severity, () => 'file:///a/000.txt');
      assert.match(String(first?.message), /^contradicted: /);
      assert.match(String(supported?.message), /^supported by 000_c7070923c2bbf8c7\.txt — /);
      assert.equal(again?.message, first?.message);
      assert.equal(supported?.codeDescription?.href, 'file:///b/000.txt');
      assert.equal((supported?.data as ClaimData).evidence?.uri, 'file:///b/000.txt');
      assert.equal((again?.data as ClaimData).evidence?.uri, 'file:///a/000.txt');
      assert.deepEqual((supported?.data as ClaimData).range, { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } });
    });
  });
});
