import { strict as assert } from 'node:assert';
import { findConcepts } from '../../server/src/engine/text/concepts';
import { CONCEPTS } from '../../server/src/engine/data/concepts';

const ids = (text: string): string[] => [...new Set(findConcepts(text).map((h) => h.id))].sort();

describe('concepts: one measure across four languages', () => {
  it('finds trade and growth in each language', () => {
    for (const text of [
      'China-Russia trade jumped 37.3 percent.',
      'Товарооборот между Китаем и Россией вырос на 33,7 процента.',
      'ارتفعت التجارة بين الصين وروسيا بنسبة 33.7 %',
      '中俄贸易额增长33.7%。',
    ]) {
      const found = ids(text);
      assert.ok(found.includes('trade') && found.includes('growth'), `${text}: ${found}`);
    }
  });

  it('strips Arabic clitics and prefers the longest Russian stem', () => {
    assert.deepEqual(ids('وللتجارة'), ['trade']);
    assert.ok(!ids('товарооборот').includes('products'));
    assert.ok(ids('товары').includes('products'));
  });

  it('tells sales from trade and exports', () => {
    assert.deepEqual(ids('AliExpress sales rose'), ['growth', 'sales']);
    assert.deepEqual(ids('Kazakhstan exports'), ['exports']);
  });

  it('does not read a concept into an unrelated word', () => {
    assert.deepEqual(ids('Центральной Азии'), []);
    assert.deepEqual(ids('بنسبة'), []);
  });

  it('keeps its table well formed', () => {
    const seen = new Set<string>();
    for (const c of CONCEPTS) {
      assert.ok(!seen.has(c.id), `duplicate ${c.id}`);
      seen.add(c.id);
      for (const lang of ['en', 'ru', 'ar', 'zh'] as const) assert.ok(c[lang].length > 0, `${c.id} has no ${lang} form`);
      for (const f of [...c.en, ...c.ru]) assert.equal(f, f.toLowerCase(), `${c.id}: ${f} must be lower-case`);
    }
  });
});
