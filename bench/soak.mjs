// Soak test of the language server (not part of the test suite: it takes a minute or more).
//
//   npm run soak                      # build, then node bench/soak.mjs
//   node bench/soak.mjs [--docs 200] [--articles 1000] [--concurrency 8] [--budget 900] [--server dist/server.js]
//
// Against the bench corpus (bench/generate.mjs, 1,000 articles by default), through LSP over stdio:
// opens, hovers, asks for code actions and references, edits twice (whole text, then a ranged edit), and closes `--docs`
// documents, `--concurrency` at a time. Every request must be answered and every publication for each
// version must arrive (each wait bounded); the whole run is bounded by `--budget` seconds.
// Memory: the server runs with --expose-gc and a preload that, on SIGUSR2, collects garbage and reports
// process.memoryUsage() on stderr. The heap after a forced GC must return near its baseline (taken after a
// warm-up) and the resident set (VmRSS from /proc) must stay bounded. Prints the numbers; exits 1 on failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, WORK, ensureCorpus, ensureReport } from './generate.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const DOCS = Number(arg('--docs', 200));
const ARTICLES = Number(arg('--articles', 1000));
const CONCURRENCY = Number(arg('--concurrency', 8));
const BUDGET_MS = Number(arg('--budget', 900)) * 1000;
const SERVER = path.resolve(arg('--server', path.join(ROOT, 'dist', 'server.js')));
/** Longest wait for one answer or one publication. */
const WAIT_MS = 120_000;
const WARMUP = 5;
/** Limits: the heap after GC may exceed its baseline by this share plus this many MB; RSS stays under these. */
const HEAP_SLACK = 0.25;
const HEAP_SLACK_MB = 24;
const RSS_GROWTH_MB = 256;
const RSS_PEAK_MB = 1536;

