import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Checker, loadSources, SourceIndex } from '../../server/src/engine';
import { analyzeText } from '../../server/src/engine/index/analyze';
import { answerFromParagraphs } from '../../server/src/engine/paragraphs';
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

describe('checker: answers from stored paragraphs', () => {
  let index: SourceIndex;
  before(async () => {
    index = SourceIndex.fromArticles('seeds', (await loadSources(path.join(repo, 'seeds'))).articles);
  });

  it('gives what a checker seeded with them gives, at the text\'s own offsets', () => {
    const checker = new Checker(index);
    const claims = checker.check(report);
    const stored = new Map(checker.paragraphResults());
    // The same paragraphs further down, in another order: every claim moves with its paragraph.
    const paragraphs = report.split(/\n\s*\n/).filter((p) => p.trim());
    const reordered = `# Notes\n\n${[...paragraphs].reverse().join('\n\n')}\n`;
    const heading = new Checker(index);
    heading.check('# Notes\n');
    for (const [k, v] of heading.paragraphResults()) stored.set(k, v);
    const seeded = new Checker(index);
    seeded.seed(stored);
    assert.ok(claims.length > 10);
    assert.deepStrictEqual(answerFromParagraphs(report, stored), claims);
    assert.deepStrictEqual(answerFromParagraphs(reordered, stored), seeded.check(reordered));
    assert.deepStrictEqual(answerFromParagraphs(reordered, stored), new Checker(index).check(reordered));
  });

  it('answers nothing when a paragraph has no stored answer, or was stored for another mode', () => {
    const checker = new Checker(index);
    checker.check(report);
    const stored = new Map(checker.paragraphResults());
    assert.equal(answerFromParagraphs(`${report}\n\nA new paragraph about Xland.\n`, stored), undefined);
    assert.equal(answerFromParagraphs(report, stored, { plainText: true }), undefined);
    assert.deepStrictEqual(answerFromParagraphs('\n \n', stored), []);
  });
});

describe('checker: sentence by sentence', () => {
  let index: SourceIndex;
  before(async () => {
    index = SourceIndex.fromArticles('seeds', (await loadSources(path.join(repo, 'seeds'))).articles);
  });

  // Each sentence of these paragraphs has claims, so judging it asks the index for candidates once.
  const first = [
    'More than 22 million visitors from Russia went to AliExpress in January.',
    'China-Russia trade grew 35% in the first five months of 2017.',
    "Xi Jinping's visit to Russia was set to last two days.",
  ];
  const second = ['Internet service covers about 70 percent of the Russian population.', 'The summit took place in Moscow.'];
  const textOf = (a: string[], b: string[]): string => `${a.join(' ')}\n\n${b.join(' ')}\n`;

  /** The sentences a check judges: one retrieval each. */
  function judgedBy(checker: Checker, text: string): { judged: string[]; claims: ReturnType<Checker['check']> } {
    const judged: string[] = [];
    const retrieve = index.retrieve.bind(index);
    index.retrieve = (query, ...rest) => {
      judged.push(query.text);
      return retrieve(query, ...rest);
    };
    try {
      return { judged, claims: checker.check(text) };
    } finally {
      index.retrieve = retrieve;
    }
  }

  it('an edit of one sentence judges that sentence again, not its whole paragraph', () => {
    const checker = new Checker(index);
    assert.equal(judgedBy(checker, textOf(first, second)).judged.length, 5);
    const edited = [first[0], first[1].replace('35%', '36%'), first[2]];
    const { judged, claims } = judgedBy(checker, textOf(edited, second));
    assert.deepStrictEqual(judged, [edited[1]]);
    assert.deepStrictEqual(claims, new Checker(index).check(textOf(edited, second)));
    assert.ok(claims.some((c) => c.text === '36%'));
  });

  it('keeps the sentences of the paragraphs a check did not have to judge again', () => {
    const checker = new Checker(index);
    judgedBy(checker, textOf(first, second));
    const a = [first[0].replace('22 million', '23 million'), first[1], first[2]];
    assert.deepStrictEqual(judgedBy(checker, textOf(a, second)).judged, [a[0]]);
    // The second paragraph was answered whole by that check; its sentences are still known one by one.
    const b = [second[0], second[1].replace('Moscow', 'Beijing')];
    const { judged, claims } = judgedBy(checker, textOf(a, b));
    assert.deepStrictEqual(judged, [b[1]]);
    assert.deepStrictEqual(claims, new Checker(index).check(textOf(a, b)));
  });

  it('judges a sentence repeated in a text once', () => {
    const text = `${first[0]}\n\n${first[1]} ${first[0]}\n`;
    const { judged, claims } = judgedBy(new Checker(index), text);
    assert.deepStrictEqual(judged, [first[0], first[1]]);
    const repeated = claims.filter((c) => c.text === '22 million');
    assert.equal(repeated.length, 2);
    assert.deepStrictEqual({ ...repeated[0], start: 0, end: 0, range: undefined }, { ...repeated[1], start: 0, end: 0, range: undefined });
  });
});

describe('checker: wrapped Markdown', () => {
  it('judges a hard-wrapped sentence as the same sentence on one line, with claims on the document\'s text', async () => {
    const index = SourceIndex.fromArticles('seeds', (await loadSources(path.join(repo, 'seeds'))).articles);
    const line = 'China-Russia trade grew 35% in the first five months of 2017, reaching 223.1 billion yuan.';
    const wrapped = line.replace(' reaching 223.1 ', ' reaching 223.1\n');
    const one = new Checker(index).check(line);
    const two = new Checker(index).check(wrapped);
    assert.deepEqual(
      two.map((c) => [c.kind, c.verdict, c.start, c.end]),
      one.map((c) => [c.kind, c.verdict, c.start, c.end]),
    );
    const yuan = two.find((c) => c.text.includes('billion'));
    assert.equal(yuan?.text, '223.1\nbillion yuan');
    assert.equal(yuan?.verdict, 'supported');
    for (const c of two) assert.equal(wrapped.slice(c.start, c.end), c.text);
    // The sentence cache is keyed by the unwrapped text: the wrapped form after the one-line form still
    // gets the document's text.
    const checker = new Checker(index);
    checker.check(line);
    assert.deepStrictEqual(checker.check(wrapped), two);
    // A fix keeps the line breaks of the figure it replaces, when it has as many words.
    const altered = 'Between January and May 2017 trade between China and Russia rose by 38.2\nper cent.';
    const fixed = new Checker(index).check(altered).find((c) => c.text === '38.2\nper cent');
    assert.equal(fixed?.verdict, 'contradicted');
    assert.equal(fixed?.suggestion, '33.7\nper cent');
    // Plain text ends a sentence at every line break, also after the same checker read it as Markdown.
    const plain = checker.check(wrapped, { plainText: true });
    assert.ok(plain.some((c) => c.text === '223.1'), plain.map((c) => c.text).join(' | '));
    assert.ok(!plain.some((c) => c.text.includes('\n')));
    assert.deepStrictEqual(plain, new Checker(index).check(wrapped, { plainText: true }));
    assert.deepStrictEqual(checker.check(wrapped), two);
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
