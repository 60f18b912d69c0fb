import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Checker, loadSources, SourceIndex } from '../../server/src/engine';
import { analyzeText } from '../../server/src/engine/index/analyze';
import { indexCacheDir } from '../../server/src/lsp/cacheDir';

const repo = path.join(__dirname, '..', '..', '..');
const report = readFileSync(path.join(repo, 'samples', 'report.md'), 'utf8');

describe('checker: in slices', () => {
  let index: SourceIndex;
  before(async () => {
    index = SourceIndex.fromArticles('seeds', (await loadSources(path.join(repo, 'seeds'))).articles);
  });

  it('gives exactly what a one-go check gives', async () => {
    const sliced = await new Checker(index).checkInSlices(report, {}, { sliceMs: 0 });
    assert.deepStrictEqual(sliced, new Checker(index).check(report));
  });

  it('stops when cancelled, and the next check is still exact', async () => {
    const checker = new Checker(index);
    let asked = 0;
    const stopped = await checker.checkInSlices(report, {}, { sliceMs: 0, cancelled: () => ++asked >= 2 });
    assert.equal(stopped, undefined);
    assert.equal(asked, 2, 'asked after each yield until it said stop');
    const edited = report.replace(/\d+/, (d) => String(Number(d) + 1));
    assert.deepStrictEqual(checker.check(edited), new Checker(index).check(edited));
    assert.deepStrictEqual(await checker.checkInSlices(report), new Checker(index).check(report));
  });
});

describe('index: bounded mention lookups', () => {
  it('a limited lookup is the start of the full list; entity counts hold the key mentions, per source too', async () => {
    const index = SourceIndex.fromArticles('seeds', (await loadSources(path.join(repo, 'seeds'))).articles);
    for (const text of ['Alibaba opened an office in Russia.', 'Путин и Си Цзиньпин встретились в Москве.', 'أعلنت شركة علي بابا عن افتتاح مكتب في روسيا.']) {
      const q = analyzeText(text, text.match(/\p{Script=Cyrillic}/u) ? 'ru' : text.match(/\p{Script=Arabic}/u) ? 'ar' : 'en');
      assert.ok(q.entities.length > 0, text);
      for (const e of q.entities) {
        const all = index.sentencesMentioning(e, q.lang).map((s) => s.id);
        for (const limit of [1, 3]) assert.deepStrictEqual(index.sentencesMentioning(e, q.lang, limit).map((s) => s.id), all.slice(0, limit), `${e.text} limit ${limit}`);
        const byKey = index.entityCounts(e.entity.key).reduce((n, c) => n + c.count, 0);
        const keyed = index.allSentences().filter((s) => s.entities.some((x) => x.entity.key === e.entity.key)).length;
        assert.equal(byKey, keyed, e.text);
        for (const c of index.entityCounts(e.entity.key)) assert.equal(index.entityCountIn(e.entity.key, c.source), c.count, `${e.text} in ${c.source}`);
      }
    }
  });
});

describe('server: where persisted indexes go', () => {
  const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ ...vars });
  it('takes the client’s folder, then CLAIMCHECK_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', () => {
    assert.equal(indexCacheDir('/tmp/store', env({ CLAIMCHECK_CACHE_DIR: '/x' })), path.resolve('/tmp/store'));
    assert.equal(indexCacheDir(undefined, env({ CLAIMCHECK_CACHE_DIR: '/x' })), path.resolve('/x'));
    assert.equal(indexCacheDir(undefined, env({ XDG_CACHE_HOME: '/xdg' }), '/home/u'), path.join('/xdg', 'claimcheck'));
    assert.equal(indexCacheDir(undefined, env({ XDG_CACHE_HOME: 'relative' }), '/home/u'), path.join('/home/u', '.cache', 'claimcheck'));
    assert.equal(indexCacheDir(42, env({}), '/home/u'), path.join('/home/u', '.cache', 'claimcheck'));
  });
  it('an empty folder name from the client or the environment turns persistence off', () => {
    assert.equal(indexCacheDir('', env({ CLAIMCHECK_CACHE_DIR: '/x' })), undefined);
    assert.equal(indexCacheDir(undefined, env({ CLAIMCHECK_CACHE_DIR: ' ' })), undefined);
  });
});
