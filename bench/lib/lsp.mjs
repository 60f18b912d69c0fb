// A minimal LSP client over stdio for timing the real server (dist/server.js):
// spawn → initialize → answer workspace/configuration → didOpen → first diagnostics → hovers or edits → VmHWM
// → shutdown.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { editOneSentence } from './edits.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

function vmHWM(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export class BudgetError extends Error {}
const TIMEOUT = Symbol('timeout');

/**
 * One server session. Resolves { firstDiagMs, diagnostics, checkedMs?, hover?, edits?, peakMB }.
 * `edits` > 0 (a restart, answered from stored results): once the server has logged the end of its
 * background warm-up, that many one-sentence edits, each timed from didChange to its diagnostics, with no debounce.
 * Rejects with BudgetError when a phase runs over `budgetMs`, or with the server's stderr when it dies.
 */
export async function lspSession({ serverJs, cwd, corpusDir, reportFile, cacheDir, env, budgetMs, hovers = 0, edits = 0, nodeArgs = [] }) {
  const text = readFileSync(reportFile, 'utf8');
  const uri = pathToFileURL(reportFile).href;
  const settings = { sources: [corpusDir], ...(cacheDir ? { cacheDir } : {}), ...(edits > 0 ? { debounceMs: 0 } : {}) };
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  let exited = false;
  const died = new Promise((_, reject) =>
    proc.on('exit', (code, sig) => {
      exited = true;
      reject(new Error(`server exited (${code ?? sig}): ${stderr.trim().split('\n').slice(-3).join(' | ') || 'no stderr'}`));
    }),
  );
  died.catch(() => {});
  proc.on('error', () => {});

  // Waiters for notifications, checked in arrival order.
  const waiters = [];
  const seen = { diags: [], checked: [], log: [] };
  const notify = (kind, params) => {
    const entry = { t: performance.now() - t0, params };
    seen[kind].push(entry);
    for (const w of [...waiters]) if (w.kind === kind && w.test(entry)) waiters.splice(waiters.indexOf(w), 1), w.resolve(entry);
  };
  const waitFor = (kind, test, what) => {
    const hit = seen[kind].find(test);
    if (hit) return Promise.resolve(hit);
    let timer;
    const p = new Promise((resolve, reject) => {
      waiters.push({ kind, test, resolve });
      timer = setTimeout(() => reject(new BudgetError(`${what}: over ${budgetMs / 1000} s`)), Math.max(1, budgetMs - (performance.now() - t0)));
    });
    return Promise.race([p, died]).finally(() => clearTimeout(timer));
  };

  conn.onRequest('workspace/configuration', (params) =>
    params.items.map((it) => (it.section === 'claimcheck' ? settings : it.section?.startsWith('claimcheck.') ? settings[it.section.slice(11)] ?? null : null)),
  );
  conn.onRequest(() => null); // client/registerCapability, window/workDoneProgress/create, …
  conn.onNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && notify('diags', p));
  conn.onNotification('claimcheck/checked', (p) => p.uri === uri && notify('checked', p));
  conn.onNotification('window/logMessage', (p) => notify('log', p));
  conn.onNotification(() => {});
  conn.onError(() => {});
  conn.listen();

  let finished = false;
  const finish = async (kill) => {
    if (finished) return;
    finished = true;
    if (exited) return conn.dispose();
    const quit = new Promise((r) => proc.on('exit', r));
    if (kill) proc.kill('SIGKILL');
    else {
      let t;
      try {
        await Promise.race([conn.sendRequest('shutdown').then(() => conn.sendNotification('exit')), died, new Promise((r) => (t = setTimeout(r, 3000)))]);
      } catch {}
      clearTimeout(t);
    }
    const timer = setTimeout(() => proc.kill('SIGKILL'), 3000);
    await quit;
    clearTimeout(timer);
    conn.dispose();
  };

  try {
    const root = pathToFileURL(cwd).href;
    await Promise.race([
      conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
          textDocument: {
            synchronization: { dynamicRegistration: true, didSave: true },
            publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
          },
          window: { workDoneProgress: true },
        },
        initializationOptions: { ...settings, settings: { claimcheck: settings }, storagePath: cacheDir, globalStoragePath: cacheDir },
      }),
      died,
    ]);
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });

    // First diagnostics. A server that publishes an empty set while it indexes has not checked yet:
    // then wait for a non-empty set, or for claimcheck/checked saying the check is done.
    const first = await waitFor('diags', () => true, 'first diagnostics');
    let final = first;
    if (first.params.diagnostics.length === 0) {
      final = await Promise.race([
        waitFor('diags', (e) => e.params.diagnostics.length > 0, 'non-empty diagnostics'),
        waitFor('checked', () => true, 'claimcheck/checked').then(() => seen.diags[seen.diags.length - 1]),
      ]);
    }
    const out = { firstDiagMs: final.t, firstAnyDiagMs: first.t, diagnostics: final.params.diagnostics.length };
    const checked = seen.checked[0];
    if (checked) out.checkedMs = checked.t;

    if (hovers > 0) {
      const positions = [];
      const keys = new Set();
      for (const d of final.params.diagnostics) {
        const k = `${d.range.start.line}:${d.range.start.character}`;
        if (!keys.has(k)) keys.add(k), positions.push(d.range.start);
      }
      const step = Math.max(1, positions.length / hovers);
      const chosen = [];
      for (let i = 0; i < positions.length && chosen.length < hovers; i += step) chosen.push(positions[Math.floor(i)]);
      // Two passes over the same claims: the first is what a writer meets right after the
      // diagnostics (lazy work included), the second the steady state.
      out.hover = [];
      let stuck = false;
      for (let pass = 0; pass < 2; pass++) {
        const lat = [];
        let empty = 0;
        let truncated = false;
        const h0 = performance.now();
        for (const position of chosen) {
          // Each pass has a budget of its own: over it, the hovers measured so far are kept.
          const left = budgetMs / 2 - (performance.now() - h0);
          if (left <= 0) {
            truncated = true;
            break;
          }
          const t = performance.now();
          let timer;
          const res = await Promise.race([
            conn.sendRequest('textDocument/hover', { textDocument: { uri }, position }),
            died,
            new Promise((r) => (timer = setTimeout(() => r(TIMEOUT), left))),
          ]).finally(() => clearTimeout(timer));
          lat.push(performance.now() - t); // on TIMEOUT a lower bound: the hover never answered
          if (res === TIMEOUT) {
            truncated = stuck = true;
            break;
          }
          if (!res) empty++;
        }
        out.hover.push({ n: lat.length, empty, lat, truncated });
        if (stuck) break;
      }
    }
    if (edits > 0) {
      // Kept apart: a failure here leaves the first-diagnostics measure standing.
      try {
        // A restart answers from stored results, then warms up in the background: edits come after that.
        const warm = await waitFor('log', (e) => /warmed up for edits|stored answers differed|warm-up stopped/.test(e.params.message), 'warm-up');
        out.warmUpMs = warm.t - final.t;
        out.edits = [];
        let current = text;
        for (let k = 1; k <= edits; k++) {
          current = editOneSentence(current, k);
          const version = k + 1;
          const t = performance.now();
          conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: current }] });
          await waitFor('diags', (e) => e.params.version === version, `edit ${k}`);
          out.edits.push(performance.now() - t);
        }
      } catch (e) {
        if (exited) throw e;
        out.editsError = e instanceof BudgetError ? `over budget at ${e.message.split(':')[0]}` : `failed: ${e.message}`;
      }
    }
    out.peakMB = vmHWM(proc.pid);
    return out;
  } catch (e) {
    if (e && typeof e === 'object') e.peakMB = vmHWM(proc.pid);
    await finish(true);
    throw e;
  } finally {
    await finish(false);
  }
}
