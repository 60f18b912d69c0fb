import { strict as assert } from 'node:assert';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Checker, SourceIndex, type Article } from '../../server/src/engine';
import type { SourceSentence } from '../../server/src/engine/index/analyze';
import { CheckScheduler } from '../../server/src/lsp/checks';
import { CheckStore } from '../../server/src/lsp/checkStore';
import { DocumentStates } from '../../server/src/lsp/documents';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import type { SourceSet } from '../../server/src/lsp/sources';
import type { Workspace } from '../../server/src/lsp/workspace';
import { ALTERED_SENTENCE, SOURCE_SENTENCE, UNCOVERED_SENTENCE } from '../protocol/fixtures';

const ARTICLE: Article = {
  path: 'xy.txt',
  lang: 'en',
  title: 'Xland and Yland trade',
  text: SOURCE_SENTENCE,
  sentences: [{ start: 0, end: SOURCE_SENTENCE.length, text: SOURCE_SENTENCE, paragraph: 0 }],
};
const FINGERPRINT = 'index-being-loaded';
const SOURCE_URI = 'file:///sources/xy.txt';

/**
 * A source set still loading: listed (with the fingerprint its index will have), not ready until `finish`.
 * `holds`: what its load was asked to wait for.
 */
function loadingSet(index: SourceIndex): { set: SourceSet; finish(): void; holds: Promise<unknown>[] } {
  let markReady!: () => void;
  const holds: Promise<unknown>[] = [];
  const fake = {
    holdLoad: (shown: Promise<unknown>): void => void holds.push(shown),
    key: '/sources',
    loaded: false,
    listed: Promise.resolve(),
    loadingFingerprint: FINGERPRINT as string | undefined,
    ready: new Promise<void>((resolve) => (markReady = resolve)),
    index: SourceIndex.fromArticles('/sources', []),
    revision: 0,
    fingerprint: undefined as string | undefined,
    uriOf: (source: string): string | undefined => (source === ARTICLE.path ? SOURCE_URI : undefined),
  };
  const finish = (): void => {
    Object.assign(fake, { loaded: true, loadingFingerprint: undefined, index, revision: 1, fingerprint: FINGERPRINT });
    markReady();
  };
  return { set: fake as unknown as SourceSet, finish, holds };
}

/** A scheduler over one open document, its publications recorded; `restored` resolves when stored results were asked for. */
function harness(text: string, set: SourceSet, store: CheckStore) {
  const doc = TextDocument.create('file:///work/report.md', 'markdown', 1, text);
  const published: Diagnostic[][] = [];
  const logs: string[] = [];
  const waiters: (() => void)[] = [];
  const logWaiters: { test: (m: string) => boolean; resolve: () => void }[] = [];
  const connection = {
    sendDiagnostics: async (p: { diagnostics: Diagnostic[] }) => {
      published.push(p.diagnostics);
      waiters.splice(0).forEach((w) => w());
    },
    sendNotification: async () => undefined,
    console: {
      log: (m: string) => {
        logs.push(m);
        for (const w of logWaiters.filter((x) => x.test(m))) logWaiters.splice(logWaiters.indexOf(w), 1), w.resolve();
      },
    },
  } as unknown as Connection;
  let restoredCalls = 0;
  let onRestored: () => void = () => undefined;
  const restored = new Promise<void>((resolve) => (onRestored = resolve));
  const restore = store.restore.bind(store);
  store.restore = async (key, fingerprint) => {
    const got = await restore(key, fingerprint);
    if (++restoredCalls === 1) onRestored();
    return got;
  };
  const scheduler = new CheckScheduler({
    connection,
    store,
    documents: { get: (uri: string) => (uri === doc.uri ? doc : undefined), all: () => [doc] } as unknown as TextDocuments<TextDocument>,
    states: new DocumentStates(),
    workspace: { documentSettings: async () => DEFAULT_SETTINGS, sourceSetFor: () => set } as unknown as Workspace,
    warn: () => undefined,
    log: (what, e) => assert.fail(`${what}: ${String(e)}`),
  });
  const nextPublication = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const logged = (test: (m: string) => boolean): Promise<void> =>
    logs.some(test) ? Promise.resolve() : new Promise((resolve) => logWaiters.push({ test, resolve }));
  return { doc, published, logs, restored, scheduler, nextPublication, logged };
}

