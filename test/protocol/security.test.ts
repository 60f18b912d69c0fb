// Security with the real server: nothing quoted from a source (text, title or file name) turns into a link,
// an image, HTML, a command or a terminal control; the server reads only the source folders and writes
// nothing but its own cache; a quick fix edits only the open document, at the claim.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Command, Diagnostic, Hover, Location, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, REPO_ROOT, SERVER_PATH, fileUri } from './lspClient';
import { removeFolder, tempFolder } from './fixtures';

/** A source whose file name, title and sentence all carry Markdown, HTML, remote images, command URIs and controls. */
const EVIL_NAME = 'evil [n](command:workbench.action.quit) <img src=http:x> `t`.txt';
const EVIL_TITLE = 'Title ![img](https://evil.example/pixel.png) <script>alert(1)</script> [t](command:x.y)';
const EVIL_SENTENCE =
  'Trade between Xland and Yland rose 33.7 percent in 2017 \u202e\u001b]8;;https://evil.example\u0007to\u001b]8;;\u0007\u202c 223.1 billion yuan ' +
  '[x](https://evil.example) ![i](https://evil.example/i.png) <img src="https://evil.example/a.png"> <a href="command:workbench.action.terminal.new">run</a> ' +
  '[c](command:_workbench.downloadResource?%5B%22x%22%5D) `code` **bold** _u_ <https://evil.example/auto> www.evil.example x@evil.example &lt; \u202eevil.';
const EVIL_ARTICLE = `${EVIL_TITLE}\n\n${EVIL_SENTENCE}\n`;
/** The report changes the figure, so that the hover says what the source says instead and a fix is offered. */
const REPORT =
  '# Report\n\nTrade between Xland and Yland rose 35.2 percent in 2017 to 223.1 billion yuan [x](https://evil.example) <img src="https://evil.example/a.png">.\n\n' +
  'Trade between Xland and Yland rose 33.7 percent in 2017.\n';

const REMOTE = /https?:\/\/|command:|<img|<a\s|<script|!\[|\]\(/i;

async function loadMarked(): Promise<{ parse(s: string, o?: object): string | Promise<string> } | undefined> {
  try {
    // marked is ESM-only; load it without TypeScript turning import() into require().
    const load = new Function('m', 'return import(m)') as (m: string) => Promise<{ marked: { parse(s: string, o?: object): string | Promise<string> } }>;
    return (await load('marked')).marked;
  } catch {
    return undefined;
  }
}

function actionsOnly(list: (CodeAction | Command)[] | null): CodeAction[] {
  assert.ok(list);
  return list.filter((a): a is CodeAction => typeof (a as Command).command !== 'string');
}

/** Every text edit of a workspace edit, by document URI (changes and documentChanges). */
function editsByUri(edit: WorkspaceEdit): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) out.set(uri, [...(out.get(uri) ?? []), ...edits]);
  for (const dc of edit.documentChanges ?? []) {
    assert.ok('textDocument' in dc, 'no file create, rename or delete');
    out.set(dc.textDocument.uri, [...(out.get(dc.textDocument.uri) ?? []), ...(dc.edits as TextEdit[])]);
  }
  return out;
}

/** A snapshot of a folder tree: every entry's type, size, mtime and content hash. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) {
        out[p] = `dir ${st.mtimeMs}`;
        walk(p);
      } else out[p] = `${st.isSymbolicLink() ? 'link' : 'file'} ${st.size} ${st.mtimeMs} ${st.isFile() ? createHash('sha1').update(readFileSync(p)).digest('hex') : ''}`;
    }
  };
  walk(dir);
  return out;
}

/**
 * Preloaded into the server: wraps the fs functions that read or write by path and reports each call on
 * stderr (not a file: the trace must not write). Module loading (require) bypasses fs and is not traced.
 */
const TRACE_PRELOAD = String.raw`
const fs = require('fs');
const tag = (op, p) => { try { process.stderr.write('\u0001FSTRACE\t' + op + '\t' + String(p instanceof URL ? p.pathname : Buffer.isBuffer(p) ? p.toString() : p) + '\n'); } catch {} };
const WRITES = ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rename', 'unlink', 'rm', 'rmdir', 'copyFile', 'cp', 'symlink', 'link', 'chmod', 'lchmod', 'chown', 'lchown', 'utimes', 'lutimes', 'truncate', 'createWriteStream'];
const READS = ['readFile', 'readdir', 'opendir', 'createReadStream', 'readlink', 'realpath', 'watch', 'watchFile'];
const isWriteFlag = (f) => typeof f === 'string' ? /[wa+]/.test(f) : typeof f === 'number' && (f & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_APPEND)) !== 0;
function wrap(obj, name, op) {
  const orig = obj[name];
  if (typeof orig !== 'function') return;
  obj[name] = function (p, ...rest) { tag(op, p); return orig.call(this, p, ...rest); };
  Object.assign(obj[name], orig);
}
for (const n of WRITES) { wrap(fs, n, 'write'); wrap(fs, n + 'Sync', 'write'); wrap(fs.promises, n, 'write'); }
for (const n of READS) { wrap(fs, n, 'read'); wrap(fs, n + 'Sync', 'read'); wrap(fs.promises, n, 'read'); }
for (const [obj, n] of [[fs, 'open'], [fs, 'openSync'], [fs.promises, 'open']]) {
  const orig = obj[n];
  obj[n] = function (p, flags, ...rest) { tag(isWriteFlag(flags) ? 'write' : 'read', p); return orig.call(this, p, flags, ...rest); };
}
`;

