import { strict as assert } from 'node:assert';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, checkText, SourceIndex, type Article } from '../../server/src/engine';
import { analyzeText, type AnalyzedSentence, type SourceSentence } from '../../server/src/engine/index/analyze';
import { detectLang } from '../../server/src/engine/text/lang';
import { splitSentences } from '../../server/src/engine/text/segment';
import { anchorWeight } from '../../server/src/engine/verdict/context';
import { narrowed } from '../../server/src/engine/index/worker';

const repo = path.join(__dirname, '..', '..', '..');
const seeds = path.join(repo, 'seeds');
const report = readFileSync(path.join(repo, 'samples', 'report.md'), 'utf8');

/** Seeds plus variants of them (figures changed, sentences dropped), so that anchors repeat across articles. */
function corpusFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of ['000_c7070923c2bbf8c7.txt', '001_3117734858e6f2ec.txt', '002_ae432cde2d6e59e0.txt']) {
    const text = readFileSync(path.join(seeds, name), 'utf8');
    out.set(name, text);
    out.set(`more/${name.replace('.txt', '-b.txt')}`, text.replace(/\d+/g, (d) => String(Number(d) + 1)));
    out.set(`more/deeper/${name.replace('.txt', '-c.md')}`, text.split(/\n/).filter((_, i) => i % 2 === 0).join('\n\n'));
  }
  out.set('notes.txt', 'Alibaba said on Monday that its AliExpress sales in Russia rose 33.7 percent in 2017.\nThe company has 22 million users there.');
  return out;
}

async function writeCorpus(dir: string, files: Map<string, string>): Promise<void> {
  const past = new Date(Date.now() - 120_000);
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
    await fs.utimes(file, past, past);
  }
}

function queries(): AnalyzedSentence[] {
  const texts = [
    ...splitSentences(report, 'en').map((s) => s.text),
    'Товарооборот между Китаем и Россией вырос на 33,7 процента.',
    'ارتفعت التجارة بين الصين وروسيا بنسبة 33.7 %',
    '中俄贸易额增长33.7%。',
  ];
  return texts.map((t) => analyzeText(t, detectLang(t)));
}

/** Everything the verdict asks of an index, as plain data. */
function answers(index: SourceIndex): unknown {
  return queries().map((q) => ({
    retrieved: index.retrieve(q, 15, anchorWeight).map((c) => [c.sentence.article.path, c.sentence.sentence.start, c.score, c.sentence.numbers.length, c.sentence.anchors]),
    idf: q.anchors.map((a) => index.idf(a)),
    mentions: q.entities.map((e) => [
      index.sentencesMentioning(e, q.lang).map((s) => [s.article.path, s.sentence.start]),
      [...index.entityCounts(e.entity.key)],
    ]),
  }));
}

function verdicts(index: SourceIndex): string {
  return JSON.stringify(checkText(report, index));
}

