// One process of `bench/instructions.mjs --check`: loads an index (from its persisted cache when there is
// one), checks a report twice to warm up, then `checks` more times with a fresh Checker each.
//   node bench/lib/check-pass.mjs ENGINE CORPUS_DIR CACHE_DIR REPORT CHECKS
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const [engine, dir, cacheDir, report, checks] = process.argv.slice(2);
const { SourceIndex, Checker } = createRequire(import.meta.url)(path.resolve(engine));
const index = await SourceIndex.load(dir, { cacheDir });
const text = readFileSync(report, 'utf8');
let claims = 0;
for (let i = 0; i < 2 + Number(checks); i++) claims = new Checker(index).check(text).length;
process.stdout.write(JSON.stringify({ sentences: index.sentenceCount, claims }) + '\n');
