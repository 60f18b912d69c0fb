// One process of bench/instructions.mjs: analyses the sentences of some articles `passes` times over.
//   node bench/lib/analysis-pass.mjs ENGINE CORPUS_DIR FILES PASSES
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const [engine, dir, files, passes] = process.argv.slice(2);
const { analyzeArticle, analyzeText } = createRequire(import.meta.url)(path.resolve(engine));
const names = readdirSync(dir, { recursive: true }).filter((f) => /\.(txt|md)$/.test(f)).sort().slice(0, Number(files));
const sentences = [];
for (const f of names) {
  const a = analyzeArticle(f, readFileSync(path.join(dir, f), 'utf8'));
  for (const s of a.sentences) sentences.push([s.text, a.lang, a.date]);
}
let anchors = 0;
for (let p = 0; p < Number(passes); p++) for (const [text, lang, date] of sentences) anchors += analyzeText(text, lang, date).anchors.length;
process.stdout.write(JSON.stringify({ sentences: sentences.length, anchors }) + '\n');
