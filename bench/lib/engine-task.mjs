// Child process: loads the bundled engine (bench/.work/engine.js), builds an index of one corpus and
// times checks. One JSON object a line on stdout, so the parent keeps partial results if it has to
// kill a step that runs over its budget.
//
//   node --expose-gc bench/lib/engine-task.mjs '<json task>'
//   task: { engine, corpus, cacheDir?, builds, reports: [{ words, file }], reps, editReps, softMs, budgetMs?, only? }
//   A check whose time, extrapolated linearly from the previous report size, exceeds budgetMs is skipped.
//   only: 'build' (index build alone, for profiling) | 'check' (one check of reports[0], marked with a window)
import { createRequire } from 'node:module';
import { readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { editOneSentence } from './edits.mjs';

const task = JSON.parse(process.argv[2]);
const engine = createRequire(import.meta.url)(task.engine);
const { SourceIndex, Checker } = engine;

const emit = (o) => process.stdout.write(JSON.stringify({ ...o, rssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
const now = () => performance.now();
const gc = () => globalThis.gc?.();
const micros = () => Number(process.hrtime.bigint() / 1000n);

function duBytes(dir) {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += duBytes(p);
    else total += statSync(p).size;
  }
  return total;
}

/** Runs fn up to `reps` times (at least once), stopping early when the runs so far took `softMs`. */
function timed(reps, softMs, fn) {
  const runs = [];
  let spent = 0;
  for (let i = 0; i < reps && (i === 0 || spent < softMs); i++) {
    gc();
    const t = now();
    fn(i);
    const ms = now() - t;
    runs.push(ms);
    spent += ms;
  }
  return runs;
}

async function main() {
  const loadOpts = task.cacheDir ? { cacheDir: task.cacheDir } : {};
  if (task.cacheDir) rmSync(task.cacheDir, { recursive: true, force: true });

  emit({ ev: 'step', name: 'build' });
  let index;
  const buildRuns = [];
  const buildCpu = []; // user + system ms of every thread of this process, per build
  const t0 = micros();
  for (let i = 0; i < (task.builds ?? 1) && (i === 0 || buildRuns.reduce((a, b) => a + b, 0) < (task.softMs ?? Infinity)); i++) {
    if (task.cacheDir) rmSync(task.cacheDir, { recursive: true, force: true });
    index = undefined;
    gc();
    const c = process.cpuUsage();
    const t = now();
    index = await SourceIndex.load(task.corpus, loadOpts);
    buildRuns.push(now() - t);
    const used = process.cpuUsage(c);
    buildCpu.push((used.user + used.system) / 1000);
  }
  const t1 = micros();
  const sentences = typeof index.allSentences === 'function' ? index.allSentences().length : undefined;
  emit({ ev: 'build', runs: buildRuns, cpu: buildCpu, articles: index.articles.length, skipped: index.skipped.length, sentences, window: [t0, t1] });

  if (task.cacheDir) {
    emit({ ev: 'step', name: 'cacheLoad' });
    const diskBytes = duBytes(task.cacheDir);
    index = undefined;
    gc();
    const t = now();
    index = await SourceIndex.load(task.corpus, loadOpts);
    emit({ ev: 'cacheLoad', ms: now() - t, diskBytes });
  }
  if (task.only === 'build') return;

  let last; // the previous check: { words, ms }, to skip a larger one that cannot fit the budget
  for (const r of task.reports) {
    const text = readFileSync(r.file, 'utf8');
    if (last && task.budgetMs && (last.ms * r.words) / last.words > task.budgetMs) {
      const predictedMs = (last.ms * r.words) / last.words;
      emit({ ev: 'skip', steps: [`check:${r.words}`, `recheck:${r.words}`], predictedMs });
      continue;
    }
    emit({ ev: 'step', name: `check:${r.words}` });
    let claims;
    let checker;
    const w0 = micros();
    const runs = timed(task.only === 'check' ? 1 : task.reps, task.softMs, () => {
      checker = new Checker(index);
      claims = checker.check(text);
    });
    const w1 = micros();
    last = { words: r.words, ms: Math.min(...runs) };
    const verdicts = {};
    for (const c of claims) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
    emit({ ev: 'check', words: r.words, runs, claims: claims.length, verdicts, window: [w0, w1] });
    if (task.only === 'check') return;

    // Re-check: the last fresh Checker has seen the text; each edit changes one sentence.
    emit({ ev: 'step', name: `recheck:${r.words}` });
    const versions = [];
    for (let k = 0, cur = text; k < task.editReps; k++) versions.push((cur = editOneSentence(cur, k + 1)));
    const edits = timed(task.editReps, task.softMs, (k) => checker.check(versions[k]));
    emit({ ev: 'recheck', words: r.words, runs: edits });
  }
}

main().then(
  () => emit({ ev: 'done' }),
  (e) => {
    emit({ ev: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    process.exitCode = 1;
  },
);
