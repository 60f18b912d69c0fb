import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
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
});