describe('index: persisted cache', () => {
  let dir: string;
  let sources: string;
  let cacheDir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimcheck-index-'));
    sources = path.join(dir, 'sources');
    cacheDir = path.join(dir, 'cache');
    await writeCorpus(sources, corpusFiles());
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function cacheFiles(): Promise<string[]> {
    const out: string[] = [];
    for (const sub of await fs.readdir(cacheDir)) for (const f of await fs.readdir(path.join(cacheDir, sub))) out.push(path.join(cacheDir, sub, f));
    return out;
  }

  it('restores an index equal to a fresh build', async () => {
    const fresh = await SourceIndex.load(sources);
    const first = await SourceIndex.load(sources, { cacheDir });
    assert.equal(first.stats.fromCache, 0);
    assert.equal(first.stats.cacheWritten, true);
    const warm = await SourceIndex.load(sources, { cacheDir });
    assert.equal(warm.stats.fromCache, fresh.articles.length);
    assert.equal(warm.stats.analysed, 0);
    assert.equal(warm.stats.cacheWritten, false);
    assert.deepStrictEqual(warm.articles, fresh.articles);
    assert.deepStrictEqual(warm.skipped, fresh.skipped);
    assert.deepStrictEqual(answers(warm), answers(fresh));
    assert.equal(verdicts(warm), verdicts(fresh));
  });

  for (const [name, damage] of [
    ['truncated', (b: Buffer): Buffer => b.subarray(0, Math.floor(b.length / 2))],
    ['corrupt', (b: Buffer): Buffer => Buffer.from(b.map((x, i) => (i === Math.floor(b.length * 0.7) ? x ^ 0x55 : x)))],
    ['empty', (): Buffer => Buffer.alloc(0)],
    ['garbage', (b: Buffer): Buffer => Buffer.from(b.map((_, i) => (i * 7919) & 0xff))],
  ] as const) {
    it(`rebuilds from a ${name} cache and replaces it`, async () => {
      const fresh = await SourceIndex.load(sources);
      await SourceIndex.load(sources, { cacheDir });
      const [file] = await cacheFiles();
      await fs.writeFile(file, damage(await fs.readFile(file)));
      const rebuilt = await SourceIndex.load(sources, { cacheDir });
      assert.equal(rebuilt.stats.fromCache, 0);
      assert.equal(rebuilt.stats.cacheWritten, true);
      assert.deepStrictEqual(answers(rebuilt), answers(fresh));
      const again = await SourceIndex.load(sources, { cacheDir });
      assert.equal(again.stats.fromCache, fresh.articles.length);
    });
  }

  it('never serves a changed, removed or added file from a stale cache', async () => {
    await SourceIndex.load(sources, { cacheDir });
    const changed = path.join(sources, 'notes.txt');
    await fs.writeFile(changed, 'Alibaba said its AliExpress sales in Russia fell 12 percent in 2018.\nThe company has 30 million users there.');
    const later = new Date(Date.now() - 60_000);
    await fs.utimes(changed, later, later);
    await fs.rm(path.join(sources, 'more', 'deeper', '001_3117734858e6f2ec-c.md'));
    await writeCorpus(sources, new Map([['added.txt', 'Xi Jinping visited Moscow in March 2023, his ninth visit to Russia.']]));

    const fresh = await SourceIndex.load(sources);
    const warm = await SourceIndex.load(sources, { cacheDir });
    assert.equal(warm.stats.analysed, 2);
    assert.equal(warm.stats.fromCache, fresh.articles.length - 2);
    assert.deepStrictEqual(warm.articles, fresh.articles);
    assert.deepStrictEqual(answers(warm), answers(fresh));
    assert.ok(!warm.articles.some((a) => a.path.endsWith('-c.md') && a.path.includes('001_')));
    assert.match(warm.article('notes.txt')?.text ?? '', /fell 12 percent/);
    // The cache written over the old one holds the restored and the new articles alike.
    const third = await SourceIndex.load(sources, { cacheDir });
    assert.equal(third.stats.fromCache, fresh.articles.length);
    assert.deepStrictEqual(third.articles, fresh.articles);
    assert.deepStrictEqual(answers(third), answers(fresh));
  });

  // The cache stores its file records in lines of 256, each parsed on its own (a restart keeps answering).
  it('restores a folder whose file records fill several lines of the cache', async () => {
    const many = path.join(dir, 'many');
    const files = new Map<string, string>();
    for (let i = 0; i < 600; i++) files.set(`a${String(i).padStart(3, '0')}.txt`, `Exports rose ${i} percent in ${2000 + (i % 20)}, the ministry said.`);
    await writeCorpus(many, files);
    const fresh = await SourceIndex.load(many);
    await SourceIndex.load(many, { cacheDir });
    const warm = await SourceIndex.load(many, { cacheDir });
    assert.equal(warm.stats.fromCache, 600);
    assert.deepStrictEqual(warm.articles, fresh.articles);
    assert.deepStrictEqual(answers(warm), answers(fresh));
  });

  it('re-reads a file changed just before the cache was written', async () => {
    const racy = path.join(sources, 'notes.txt');
    const now = new Date();
    await fs.utimes(racy, now, now);
    await SourceIndex.load(sources, { cacheDir });
    const warm = await SourceIndex.load(sources, { cacheDir });
    assert.equal(warm.stats.analysed, 1);
  });

  it('ignores the cache of another folder and survives an unwritable cache folder', async () => {
    const other = path.join(dir, 'other');
    await writeCorpus(other, new Map([['notes.txt', 'Something else entirely, 5 percent.']]));
    await SourceIndex.load(other, { cacheDir });
    const first = await SourceIndex.load(sources, { cacheDir });
    assert.equal(first.stats.fromCache, 0);
    const blocked = path.join(dir, 'blocked');
    await fs.writeFile(blocked, 'a file where a folder should be');
    const index = await SourceIndex.load(sources, { cacheDir: blocked });
    assert.equal(index.stats.cacheWritten, false);
    assert.deepStrictEqual(answers(index), answers(first));
  });

  it('builds the same index on worker threads', async () => {
    const inline = await SourceIndex.load(sources, { workers: 0 });
    const threaded = await SourceIndex.load(sources, { workers: 2, cacheDir });
    assert.deepStrictEqual(threaded.articles, inline.articles);
    assert.deepStrictEqual(answers(threaded), answers(inline));
    const warm = await SourceIndex.load(sources, { cacheDir });
    assert.equal(warm.stats.fromCache, inline.articles.length);
    assert.deepStrictEqual(answers(warm), answers(inline));
  });

  it('answers with ids kept in two bytes as with ids in four (a load narrows them, fromArticles does not)', async () => {
    const loaded = await SourceIndex.load(sources, { workers: 0 });
    assert.deepStrictEqual(answers(loaded), answers(SourceIndex.fromArticles(sources, loaded.articles)));
    assert.equal(verdicts(loaded), verdicts(SourceIndex.fromArticles(sources, loaded.articles)));
  });

  it('stops when onProgress says so, and reports every file', async () => {
    const seen: number[] = [];
    const all = await SourceIndex.load(sources, { onProgress: (done) => void seen.push(done) });
    assert.equal(seen[seen.length - 1], all.articles.length);
    const some = await SourceIndex.load(sources, { onProgress: (done) => done < 3 });
    assert.equal(some.articles.length, 3);
  });
});

