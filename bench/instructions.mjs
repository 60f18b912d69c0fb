// The instructions one pass of sentence analysis costs (analyzeText, the whole of an index build's
// per-sentence work), counted by valgrind's cachegrind with node --predictable: a count that repeats to
// about 0.01 %, where wall-clock times on this machine move by 20-30 % from one run to the next. For
// comparing two versions of the engine; not part of the test suite nor of `npm run bench`.
//
//   node bench/instructions.mjs [--files 100]        (needs valgrind: apt-get install valgrind)
//
// Bundles analyzeText into bench/.work/, then runs bench/lib/analysis-pass.mjs over the sentences of the
// first --files articles of the 1,000-article bench corpus, once with one pass and once with four, each
// process under cachegrind (the two at once); (four - one) / 3 is one warm pass, startup and the first,
// cold pass left out. A run takes about two minutes for 100 articles.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT, WORK, ensureCorpus } from './generate.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--files');
const FILES = at >= 0 ? Number(argv[at + 1]) : 100;

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed (apt-get install valgrind)');
  process.exit(2);
}
const { build } = await import('esbuild');
const engine = path.join(WORK, 'engine-analysis.js');
await build({
  stdin: {
    contents: "export { analyzeText } from './server/src/engine/index/analyze';\nexport { analyzeArticle } from './server/src/engine/sources/article';\n",
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
const corpus = await ensureCorpus(1000);

/** Instructions executed by one process of analysis-pass.mjs, and what it printed. */
function count(passes) {
  return new Promise((resolve, reject) => {
    const args = ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', '--cachegrind-out-file=/dev/null'];
    const child = spawn('valgrind', [...args, process.execPath, '--predictable', path.join(ROOT, 'bench/lib/analysis-pass.mjs'), engine, corpus.dir, String(FILES), String(passes)]);
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

const [one, four] = await Promise.all([count(1), count(4)]);
const pass = (four.instructions - one.instructions) / 3;
console.log(
  `analyzeText, one warm pass over ${one.sentences.toLocaleString('en-US')} sentences (${FILES} articles of ${path.basename(corpus.dir)}): ` +
    `${(pass / 1e6).toFixed(0)} M instructions, ${Math.round(pass / one.sentences / 1000)} k a sentence`,
);