/** What an earlier session stored for `text`: the paragraphs of a real check against the article. */
function storedFor(text: string, index: SourceIndex): CheckStore {
  const checker = new Checker(index);
  checker.check(text);
  const store = new CheckStore(() => undefined, () => undefined);
  store.remember('/sources', FINGERPRINT, checker.paragraphResults());
  return store;
}

const afterPendingCallbacks = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('server: stored results shown while the sources load', () => {
  const index = SourceIndex.fromArticles('/sources', [ARTICLE]);

  it('publishes a reopened report whose every paragraph was stored, before the index has loaded', async () => {
    const text = `${SOURCE_SENTENCE}\n\n${ALTERED_SENTENCE}\n`;
    const { set, finish, holds } = loadingSet(index);
    const h = harness(text, set, storedFor(text, index));
    const first = h.nextPublication();
    h.scheduler.schedule(h.doc, 0);
    await first;
    assert.equal(set.loaded, false, 'published while the sources were still loading');
    // The load (which loads the engine) was asked to wait until they were sent.
    assert.equal(holds.length, 1);
    await holds[0];
    const early = h.published[0];
    const figure = early.find((d) => d.range.start.line === 0 && d.range.start.character === SOURCE_SENTENCE.indexOf('33.7'));
    assert.equal(figure?.code, 'supported');
    const checked = new Checker(index).check(text);
    assert.deepStrictEqual(
      early.map((d) => [d.code, d.range]),
      checked.map((c) => [c.verdict, c.range]),
      'the stored answers, claim by claim',
    );
    const evidence = early.map((d) => (d.data as { evidence?: { uri: string } }).evidence?.uri).filter(Boolean);
    assert.ok(evidence.length > 0 && evidence.every((u) => u === SOURCE_URI), 'evidence links to its source file');

    // Once loaded, the same answers come from the real index.
    const second = h.nextPublication();
    finish();
    await second;
    assert.deepStrictEqual(
      h.published[1].map((d) => [d.code, d.range, d.message]),
      early.map((d) => [d.code, d.range, d.message]),
    );
  });

  it('waits for the index when a paragraph was not stored', async () => {
    const stored = `${SOURCE_SENTENCE}\n`;
    const text = `${SOURCE_SENTENCE}\n\n${UNCOVERED_SENTENCE}\n`;
    const { set, finish } = loadingSet(index);
    const h = harness(text, set, storedFor(stored, index));
    h.scheduler.schedule(h.doc, 0);
    await h.restored;
    await afterPendingCallbacks();
    assert.equal(h.published.length, 0, 'a partial answer is not shown as if it were whole');
    const published = h.nextPublication();
    finish();
    await published;
    assert.equal(h.published.length, 1);
    assert.ok(h.published[0].some((d) => d.code === 'unverified'), 'the new paragraph is checked against the loaded index');
  });
});

