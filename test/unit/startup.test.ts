import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

// The engine's language tables come from ICU (month, weekday, currency and scale-word names). Making ICU's
// formatters takes tens of milliseconds, which a server answering a restart from stored results never needs:
// they are built on first use, not when the engine is loaded.
describe('engine: start-up', () => {
  const engine = path.join(__dirname, '..', '..', 'server', 'src', 'engine');
  // Counts every Intl object made, then loads the engine in a fresh process and reads one sentence.
  const script = `
    let made = 0;
    for (const k of ['DateTimeFormat', 'NumberFormat', 'DisplayNames', 'PluralRules']) {
      Intl[k] = new Proxy(Intl[k], { construct(t, a) { made++; return new t(...a); } });
    }
    require(${JSON.stringify(path.join(engine, 'index.js'))});
    const { analyzeText } = require(${JSON.stringify(path.join(engine, 'index', 'analyze.js'))});
    const atLoad = made;
    const s = analyzeText('Trade rose 35% in the first five months of 2017, to 223.1 billion yuan on 15 January.', 'en');
    process.stdout.write(JSON.stringify({ atLoad, afterUse: made, numbers: s.numbers.map((n) => n.text) }));
  `;

  it('makes no ICU formatter when loaded; the first sentence read builds the tables it needs', () => {
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { atLoad: number; afterUse: number; numbers: string[] };
    assert.equal(out.atLoad, 0);
    assert.ok(out.afterUse > 0, 'the tables were built from ICU on first use');
    assert.deepStrictEqual(out.numbers, ['35%', 'first five months', '2017', '223.1 billion yuan', '15 January']);
  });

  // A server checks in slices to keep answering hovers; built inside one step, the tables held it ~200 ms.
  it('builds the tables in steps of their own when a check runs in slices', () => {
    const sliced = `
      let made = 0;
      for (const k of ['DateTimeFormat', 'NumberFormat', 'DisplayNames', 'PluralRules']) {
        Intl[k] = new Proxy(Intl[k], { construct(t, a) { made++; return new t(...a); } });
      }
      const { Checker, SourceIndex } = require(${JSON.stringify(path.join(engine, 'index.js'))});
      const perStep = [];
      let before = 0;
      const cancelled = () => { perStep.push(made - before); before = made; return false; };
      new Checker(SourceIndex.fromArticles('/none', []))
        .checkInSlices('Trade with Russia rose 35% to 223.1 billion yuan in January 2017.', {}, { sliceMs: 0, cancelled })
        .then((claims) => process.stdout.write(JSON.stringify({ perStep, total: made, claims: claims.length })));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', sliced], { encoding: 'utf8' })) as { perStep: number[]; total: number; claims: number };
    assert.ok(out.claims >= 3, `claims: ${out.claims}`);
    assert.ok(out.total > 0);
    const building = out.perStep.filter((n) => n > 0).length;
    assert.ok(building >= 4, `ICU objects made per step: ${out.perStep.join(' ')} of ${out.total}`);
  });
});

// A restart answered from stored results lists the sources and publishes before the engine is compiled: the
// server's bundle holds only the engine modules needed until then, the rest is dist/engine.js, loaded on
// first use (server/src/lsp/engine.ts). A value import of the engine anywhere else in the server would
// bundle it all again.
describe('server: start-up', () => {
  const dist = path.join(__dirname, '..', '..', '..', 'dist');

  it('leaves the engine to dist/engine.js, loaded on first use', () => {
    const bundle = readFileSync(path.join(dist, 'server.js'), 'utf8');
    const engineModules = [...bundle.matchAll(/^\/\/ (server\/src\/engine\/\S+)$/gm)].map((m) => m[1]).sort();
    assert.deepStrictEqual(engineModules, [
      'server/src/engine/paragraphs.ts',
      'server/src/engine/sources/list.ts',
      'server/src/engine/text/controls.ts',
      'server/src/engine/text/memo.ts',
      'server/src/engine/text/positions.ts',
    ]);
    assert.equal(bundle.match(/require\("\.\/engine\.js"\)/g)?.length, 1);
    assert.ok(readFileSync(path.join(dist, 'engine.js'), 'utf8').includes('// server/src/engine/verdict/decide.ts'));
  });
});
