// The instructions one pass of sentence analysis costs (analyzeText, the whole of an index build's
// per-sentence work), or one warm check of the 5,000-word report, counted by valgrind's cachegrind with
// node --predictable: a count that repeats from run to run, where wall-clock times on this machine move by
// 20-30 % (and a single check's by 2x within one process). For comparing two versions of the engine; not
// part of the test suite nor of `npm run bench`.
//
//   node bench/instructions.mjs [--files 100]                    (needs valgrind: apt-get install valgrind)
//   node bench/instructions.mjs --check [--size 10000] [--checks 7]
//
// Analysis: bundles analyzeText into bench/.work/, then runs bench/lib/analysis-pass.mjs over the sentences
// of the first --files articles of the 1,000-article bench corpus, once with one pass and once with four,
// each process under cachegrind (the two at once); (four - one) / 3 is one warm pass, startup and the
// first, cold pass left out. About two minutes for 100 articles; repeats to about 1 %.
// Check (bench/lib/check-pass.mjs): builds and persists the index at full speed, then under cachegrind
// loads it and checks the report 2 + 1 and 2 + 1 + --checks times. About three minutes at 10,000 articles.
// One check's count moves by 10-15 % with the collections and recompilations that fall in it (the same
// process, the same work): the mean of 7 is good to a few per cent.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT, WORK, ensureCorpus, ensureReport } from './generate.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const CHECK = argv.includes('--check');
const FILES = opt('--files', 100);
const SIZE = opt('--size', 10000);
const CHECKS = opt('--checks', 7);

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed (apt-get install valgrind)');
  process.exit(2);
}
const { build } = await import('esbuild');
const engine = path.join(WORK, CHECK ? 'engine-check.js' : 'engine-analysis.js');
await build({
  stdin: {
    contents: CHECK
      ? "export { SourceIndex, Checker } from './server/src/engine';\n"
      : "export { analyzeText } from './server/src/engine/index/analyze';\nexport { analyzeArticle } from './server/src/engine/sources/article';\n",
    resolveDir: ROOT,
    loader: 'ts',
  },
  outfile: engine,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'error',
});
const corpus = await ensureCorpus(CHECK ? SIZE : 1000);
const report = CHECK ? (await ensureReport(5000)).file : undefined;
const cacheDir = path.join(WORK, 'cache', `instructions-${path.basename(corpus.dir)}`);
const script = path.join(ROOT, CHECK ? 'bench/lib/check-pass.mjs' : 'bench/lib/analysis-pass.mjs');
const argsOf = (passes) => (CHECK ? [engine, corpus.dir, cacheDir, report, String(passes)] : [engine, corpus.dir, String(FILES), String(passes)]);

/** Instructions executed by one process of the pass script, and what it printed. */
function count(passes) {
  return new Promise((resolve, reject) => {
    const args = ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', '--cachegrind-out-file=/dev/null'];
    const child = spawn('valgrind', [...args, process.execPath, '--predictable', script, ...argsOf(passes)]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(err);
      if (code !== 0 || !refs) reject(new Error(`valgrind exited ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`));
      else resolve({ instructions: Number(refs[1].replace(/,/g, '')), ...JSON.parse(out) });
    });
  });
}

if (CHECK) {
  // The index is built (and persisted) at full speed first: under valgrind only loading it is counted.
  const warm = spawnSync(process.execPath, [script, ...argsOf(0)], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (warm.status !== 0) process.exit(1);
  // One warm check: (1 + CHECKS checks) - (1 check), over CHECKS; a check's count varies by 10-15 % with
  // the collections and recompilations that fall in it, so several are averaged.
  const [one, many] = await Promise.all([count(1), count(1 + CHECKS)]);
  const check = (many.instructions - one.instructions) / CHECKS;
  console.log(
    `one warm check of the 5,000-word report (${one.claims} claims) against ${path.basename(corpus.dir)} (${one.sentences.toLocaleString('en-US')} sentences): ` +
      `${(check / 1e6).toFixed(0)} M instructions (the mean of ${CHECKS} checks after two)`,
  );
} else {
  const [one, four] = await Promise.all([count(1), count(4)]);
  const pass = (four.instructions - one.instructions) / 3;
  console.log(
    `analyzeText, one warm pass over ${one.sentences.toLocaleString('en-US')} sentences (${FILES} articles of ${path.basename(corpus.dir)}): ` +
      `${(pass / 1e6).toFixed(0)} M instructions, ${Math.round(pass / one.sentences / 1000)} k a sentence`,
  );
}
