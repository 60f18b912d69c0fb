// Real editor: Debian's emacs-nox with elpa-eglot 1.9, in batch mode, as the LSP client of
// `node dist/server.js --stdio`.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { CLAIM, ROOT, SERVER_JS, claimPosition, freshWorkspace, removeDir, requireBuild, requireEditor, runs } from './fixtures/harness';
import { hoverBetweenMarkers, renderedMarkdown } from './fixtures/hoverText';

const run = promisify(execFile);

describe('e2e: Emacs + eglot (batch) hover', function () {
  this.timeout(60_000);
  let dir: string | undefined;

  before(function () {
    requireEditor(
      this,
      runs('emacs', ['--batch', '-q', '--eval', "(require 'eglot)"]),
      'Emacs with eglot (Debian packages emacs-nox and elpa-eglot)',
    );
    requireBuild();
  });
  after(() => removeDir(dir));

  it('shows the contradicted verdict and the source of the figure', async () => {
    const ws = freshWorkspace('emacs');
    dir = ws.dir;
    const pos = claimPosition();
    const el = path.join(ROOT, 'test', 'e2e', 'fixtures', 'hover.el');
    const { stdout } = await run('emacs', ['--batch', '-q', '-l', el], {
      cwd: ws.workspace,
      timeout: 50_000,
      env: { ...process.env, SERVER: SERVER_JS, REPORT: ws.report, HOVER_LINE: String(pos.line), HOVER_COL: String(pos.character), HOME: dir },
    }).catch((e: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`emacs failed: ${e.message}\nstdout:\n${e.stdout ?? ''}\nstderr:\n${e.stderr ?? ''}`);
    });
    const hover = renderedMarkdown(hoverBetweenMarkers(stdout));
    assert.match(hover, CLAIM.verdict, hover);
    assert.ok(hover.includes(CLAIM.source), `the hover names ${CLAIM.source}:\n${hover}`);
  });
});