describe('index: incremental updates', () => {
  const articles = (): Article[] => [...corpusFiles()].map(([name, text]) => analyzeArticle(name, text));

  it('equals a rebuild after replacing, removing and adding articles', () => {
    const index = SourceIndex.fromArticles('/sources', articles());
    const replaced = analyzeArticle('notes.txt', 'Alibaba said its AliExpress sales in Russia fell 12 percent in 2018.\nXi Jinping visited Moscow.');
    index.update('notes.txt', replaced);
    assert.deepStrictEqual(answers(index), answers(SourceIndex.fromArticles('/sources', index.articles)));
    assert.equal(verdicts(index), verdicts(SourceIndex.fromArticles('/sources', index.articles)));

    index.update('001_3117734858e6f2ec.txt', undefined);
    index.update('added.md', analyzeArticle('added.md', 'China-Russia trade grew 35% in the first five months of 2017.'));
    const rebuilt = SourceIndex.fromArticles('/sources', index.articles);
    assert.deepStrictEqual(
      index.articles.map((a) => a.path),
      rebuilt.articles.map((a) => a.path),
    );
    assert.deepStrictEqual(answers(index), answers(rebuilt));
    assert.equal(verdicts(index), verdicts(rebuilt));
    assert.equal(index.sentenceCount, rebuilt.sentenceCount);
  });

  it('keeps a replaced article in its place', () => {
    const index = SourceIndex.fromArticles('/sources', articles());
    const before = index.articles.map((a) => a.path);
    const first = index.articles[0];
    index.update(first.path, { ...first, text: first.text, sentences: first.sentences.slice(1) });
    assert.deepStrictEqual(
      index.articles.map((a) => a.path),
      before,
    );
  });

  it('breaks retrieval ties by corpus order, also after an article was replaced in place', () => {
    const same = 'Wland built 4321 bridges in 2019.';
    const corpus = ['a.txt', 'b.txt', 'c.txt'].map((p) => analyzeArticle(p, `Wland\n\n${same}`));
    const index = SourceIndex.fromArticles('/sources', corpus);
    const order = (ix: SourceIndex): string[] => ix.retrieve(analyzeText(same, 'en'), 3).map((c) => c.sentence.article.path);
    assert.deepStrictEqual(order(index), ['a.txt', 'b.txt', 'c.txt']);
    // The new sentences of a.txt get the highest ids, yet a.txt keeps its place, first.
    index.update('a.txt', analyzeArticle('a.txt', `Wland news\n\n${same}`));
    assert.deepStrictEqual(order(index), ['a.txt', 'b.txt', 'c.txt']);
    assert.deepStrictEqual(order(index), order(SourceIndex.fromArticles('/sources', index.articles)));
  });

  it('never retrieves a removed article', () => {
    const all = articles();
    const index = SourceIndex.fromArticles('/sources', all);
    const gone = all[1];
    index.update(gone.path, undefined);
    assert.equal(index.article(gone.path), undefined);
    for (const s of gone.sentences) {
      const q = analyzeText(s.text, gone.lang);
      for (const c of index.retrieve(q, 50)) assert.notEqual(c.sentence.article.path, gone.path);
      for (const e of q.entities) for (const m of index.sentencesMentioning(e, q.lang)) assert.notEqual(m.article.path, gone.path);
    }
    assert.deepStrictEqual(answers(index), answers(SourceIndex.fromArticles('/sources', index.articles)));
  });

  it('stays equal to a rebuild through many updates (compaction included)', () => {
    const all = articles();
    const index = SourceIndex.fromArticles('/sources', all);
    for (let round = 0; round < 12; round++) {
      for (const a of all) {
        const text = a.text.replace(/\d+/g, (d) => String(Number(d) + round));
        index.update(a.path, round % 5 === 4 ? undefined : analyzeArticle(a.path, text));
      }
    }
    assert.deepStrictEqual(answers(index), answers(SourceIndex.fromArticles('/sources', index.articles)));
    (index as unknown as { compact(): void }).compact();
    assert.deepStrictEqual(answers(index), answers(SourceIndex.fromArticles('/sources', index.articles)));
  });

  it('answers bounded mention lists and single sentences as the full list does', () => {
    const full = SourceIndex.fromArticles('/sources', articles());
    const bounded = SourceIndex.fromArticles('/sources', articles());
    const single = SourceIndex.fromArticles('/sources', articles());
    const where = (s: { article: Article; sentence: { start: number } }): string => `${s.article.path}@${s.sentence.start}`;
    let compared = 0;
    for (const q of queries()) {
      for (const e of q.entities) {
        const all = full.sentencesMentioning(e, q.lang).map(where);
        compared += all.length;
        assert.deepStrictEqual(bounded.sentencesMentioning(e, q.lang, 2).map(where), all.slice(0, 2));
        for (const c of single.retrieve(q, 15, anchorWeight)) assert.equal(single.mentions(e, q.lang, c.sentence), all.includes(where(c.sentence)));
      }
    }
    assert.ok(compared > 10);
  });

  it('retrieves from a large index as the exhaustive walk does, whatever it skips', () => {
    // Over 4,096 sentences (more than one block of ids), anchors from a skewed vocabulary so that some
    // are in most sentences and some in few, and repeated sentences so that scores tie.
    const names = Array.from({ length: 60 }, (_, i) => `${['Kor', 'Mir', 'Tal', 'Ven', 'Dro', 'Sab', 'Lum', 'Fen'][i % 8]}${'abcdefghij'[Math.floor(i / 8)]}ov`);
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const skewed = (n: number): number => Math.floor(n * (next(10000) / 10000) ** 3);
    const sentence = (): string => `${names[skewed(60)]} and ${names[skewed(60)]} built ${100 + skewed(400)} bridges in ${1990 + skewed(30)}.`;
    const corpus = Array.from({ length: 300 }, (_, a) => {
      const lines = Array.from({ length: 18 }, sentence);
      if (a % 7 === 0) lines.push(lines[0], lines[0]);
      return analyzeArticle(`a${String(a).padStart(3, '0')}.txt`, lines.join('\n'));
    });
    const extra = analyzeArticle('zz.txt', 'Korgov and Venbov built 101 bridges in 1991.');
    const pruned = SourceIndex.fromArticles('/sources', corpus);
    // The same contents, but with a sentence added (delta postings) or removed since the build: these
    // indexes walk every posting.
    const added = SourceIndex.fromArticles('/sources', corpus.slice(0, -1));
    added.update(corpus[corpus.length - 1].path, corpus[corpus.length - 1]);
    const removed = SourceIndex.fromArticles('/sources', [...corpus, extra]);
    removed.update(extra.path, undefined);
    const state = (ix: SourceIndex): unknown => {
      const { dead, delta } = ix as unknown as { dead: number; delta: Map<number, unknown> };
      return [dead > 0, delta.size > 0];
    };
    assert.deepStrictEqual([state(pruned), state(added), state(removed)], [[false, false], [false, true], [true, false]]);
    assert.ok(pruned.sentenceCount > 4096);

    const texts = [...corpus.filter((_, a) => a % 11 === 0).map((a) => a.sentences[a.sentences.length - 1].text), 'Korgov built bridges.', 'Fenjov and Salbov met in 2019.', 'Bridges: 250.', sentence(), sentence()];
    const retrieved = (ix: SourceIndex, text: string, limit: number): unknown =>
      ix.retrieve(analyzeText(text, 'en'), limit, anchorWeight).map((c) => [c.sentence.article.path, c.sentence.sentence.start, c.score]);
    let ties = 0;
    for (const text of texts) {
      for (const limit of [1, 3, 15]) {
        const want = retrieved(added, text, limit) as [string, number, number][];
        assert.deepStrictEqual(retrieved(pruned, text, limit), want, `${text} (${limit})`);
        assert.deepStrictEqual(retrieved(removed, text, limit), want, `${text} (${limit})`);
        for (let i = 1; i < want.length; i++) if (want[i][2] === want[i - 1][2]) ties++;
      }
    }
    assert.ok(ties > 10);
  });

  it('keeps one object per sentence while it is held', () => {
    const index = SourceIndex.fromArticles('/sources', articles());
    const q = queries()[1];
    const first = index.retrieve(q, 5).map((c) => c.sentence);
    const second = index.retrieve(q, 5).map((c) => c.sentence);
    first.forEach((s, i) => assert.equal(s, second[i]));
    // A sentence held through removals and a renumbering (its anchors not read before) still reads as it did.
    const before = SourceIndex.fromArticles('/sources', articles())
      .retrieve(q, 5)
      .map((c) => [c.sentence.text, [...c.sentence.anchors]]);
    for (const a of index.articles) if (!first.some((s) => s.article.path === a.path)) index.update(a.path, undefined);
    index.update(first[0].article.path, undefined);
    (index as unknown as { compact(): void }).compact();
    assert.deepStrictEqual(
      first.map((s) => [s.text, [...s.anchors]]),
      before,
    );
  });

  it('gives each sentence the anchor set, text and current year its own analysis gives, also once renumbered', () => {
    const index = SourceIndex.fromArticles('/sources', articles());
    const read = (s: SourceSentence): unknown => {
      const own = analyzeText(s.text, s.lang, s.article.date);
      assert.deepStrictEqual([...s.anchorSet].sort(), [...new Set(own.anchors)].sort(), s.text);
      assert.deepStrictEqual([...s.anchorSet].sort(), [...s.anchors].sort(), s.text);
      assert.equal(s.text, s.sentence.text);
      assert.equal(s.currentYear, own.currentYear, s.text);
      return [s.text, [...s.anchorSet]];
    };
    const held = index.allSentences();
    const before = held.map(read);
    assert.ok(held.some((s) => s.currentYear !== undefined), 'some sentence says "this year"');
    index.update(index.articles[0].path, undefined);
    (index as unknown as { compact(): void }).compact();
    const kept = held.filter((s) => s.article.path !== articles()[0].path);
    assert.deepStrictEqual(kept.map(read), before.filter((_, i) => held[i].article.path !== articles()[0].path));
    for (const s of index.allSentences()) read(s);
    for (const text of queries().map((q) => q.text)) {
      const q = analyzeText(text, detectLang(text));
      assert.deepStrictEqual([...q.anchorSet], q.anchors);
    }
  });

  it('hands out the renumbered sentences after a compaction, not those it handed out before', () => {
    const index = SourceIndex.fromArticles('/sources', articles());
    // Every sentence read once before the renumbering: an id that now names another sentence must not
    // bring back the old one.
    for (const q of queries()) index.retrieve(q, 15);
    index.update(index.articles[0].path, undefined);
    (index as unknown as { compact(): void }).compact();
    const fresh = SourceIndex.fromArticles('/sources', index.articles);
    const seen = (ix: SourceIndex): unknown =>
      queries().map((q) => ix.retrieve(q, 15).map((c) => [c.sentence.article.path, c.sentence.sentence.start, c.sentence.text, c.score]));
    assert.deepStrictEqual(seen(index), seen(fresh));
  });
});

describe('index: anchor ids in two bytes', () => {
  const article: Article = { path: 'a.txt', lang: 'en', title: 'A', text: 'A.', sentences: [] };

  it('narrows an article whose ids all fit in 16 bits, to the same values', () => {
    const e = { article, counts: Int32Array.of(2, 1), ids: Int32Array.of(7, 65535, 0) };
    const n = narrowed(e);
    assert.ok(n.ids instanceof Uint16Array);
    assert.deepEqual([...n.ids], [7, 65535, 0]);
    assert.equal(n.counts, e.counts);
  });

  it('keeps four bytes when one id needs them', () => {
    const e = { article, counts: Int32Array.of(3), ids: Int32Array.of(7, 65536, 3) };
    assert.equal(narrowed(e), e);
  });
});
