// Real editor: the packaged extension (claimcheck.vsix) installed into code-server 4.100.3
// (VS Code 1.100.3 in the browser), driven through Debian's chromium by playwright-core.
// The editors come from `npm run setup:editors`; see /work/shared/e2e/README.md for the recipe.
import * as assert from 'node:assert/strict';
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ARTIFACTS, CLAIM, ROOT, freshWorkspace, removeDir, requireBuild, requireEditor } from './fixtures/harness';

const run = promisify(execFile);
const CODE_SERVER = path.join(ROOT, '.e2e', 'code-server', 'node_modules', '.bin', 'code-server');
const CHROMIUM = '/usr/bin/chromium';
const VSIX = path.join(ROOT, 'claimcheck.vsix');
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
/** The hover card of a provider (not the problem part VS Code adds for a diagnostic under the mouse). */
const PROVIDER_HOVER = '.monaco-hover:not(.hidden) .hover-contents:not(.marker)';

/** Packs claimcheck.vsix when it is missing or older than the bundles it should hold. */
function ensureVsix(): void {
  const newest = Math.max(...['server.js', 'client.js'].map((f) => fs.statSync(path.join(ROOT, 'dist', f)).mtimeMs));
  if (fs.existsSync(VSIX) && fs.statSync(VSIX).mtimeMs >= newest) return;
  try {
    execFileSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  } catch (e) {
    const x = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`npm run package failed: ${x.message}\n${x.stdout?.toString() ?? ''}${x.stderr?.toString() ?? ''}`);
  }
  assert.ok(fs.existsSync(VSIX), 'npm run package made no claimcheck.vsix');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls /healthz until code-server answers; fails at once if it exits, or after `ms`. */