describe('server: warming up after a report was answered from stored results', () => {
  const text = `${SOURCE_SENTENCE}\n\n${ALTERED_SENTENCE}\n`;
  /** Whether the index has analysed a source sentence (read its numbers, names or concepts) yet. */
  const analysed = (s: SourceSentence): boolean => (s as SourceSentence & { readonly analysed: boolean }).analysed;
  const WARMED = /warmed up for edits in \d+ ms \(checked again in the background: the same answers as stored\)/;
  const STOPPED = /warm-up stopped/;
  /** A set whose index is loaded, over a fresh index of the article that nothing has checked against yet. */
  const loaded = (): { set: SourceSet; index: SourceIndex } => {
    const index = SourceIndex.fromArticles('/sources', [ARTICLE]);
    const { set, finish } = loadingSet(index);
    finish();
    return { set, index };
  };
  /** A restart: the report is answered from what a session stored against the same article; resolves once published. */
  const restarted = async (): Promise<{ h: ReturnType<typeof harness>; source: SourceSentence }> => {
    const { set, index } = loaded();
    const source = index.allSentences()[0];
    const h = harness(text, set, storedFor(text, SourceIndex.fromArticles('/sources', [ARTICLE])));
    const first = h.nextPublication();
    h.scheduler.schedule(h.doc, 0);
    await first;
    return { h, source };
  };

  it('checks the report again in the background: the cited source is analysed, nothing is published twice', async () => {
    const { h, source } = await restarted();
    assert.equal(analysed(source), false, 'the stored answers read no source');
    await h.logged((m) => WARMED.test(m));
    assert.equal(analysed(source), true, 'the warm-up read the source the report cites');
    assert.equal(h.published.length, 1);
    assert.ok(!h.logs.some((m) => STOPPED.test(m)));
  });

  it('stops for a newer check, and resumes after it', async () => {
    const { h, source } = await restarted();
    // Before the warm-up's first slice: a newer check of the document is scheduled.
    const second = h.nextPublication();
    h.scheduler.schedule(h.doc, 0);
    await h.logged((m) => STOPPED.test(m));
    assert.equal(analysed(source), false, 'stopped before it read anything');
    await second;
    await h.logged((m) => WARMED.test(m));
    assert.equal(analysed(source), true);
    assert.deepEqual(
      h.logs.filter((m) => STOPPED.test(m) || WARMED.test(m)).map((m) => (STOPPED.test(m) ? 'stopped' : 'warmed')),
      ['stopped', 'warmed'],
    );
    assert.equal(h.published.length, 2, 'one publication a check, none from the warm-up');
    h.scheduler.dispose();
  });

  it('leaves a checker that knows each sentence: the first edit of a paragraph judges only the sentence edited', async () => {
    const { set, index } = loaded();
    const text = `${SOURCE_SENTENCE} ${UNCOVERED_SENTENCE}\n`;
    const h = harness(text, set, storedFor(text, SourceIndex.fromArticles('/sources', [ARTICLE])));
    const first = h.nextPublication();
    h.scheduler.schedule(h.doc, 0);
    await first;
    await h.logged((m) => WARMED.test(m));
    const judged: string[] = [];
    const retrieve = index.retrieve.bind(index);
    index.retrieve = (query, ...rest) => {
      judged.push(query.text);
      return retrieve(query, ...rest);
    };
    const edited = UNCOVERED_SENTENCE.replace('999', '998');
    TextDocument.update(h.doc, [{ text: `${SOURCE_SENTENCE} ${edited}\n` }], 2);
    const next = h.nextPublication();
    h.scheduler.schedule(h.doc, 0);
    await next;
    assert.deepStrictEqual(judged, [edited]);
    assert.equal(h.published.length, 2);
    h.scheduler.dispose();
  });

  it('replaces stored answers that a fresh check does not confirm', async () => {
    const { set } = loaded();
    // Stored by a session whose source said 35.2 percent: stale against the source as it is.
    const altered: Article = { ...ARTICLE, text: ALTERED_SENTENCE, sentences: [{ start: 0, end: ALTERED_SENTENCE.length, text: ALTERED_SENTENCE, paragraph: 0 }] };
    const h = harness(text, set, storedFor(text, SourceIndex.fromArticles('/sources', [altered])));
    const stored = h.nextPublication();
    h.scheduler.schedule(h.doc, 0);
    await stored;
    const fresh = h.nextPublication();
    await fresh;
    await h.logged((m) => /the stored answers differed from a fresh check/.test(m));
    const figure = (ds: Diagnostic[]): unknown => ds.find((d) => d.range.start.line === 0 && d.range.start.character === SOURCE_SENTENCE.indexOf('33.7'))?.code;
    assert.notEqual(figure(h.published[0]), 'supported', 'first, what was stored');
    assert.equal(figure(h.published[1]), 'supported', 'then what the sources say');
    const answers = (article: Article): unknown[] => new Checker(SourceIndex.fromArticles('/sources', [article])).check(text).map((c) => [c.verdict, c.range]);
    assert.deepStrictEqual(h.published[0].map((d) => [d.code, d.range]), answers(altered));
    assert.deepStrictEqual(h.published[1].map((d) => [d.code, d.range]), answers(ARTICLE));
    assert.ok(!h.logs.some((m) => WARMED.test(m)));
  });
});