function traced(stderr: string): { op: string; path: string }[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('\u0001FSTRACE\t'))
    .map((l) => {
      const [, op, p] = l.split('\t');
      return { op, path: p };
    });
}

const inside = (file: string, dir: string) => file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

describe('protocol: security', function () {
  this.timeout(60000);
  let base: string;
  let sources: string;
  let workspace: string;
  let cacheDir: string;
  let client: LspClient;
  let uri: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    base = tempFolder({});
    sources = path.join(base, 'sources');
    workspace = path.join(base, 'workspace');
    cacheDir = path.join(base, 'cache');
    writeFileSync(path.join(base, 'trace.js'), TRACE_PRELOAD);
    writeFileSync(path.join(base, 'server.js'), `require(${JSON.stringify(path.join(base, 'trace.js'))});\nrequire(${JSON.stringify(SERVER_PATH)});\n`);
    mkdirSync(sources);
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    writeFileSync(path.join(sources, EVIL_NAME), EVIL_ARTICLE);
    writeFileSync(path.join(sources, 'plain.txt'), 'Plain news\n\nOfficials in Xland opened a plant in 2019.\n');
    writeFileSync(path.join(workspace, 'report.md'), REPORT);
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), '{ "claimcheck.sources": ["../sources"] }\n');
    client = await LspClient.start({
      serverPath: path.join(base, 'server.js'),
      workspaceFolders: [workspace],
      settings: { sources: [sources] },
      initializationOptions: { cacheDir },
    });
    uri = fileUri(path.join(workspace, 'report.md'));
    const from = client.mark();
    await client.open(uri, REPORT);
    ({ diagnostics } = await client.waitForDiagnostics(uri, { version: 1, from }));
    assert.ok(diagnostics.some((d) => d.code === 'contradicted'), 'the changed figure is contradicted');
  });
  after(async () => {
    await client.stop();
    removeFolder(base);
  });

  async function hovers(): Promise<string[]> {
    const out: string[] = [];
    for (const d of diagnostics) {
      const h: Hover | null = await client.hover(uri, d.range.start);
      if (h) out.push((h.contents as MarkupContent).value);
    }
    return out;
  }

  it('hovers show the hostile file name, title and sentence as plain text (rendered with marked)', async () => {
    const marked = await loadMarked();
    const all = await hovers();
    assert.ok(all.some((md) => md.includes('Xland and Yland rose')), 'the evidence is quoted');
    for (const md of all) {
      if (!marked) continue;
      const html = await marked.parse(md, { gfm: true });
      assert.ok(!/<a\b|<img\b|<script\b|<code\b|<h\d\b/i.test(html), `no link, image, script or code in ${html}`);
      assert.ok(!/<[a-z][^>]*\s(href|src)=/i.test(html), `no URL attribute in ${html}`);
      assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(md), `no control character in ${JSON.stringify(md)}`);
    }
    const contradicted = all.find((md) => /Contradicted/.test(md));
    assert.ok(contradicted, 'a contradicted hover');
    assert.ok(contradicted.includes('command\\:workbench'), 'the file name is shown, escaped');
    if (marked) {
      const html = await marked.parse(contradicted, { gfm: true });
      assert.ok(html.includes('[n](command:workbench.action.quit)'), 'the file name reads as written');
    }
  });

  it('diagnostic messages quote the source as plain text, with controls made visible; links go only to source files', () => {
    for (const d of diagnostics) {
      const message = String(d.message);
      assert.ok(!/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(message), JSON.stringify(message));
      if (d.codeDescription) {
        assert.ok(d.codeDescription.href.startsWith('file:'), d.codeDescription.href);
        assert.ok(inside(fileURLToPath(d.codeDescription.href), sources), 'the link is a source file');
      }
      const data = d.data as { evidence?: { uri: string } } | undefined;
      if (data?.evidence) assert.ok(inside(fileURLToPath(data.evidence.uri), sources));
    }
    const supported = diagnostics.find((d) => d.code === 'supported' && String(d.message).includes('33.7 percent in 2017'));
    assert.ok(supported, 'a supported figure quotes the hostile sentence');
    assert.match(String(supported.message), /\\x1b\]8;;https:\/\/evil\.example\\x07/, 'an OSC 8 hyperlink is shown, not sent');
  });

  it('code actions: plain titles, only claimcheck commands, edits only in the open document at the claim', async () => {
    const doc = TextDocument.create(uri, 'markdown', 1, REPORT);
    let sawReplace = false;
    for (const d of diagnostics) {
      const actions = actionsOnly(await client.codeActions(uri, d.range, [d]));
      const data = d.data as { range: Diagnostic['range']; text: string };
      for (const a of actions) {
        assert.ok(!/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(a.title), JSON.stringify(a.title));
        if (a.command) assert.ok(a.command.command.startsWith('claimcheck.'), a.command.command);
        if (!a.edit) continue;
        const byUri = editsByUri(a.edit);
        assert.deepEqual([...byUri.keys()], [uri], `${a.title}: only the open document`);
        for (const e of byUri.get(uri) ?? []) {
          const empty = e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
          if (!empty) {
            // A replacement is exactly the claim, and writes no Markdown or HTML.
            assert.deepEqual(e.range, data.range, a.title);
            assert.equal(doc.getText(e.range), data.text);
            assert.ok(!REMOTE.test(e.newText), e.newText);
            sawReplace = true;
          } else {
            // An insertion (citation, disable comment) adds text and changes nothing else.
            const after = TextDocument.applyEdits(doc, [e]);
            const at = doc.offsetAt(e.range.start);
            assert.equal(after.slice(0, at) + after.slice(at + e.newText.length), REPORT);
            assert.ok(!/[\r\n]/.test(e.newText.replace(/\r?\n$/, '')), 'one line at most');
            if (e.newText.includes('[source:')) {
              const marked = await loadMarked();
              if (marked) {
                const html = await marked.parse(e.newText, { gfm: true });
                assert.ok(!/<a\b|<img\b|<code\b/i.test(html), `the citation is plain text: ${html}`);
              }
            }
          }
        }
      }
    }
    assert.ok(sawReplace, 'a replacement was offered');
    assert.equal(client.all('workspace/applyEdit').length, 0, 'the server never edits on its own');
  });

  it('definition and references lead only to source files, at the evidence', async () => {
    for (const d of diagnostics) {
      const def = (await client.definition(uri, d.range.start)) as Location | null;
      const refs = (await client.references(uri, d.range.start)) ?? [];
      for (const loc of [...(def ? [def] : []), ...refs]) {
        assert.ok(loc.uri.startsWith('file:'), loc.uri);
        const file = fileURLToPath(loc.uri);
        assert.ok(inside(file, sources), `${file} is a source file`);
        const text = readFileSync(file, 'utf8');
        const lines = text.split(/\r\n|\r|\n/);
        assert.ok(loc.range.start.line < lines.length && loc.range.end.character <= lines[loc.range.end.line].length, 'inside the file');
      }
    }
    // window/showDocument through the server's command opens a source file only.
    const evidence = (diagnostics.find((d) => (d.data as { evidence?: unknown }).evidence)?.data as { evidence: { uri: string; range: unknown } }).evidence;
    const from = client.mark();
    await client.request('workspace/executeCommand', { command: 'claimcheck.server.openEvidence', arguments: [evidence.uri, evidence.range] }).catch(() => undefined);
    for (const p of client.all<{ uri: string }>('window/showDocument', from)) assert.ok(inside(fileURLToPath(p.uri), sources));
  });

  it('reads only the source folders, writes nothing but its cache, and leaves workspace and sources as they were', async () => {
    const before = { ...snapshot(workspace), ...snapshot(sources) };
    const from = client.mark();
    // Exercise everything once more: edits, hovers, actions, navigation, re-index, settings, watched files, close.
    const v = await client.change(uri, REPORT + '\nXland sold 779 units in 2019.\n');
    await client.waitForDiagnostics(uri, { version: v, from });
    await hovers();
    for (const d of diagnostics) {
      await client.codeActions(uri, d.range, [d]);
      await client.definition(uri, d.range.start);
      await client.references(uri, d.range.start);
    }
    await client.request('claimcheck/reindex');
    await client.request('claimcheck/articles', {});
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(sources, 'plain.txt')), type: 2 }] });
    await client.configure({ sources: [sources], severity: { supported: 'information' } });
    const again = client.mark();
    await client.waitForDiagnostics(uri, { from: again });
    await client.close(uri);
    await client.waitForDiagnostics(uri, { from: again, where: (d) => d.length === 0 });
    await client.request('claimcheck/status', {});

    assert.deepEqual({ ...snapshot(workspace), ...snapshot(sources) }, before, 'nothing in the workspace or the sources changed');
    const calls = traced(client.stderr);
    assert.ok(calls.some((c) => c.op === 'read' && inside(c.path, sources)), `the trace works: ${calls.length} calls`);
    const writes = calls.filter((c) => c.op === 'write' && !inside(path.resolve(c.path), cacheDir));
    assert.deepEqual(writes, [], 'no write outside the cache');
    assert.ok(readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.bin')), 'the index was persisted in the cache folder');
    const allowedReads = [sources, path.join(REPO_ROOT, 'dist'), path.join(REPO_ROOT, 'seeds')];
    const reads = calls.filter((c) => c.op === 'read' && !allowedReads.some((d) => inside(path.resolve(c.path), d)) && !inside(path.resolve(c.path), cacheDir));
    assert.deepEqual(reads, [], 'no read outside the sources (and the server’s own files)');
  });
});