const failures = [];
const fail = (what) => {
  failures.push(what);
  console.error(`soak: FAIL ${what}`);
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

function vmRss(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

const PRELOAD = `// Written by bench/soak.mjs: on SIGUSR2, collect garbage and report memory on stderr.
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') { global.gc(); global.gc(); }
  process.stderr.write('\\u0001SOAK-MEM ' + JSON.stringify(process.memoryUsage()) + '\\n');
});
`;

async function main() {
  const t0 = performance.now();
  const deadline = t0 + BUDGET_MS;
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
  const corpus = await ensureCorpus(ARTICLES);
  const report = readFileSync((await ensureReport(5000)).file, 'utf8');
  const paragraphs = report.split(/\n\s*\n/).filter((p) => /\d/.test(p) && !p.startsWith('#'));
  mkdirSync(WORK, { recursive: true });
  const preload = path.join(WORK, 'soak-preload.cjs');
  writeFileSync(preload, PRELOAD);
  console.log(`soak: ${DOCS} documents, ${CONCURRENCY} at a time, against ${corpus.files} articles (${mb(corpus.bytes)} MB) in ${corpus.dir}`);

  const proc = spawn(process.execPath, ['--expose-gc', '--require', preload, SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let exited = false;
  let stderrTail = '';
  const memWaiters = [];
  let stderrBuf = '';
  proc.stderr.setEncoding('utf8').on('data', (d) => {
    stderrBuf += d;
    let nl;
    while ((nl = stderrBuf.indexOf('\n')) >= 0) {
      const line = stderrBuf.slice(0, nl);
      stderrBuf = stderrBuf.slice(nl + 1);
      if (line.startsWith('\u0001SOAK-MEM ')) memWaiters.shift()?.(JSON.parse(line.slice(10)));
      else stderrTail = (stderrTail + line + '\n').slice(-4000);
    }
  });
  const died = new Promise((_, reject) =>
    proc.on('exit', (code, signal) => {
      exited = true;
      reject(new Error(`the server exited (${code ?? signal}); stderr: ${stderrTail.trim().split('\n').slice(-5).join(' | ') || 'none'}`));
    }),
  );
  died.catch(() => undefined);

  /** A promise bounded by WAIT_MS, the budget, and the server's life. */
  function bounded(p, what) {
    let timer;
    const left = Math.min(WAIT_MS, deadline - performance.now());
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${(left / 1000).toFixed(0)} s`)), Math.max(1, left))));
    return Promise.race([p, died, timeout]).finally(() => clearTimeout(timer));
  }

  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const settings = { sources: [corpus.dir], debounceMs: 0 };
  const diagWaiters = new Map(); // uri → [{ test, resolve }]
  const published = new Map(); // uri → last params
  let publications = 0;
  conn.onRequest('workspace/configuration', (params) => params.items.map((it) => (it.section === 'claimcheck' ? settings : null)));
  conn.onRequest(() => null);
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    publications++;
    published.set(p.uri, p);
    const list = diagWaiters.get(p.uri) ?? [];
    for (const w of [...list]) if (w.test(p)) list.splice(list.indexOf(w), 1), w.resolve(p);
  });
  conn.onNotification(() => undefined);
  conn.onError(() => undefined);
  conn.listen();

  let requests = 0;
  let answered = 0;
  const request = async (method, params) => {
    requests++;
    const r = await bounded(conn.sendRequest(method, params), method);
    answered++;
    return r;
  };
  const waitDiagnostics = (uri, test, what) => {
    const last = published.get(uri);
    if (last && test(last)) return Promise.resolve(last);
    return bounded(
      new Promise((resolve) => {
        if (!diagWaiters.has(uri)) diagWaiters.set(uri, []);
        diagWaiters.get(uri).push({ test, resolve });
      }),
      what,
    );
  };
  const memory = async (label) => {
    const got = new Promise((resolve) => memWaiters.push(resolve));
    proc.kill('SIGUSR2');
    const usage = await bounded(got, `memory report (${label})`);
    return { label, heapUsed: usage.heapUsed, external: usage.external + usage.arrayBuffers, rss: vmRss(proc.pid) ?? usage.rss };
  };

  const root = pathToFileURL(WORK).href;
  await bounded(
    conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'soak' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { versionSupport: true, dataSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
        window: { workDoneProgress: false },
      },
    }),
    'initialize',
  );
  conn.sendNotification('initialized', {});

  const docText = (i) => {
    const start = (i * 7) % paragraphs.length;
    const parts = [`# Soak document ${i}`];
    for (let k = 0; k < 4; k++) parts.push(paragraphs[(start + k) % paragraphs.length]);
    return parts.join('\n\n') + '\n';
  };
  const uriOf = (i) => pathToFileURL(path.join(WORK, 'soak', `doc-${i}.md`)).href;
  const stats = { docs: 0, checks: 0, diagnostics: 0, hovers: 0, hoversEmpty: 0, actions: 0, references: 0 };

  /** One document's life: open, hover, code actions, two edits, close. */
  async function cycle(i) {
    const uri = uriOf(i);
    const text = docText(i);
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const v1 = await waitDiagnostics(uri, (p) => p.version === 1, `diagnostics of ${uri} v1`);
    stats.checks++;
    stats.diagnostics += v1.diagnostics.length;
    if (!v1.diagnostics.length) fail(`${uri}: no diagnostic for a text with figures`);
    for (const d of v1.diagnostics.slice(0, 3)) {
      const h = await request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
      stats.hovers++;
      if (!h) stats.hoversEmpty++;
    }
    // References of a name: the first one waits for the mention index of the whole corpus (built in warm-up).
    const entity = v1.diagnostics.find((d) => d.data?.kind === 'entity');
    if (entity) {
      const refs = await request('textDocument/references', { textDocument: { uri }, position: entity.range.start, context: { includeDeclaration: true } });
      if (!Array.isArray(refs)) fail(`${uri}: references answered ${JSON.stringify(refs)}`);
      else stats.references++;
    }
    if (v1.diagnostics[0]) {
      const actions = await request('textDocument/codeAction', { textDocument: { uri }, range: v1.diagnostics[0].range, context: { diagnostics: [v1.diagnostics[0]] } });
      if (!Array.isArray(actions)) fail(`${uri}: code actions answered ${JSON.stringify(actions)}`);
      else stats.actions += actions.length;
    }
    // A whole-text edit (a figure changed), then a ranged edit (a sentence appended at the end).
    const edited = text.replace(/\d+/, (m) => String(Number(m) + 1));
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const lines = edited.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: end, end }, text: `Appended: ${i * 13} units in 2019.\n` }],
    });
    const v3 = await waitDiagnostics(uri, (p) => p.version === 3, `diagnostics of ${uri} v3`);
    stats.checks++;
    const lastLine = lines.length - 1;
    if (!v3.diagnostics.some((d) => d.range.start.line === lastLine)) fail(`${uri}: the appended line has no diagnostic in v3`);
    conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await waitDiagnostics(uri, (p) => p.diagnostics.length === 0, `cleared diagnostics of ${uri}`);
    published.delete(uri);
    stats.docs++;
  }

  const samples = [];
  let peakRss = 0;
  const sample = () => {
    const rss = vmRss(proc.pid);
    if (rss !== undefined) peakRss = Math.max(peakRss, rss);
    return rss;
  };

  try {
    // Warm-up: the index, the mention index (entity hovers), the checkers' code paths.
    for (let i = 0; i < WARMUP; i++) await cycle(DOCS + i);
    const baseline = await memory('baseline (after warm-up, GC)');
    for (const k of Object.keys(stats)) stats[k] = 0;
    const [requests0, answered0, publications0] = [requests, answered, publications];
    const tStart = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < DOCS) {
        if (performance.now() > deadline) throw new Error(`over the budget of ${BUDGET_MS / 1000} s`);
        const i = next++;
        await cycle(i);
        if (stats.docs % 20 === 0) samples.push([stats.docs, sample(), performance.now() - tStart]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, DOCS) }, worker));
    const soakMs = performance.now() - tStart;
    sample();
    const status = await request('claimcheck/status', {});
    const final = await memory('final (after GC)');

    console.log(`soak: ${stats.docs}/${DOCS} documents in ${(soakMs / 1000).toFixed(1)} s (${(soakMs / Math.max(1, stats.checks)).toFixed(0)} ms of wall time per check); ${stats.checks} checks, ${stats.diagnostics} diagnostics on open, ${stats.hovers} hovers (${stats.hoversEmpty} empty), ${stats.actions} code actions, ${stats.references} reference lookups`);
    console.log(`soak: ${answered - answered0}/${requests - requests0} requests answered, ${publications - publications0} diagnostics publications (warm-up excluded); index: ${status.articles} articles, ${status.skipped.length} skipped`);
    console.log('soak: every 20 documents, VmRSS (MB) and seconds since the start: ' + samples.map(([n, rss, t]) => `${n}: ${rss === undefined ? '?' : mb(rss)} MB ${(t / 1000).toFixed(0)} s`).join(', '));
    console.log(`soak: memory          heap used   external   VmRSS`);
    for (const m of [baseline, final]) console.log(`soak:   ${m.label.padEnd(30)} ${mb(m.heapUsed).padStart(7)} MB ${mb(m.external).padStart(7)} MB ${mb(m.rss).padStart(7)} MB`);
    console.log(`soak:   peak VmRSS ${mb(peakRss)} MB`);

    if (stats.docs !== DOCS) fail(`${stats.docs} of ${DOCS} documents went through`);
    if (answered !== requests) fail(`${requests - answered} requests unanswered`);
    if (status.articles < ARTICLES * 0.9) fail(`only ${status.articles} articles indexed`);
    const heapLimit = baseline.heapUsed * (1 + HEAP_SLACK) + HEAP_SLACK_MB * 1024 * 1024;
    if (final.heapUsed > heapLimit) fail(`heap after GC ${mb(final.heapUsed)} MB did not return near the baseline ${mb(baseline.heapUsed)} MB (limit ${mb(heapLimit)} MB)`);
    if (final.rss > baseline.rss + RSS_GROWTH_MB * 1024 * 1024) fail(`VmRSS grew from ${mb(baseline.rss)} to ${mb(final.rss)} MB (limit +${RSS_GROWTH_MB} MB)`);
    if (peakRss > RSS_PEAK_MB * 1024 * 1024) fail(`peak VmRSS ${mb(peakRss)} MB over ${RSS_PEAK_MB} MB`);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  } finally {
    if (!exited) {
      const quit = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
      try {
        await bounded(conn.sendRequest('shutdown'), 'shutdown');
        conn.sendNotification('exit');
      } catch (e) {
        fail(`shutdown: ${e instanceof Error ? e.message : String(e)}`);
      }
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      const code = await quit;
      clearTimeout(timer);
      if (code !== 0) fail(`the server exited with ${code} after shutdown/exit`);
    }
    conn.dispose();
  }
  console.log(`soak: ${failures.length ? `FAILED (${failures.length})` : 'OK'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`soak: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  },
);