async function waitHealthy(port: number, proc: ChildProcess, logFile: string, ms: number): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    proc.once('exit', (code, signal) => reject(new Error(`code-server exited (${code ?? signal}); log:\n${fs.readFileSync(logFile, 'utf8')}`))),
  );
  exited.catch(() => undefined);
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const res = await Promise.race([fetch(`http://127.0.0.1:${port}/healthz`), exited]);
      if (res.ok) return;
    } catch (e) {
      if (proc.exitCode !== null || proc.signalCode !== null) throw e;
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within ${ms} ms; log:\n${fs.readFileSync(logFile, 'utf8')}`);
    await Promise.race([new Promise((r) => setTimeout(r, 100)), exited]);
  }
}

/** The on-screen box of the first occurrence of `context` in the editor, narrowed to its first `length` characters. */
async function textBox(page: Page, context: string, length: number): Promise<{ x: number; y: number; width: number; height: number }> {
  // Runs in the page. Typed loosely: the test build has Node's types, not the DOM's.
  const inPage = ({ context, length }: { context: string; length: number }): any => {
    const doc = (globalThis as any).document;
    for (const line of Array.from(doc.querySelectorAll('.editor-instance .monaco-editor .view-line')) as unknown[]) {
      // Monaco renders spaces as no-break spaces; the mapping stays one character to one.
      const nodes: { data: string }[] = [];
      const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
      while (walker.nextNode()) nodes.push(walker.currentNode);
      const whole = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
      const at = whole.indexOf(context);
      if (at < 0) continue;
      const locate = (offset: number): [unknown, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        throw new Error('offset past the line');
      };
      const range = doc.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + length));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return undefined;
  };
  const box = (await page.evaluate(inPage, { context, length })) as { x: number; y: number; width: number; height: number } | undefined;
  if (!box || box.width === 0) throw new Error(`"${context}" is not on screen`);
  return box;
}

describe('e2e: VS Code (code-server + chromium) with the packaged extension', function () {
  this.timeout(240_000);
  let dir: string | undefined;
  let server: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let logFile: string;

  before(async function () {
    requireEditor(this, fs.existsSync(CODE_SERVER) && fs.existsSync(CHROMIUM), 'code-server (in .e2e/) or Debian chromium');
    requireBuild();
    ensureVsix();

    const ws = freshWorkspace('code-server');
    dir = ws.dir;
    const d = (name: string): string => {
      const p = path.join(ws.dir, name);
      fs.mkdirSync(p, { recursive: true });
      return p;
    };
    const home = d('home');
    const tmp = d('tmp');
    const userData = d('data');
    const extensions = d('extensions');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify({
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
      }),
    );
    const config = path.join(ws.dir, 'config.yaml');
    fs.writeFileSync(config, 'auth: none\n');
    const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
    const env = { ...process.env, HOME: home, TMPDIR: tmp, XDG_CONFIG_HOME: path.join(home, '.config') };

    await run(CODE_SERVER, [...common, '--install-extension', VSIX, '--force'], { env, timeout: 60_000 });
    assert.ok(
      fs.readdirSync(extensions).some((e) => e.startsWith('claimcheck.claimcheck-')),
      `the extension was not installed into ${extensions}`,
    );

    const port = await freePort();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    logFile = path.join(ARTIFACTS, 'code-server.log');
    const log = fs.openSync(logFile, 'w');
    // detached: the child calls setsid(), so it leads its own process group, which after() kills
    // whole (extension hosts and the language server outlive a plain kill of code-server).
    server = spawn(
      CODE_SERVER,
      [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', ws.workspace],
      { env, detached: true, stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);
    await waitHealthy(port, server, logFile, 30_000);

    context = await chromium.launchPersistentContext(path.join(ws.dir, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      env,
      viewport: { width: 1280, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    // Open the report from the Explorer; Quick Open when the row does not show.
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${CLAIM.file}"]`);
    try {
      await row.waitFor({ timeout: 20_000 });
      await row.click();
    } catch {
      await page.keyboard.press('Control+P');
      await page.keyboard.type(CLAIM.file);
      await page.keyboard.press('Enter');
    }
    await page.locator('.editor-instance .monaco-editor .view-line', { hasText: CLAIM.context.replace(/ /g, '\u00a0') }).first()
      .or(page.locator('.editor-instance .monaco-editor .view-line', { hasText: CLAIM.context }).first())
      .waitFor({ timeout: 30_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await page.screenshot({ path: path.join(ARTIFACTS, `failure-${this.currentTest.title.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
    }
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    if (server?.pid && server.exitCode === null && server.signalCode === null) {
      const exited = once(server, 'exit');
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-server!.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    removeDir(dir);
  });

  it('hovers the figure: contradicted, with the source article', async () => {
    const card: Locator = page.locator(PROVIDER_HOVER, { hasText: CLAIM.verdict }).first();
    const claim = await textBox(page, CLAIM.context, CLAIM.text.length);
    // The server may still be starting or indexing: move away and back until the card shows.
    const deadline = Date.now() + 90_000;
    for (;;) {
      await page.mouse.move(5, 5);
      await page.mouse.move(claim.x + claim.width / 2, claim.y + claim.height / 2);
      try {
        await card.waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (e) {
        if (Date.now() > deadline) {
          const shown = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts();
          throw new Error(`no hover saying "contradicted" appeared; hovers on screen: ${JSON.stringify(shown)}`, { cause: e });
        }
      }
    }
    const text = await card.innerText();
    assert.match(text, CLAIM.verdict, text);
    assert.ok(text.includes(CLAIM.source), `the hover names ${CLAIM.source}:\n${text}`);

    // The screenshot for the README: the claim's line and the card.
    const hoverBox = await page.locator('.monaco-hover:not(.hidden)').first().boundingBox();
    assert.ok(hoverBox, 'the hover has a box');
    const pad = 24;
    const x0 = Math.max(0, Math.min(hoverBox.x, claim.x - 200) - pad);
    const y0 = Math.max(0, Math.min(hoverBox.y, claim.y - 2 * claim.height) - pad);
    const x1 = Math.min(1280, Math.max(hoverBox.x + hoverBox.width, claim.x + 400) + pad);
    const y1 = Math.min(800, Math.max(hoverBox.y + hoverBox.height, claim.y + claim.height) + pad);
    const shot = path.join(ARTIFACTS, 'hover.png');
    await page.screenshot({ path: shot, clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    fs.copyFileSync(shot, path.join(ROOT, 'docs', 'hover.png'));
  });

  it('quick fix (Ctrl+.) replaces the figure with the source value', async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    const claim = await textBox(page, CLAIM.context, CLAIM.text.length);
    await page.mouse.click(claim.x + claim.width / 2, claim.y + claim.height / 2);
    const replace = page.locator('.action-widget .monaco-list-row', { hasText: /^Replace with/ }).first();
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.keyboard.press('Control+Period');
      try {
        await replace.waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (e) {
        if (Date.now() > deadline) {
          const shown = await page.locator('.action-widget').allInnerTexts();
          throw new Error(`no "Replace with" quick fix; actions on screen: ${JSON.stringify(shown)}`, { cause: e });
        }
        await page.keyboard.press('Escape');
      }
    }
    // Choose it with the keyboard (a pointer block covers the page until the mouse moves).
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !/^Replace with/.test((await focused.getAttribute('aria-label')) ?? ''); i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.match((await focused.getAttribute('aria-label')) ?? '', /^Replace with/);
    await page.keyboard.press('Enter');
    const fixed = CLAIM.context.replace(CLAIM.text, CLAIM.sourceValue);
    const line = page.locator('.editor-instance .monaco-editor .view-line', { hasText: fixed.replace(/ /g, '\u00a0') }).first()
      .or(page.locator('.editor-instance .monaco-editor .view-line', { hasText: fixed }).first());
    try {
      await line.waitFor({ timeout: 10_000 });
    } catch (e) {
      const now = (await page.locator('.editor-instance .monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
      throw new Error(`the report does not say "${fixed}" after the quick fix; it says:\n${now}`, { cause: e });
    }
  });
});
