// Real editor: Debian's Neovim 0.7.2, headless, as the LSP client of `node dist/server.js --stdio`.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { CLAIM, ROOT, SERVER_JS, claimPosition, freshWorkspace, removeDir, requireBuild, requireEditor, runs } from './fixtures/harness';
import { hoverBetweenMarkers, renderedMarkdown } from './fixtures/hoverText';

const run = promisify(execFile);

describe('e2e: Neovim (headless) hover', function () {
  this.timeout(60_000);
  let dir: string | undefined;

  before(function () {
    requireEditor(this, runs('nvim', ['--version']), 'Neovim (Debian package neovim)');
    requireBuild();
  });
  after(() => removeDir(dir));

  it('shows the contradicted verdict and the source of the figure', async () => {
    const ws = freshWorkspace('nvim');
    dir = ws.dir;
    const pos = claimPosition();
    const lua = path.join(ROOT, 'test', 'e2e', 'fixtures', 'hover.lua');
    const { stdout } = await run('nvim', ['--headless', '--clean', '-u', lua, CLAIM.file], {
      cwd: ws.workspace,
      timeout: 50_000,
      env: { ...process.env, SERVER: SERVER_JS, HOVER_LINE: String(pos.line), HOVER_COL: String(pos.character), HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
    }).catch((e: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`nvim failed: ${e.message}\nstdout:\n${e.stdout ?? ''}\nstderr:\n${e.stderr ?? ''}`);
    });
    assert.match(stdout, /^filetype: markdown$/m, stdout);
    const hover = renderedMarkdown(hoverBetweenMarkers(stdout));
    assert.match(hover, CLAIM.verdict, hover);
    assert.ok(hover.includes(CLAIM.source), `the hover names ${CLAIM.source}:\n${hover}`);
  });
});
