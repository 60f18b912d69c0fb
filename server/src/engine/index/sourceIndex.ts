import { nameKeys } from '../entities/names';
import type { Article, EntityClaim, Lang, Sentence, SkippedFile } from '../types';
import { findMentionByName } from '../verdict/mentions';
import { DEFAULT_MAX_FILE_BYTES, listSourceFiles, type LoadOptions, type SourceFile } from '../sources/load';
import { currentYearOf, entityAnchor, splitClauses, type AnalyzedSentence, type SourceSentence } from './analyze';
import { extractNumbers } from '../numbers/extract';
import { extractEntities } from '../entities/extract';
import { findConcepts } from '../text/concepts';
import { readCache, writeCache, type CacheContents, type CacheEntry, type CacheSource, type StoredIndex } from './cache';
import { AnchorTable, IntVec, Lru } from './store';
import { indexArticle, narrowed, runInWorkers, workersFor, type IndexedArticle, type Job, type JobResult } from './worker';
import { pauser, SLICE_MS } from './pause';

/** Anchors found in more sentences than this share of the corpus are too common to retrieve by. */
const COMMON_SHARE = 0.2;
const MIN_COMMON = 50;
/**
 * In a large corpus a smaller share is already common: an anchor in more than 2% of the sentences (and more
 * than LARGE_COMMON of them) weighs little and costs a long postings scan per query.
 */
const LARGE_COMMON_SHARE = 0.02;
const LARGE_COMMON = 2000;
/** Analysed sentences kept alive between checks. */
const ANALYSED_KEPT = 4096;
/** Entity mention lists kept between checks. */
const MENTIONS_KEPT = 4096;
const NO_IDS = new Int32Array(0);
/** Loops over every article while loading ask whether to pause once per this many. */
const PAUSE_EVERY = 256;

/** How many sources entityCounts lists for a key. */
const ENTITY_TOP = 32;
/** Mention candidate lists (sentence ids sharing a name's keys) kept between claims: names repeat in a report. */
const CANDIDATE_LISTS_KEPT = 512;
/** A bounded mention lookup compares spellings in at most this many sentences per mention asked for (and MIN_ATTEMPTS at least). */
const ATTEMPTS_PER_MENTION = 10;
const MIN_ATTEMPTS = 100;
/** Most mentions first, then by path. */
export function bySourceCount(a: { source: string; count: number }, b: { source: string; count: number }): number {
  return b.count - a.count || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
}

/** A file changed this close before the cache was written may have changed again unseen: it is re-read. */
const RACY_MS = 2000;
/** Steps of the index assembly (a few milliseconds each at most). */
const ARTICLES_PER_STEP = 64;
const SENTENCES_PER_STEP = 32768;

export interface Candidate {
  sentence: SourceSentence;
  /** Sum of the IDF weights of the anchors it shares with the query. */
  score: number;
}

export interface IndexLoadOptions extends LoadOptions {
  /**
   * Folder for the persisted index (created when missing). A valid cache makes loading cheap: only files
   * whose size or mtime changed are read and analysed again. Without it nothing is written.
   */
  cacheDir?: string;
  /** Worker threads for the analysis: 0 keeps it on this thread; default: by corpus size and cores. */
  workers?: number;
  /** The folder's listing when the caller has just made it (listSourceFiles): not listed again. */
  listing?: { files: SourceFile[]; skipped: readonly SkippedFile[] };
}

/** What the last load did: articles restored from the cache, and articles read and analysed. */
export interface LoadStats {
  fromCache: number;
  analysed: number;
  cacheWritten: boolean;
}

interface Slot {
  article: Article;
  /** Position among the articles: kept when an article is replaced, so an update equals a rebuild. */
  ord: number;
  /** The article's sentences are ids first … first + count - 1. */
  first: number;
  count: number;
}

/** An indexed source sentence: cheap to hold; analysed on first use of its analysis, then unchanged. */
interface SentenceOwner {
  anchorsOf(id: number): string[];
  analysed(s: IndexedSentence): void;
}

class IndexedSentence implements SourceSentence {
  readonly lang: Lang;
  #index: number;
  #owner: SentenceOwner | undefined;
  #text: string | undefined;
  #anchors: string[] | undefined;
  #anchorSet: Set<string> | undefined;
  #numbers: SourceSentence['numbers'] | undefined;
  #entities: SourceSentence['entities'] | undefined;
  #concepts: SourceSentence['concepts'] | undefined;
  #clauses: SourceSentence['clauses'] | undefined;
  /** null: not read yet ("this year" resolved against the dateline, or undefined). */
  #currentYear: number | undefined | null = null;
  #kept = false;
  /** When the index last moved it to the fresh end of its kept sentences (see sentenceAt). */
  keptAt = 0;

  constructor(
    readonly id: number,
    readonly article: Article,
    index: number,
    owner: SentenceOwner,
  ) {
    this.lang = article.lang;
    this.#index = index;
    this.#owner = owner;
  }

  get sentence(): Sentence {
    return this.article.sentences[this.#index];
  }

  get text(): string {
    return (this.#text ??= this.sentence.text);
  }

  get anchors(): string[] {
    if (!this.#anchors) this.#anchors = this.#owner?.anchorsOf(this.id) ?? [];
    return this.#anchors;
  }

  get anchorSet(): ReadonlySet<string> {
    return (this.#anchorSet ??= new Set(this.anchors));
  }

  /** Reads its anchors now: the index is about to renumber its sentences. */
  detach(): void {
    void this.anchors;
    this.#owner = undefined;
  }

  // Each part of the analysis is computed on first read: a candidate compared by its anchors and figures
  // alone never pays for its names. The parts are those analyzeText computes, one by one.
  get numbers(): SourceSentence['numbers'] {
    if (!this.#numbers) this.#numbers = extractNumbers(this.text, this.lang, { date: this.article.date });
    this.touched();
    return this.#numbers;
  }

  get entities(): SourceSentence['entities'] {
    if (!this.#entities) this.#entities = extractEntities(this.text, this.lang);
    this.touched();
    return this.#entities;
  }

  get concepts(): SourceSentence['concepts'] {
    if (!this.#concepts) this.#concepts = findConcepts(this.text, this.lang);
    this.touched();
    return this.#concepts;
  }

  get clauses(): SourceSentence['clauses'] {
    if (!this.#clauses) this.#clauses = splitClauses(this.text);
    return this.#clauses;
  }

  get currentYear(): number | undefined {
    if (this.#currentYear === null) this.#currentYear = currentYearOf(this.text, this.article.date);
    return this.#currentYear;
  }

  get analysed(): boolean {
    return this.#numbers !== undefined || this.#entities !== undefined || this.#concepts !== undefined;
  }

  /** Tells the index once that this sentence holds analysis worth keeping alive between checks. */
  private touched(): void {
    if (this.#kept) return;
    this.#kept = true;
    this.#owner?.analysed(this);
  }
}

/**
 * The searchable form of a sources folder: the articles, and an inverted index anchor → sentence ids in
 * typed arrays (a forward list of anchor ids per sentence, and postings built from it). Sentences are
 * analysed in full only when the verdict asks for it, and kept in a bounded cache; a sentence object stays
 * the same object for as long as anyone holds it.
 */
export class SourceIndex {
  private readonly table: AnchorTable;
  private slots: Slot[] = [];
  private readonly byPath = new Map<string, Slot>();
  private nextOrd = 0;

  // Per sentence id.
  private sentSlot: Slot[] = [];
  private sentIdx = new IntVec();
  private alive = new Uint8Array(1024);
  private fwdStart = new IntVec();
  private fwd = new IntVec();
  private total = 0;
  private live = 0;
  private dead = 0;
  /**
   * Whether sentence ids follow corpus order (article place, then sentence place): true until an article
   * is replaced in place (its new sentences come last but keep its place), true again after compact().
   * Then two ids compare as numbers, which retrieval does for every tie.
   */
  private inOrder = true;
  /** The largest article place appended so far. */
  private maxOrd = -1;

  // Per anchor id: live document frequency; postings in CSR form (ids ascending), ids added since in `delta`.
  private df = new IntVec();
  private postStart: Int32Array = new Int32Array(1);
  private postIds: Int32Array = new Int32Array(0);
  private delta = new Map<number, number[]>();
  private deltaSize = 0;

  private scores = new Float64Array(0);
  private readonly objects = new Map<number, WeakRef<IndexedSentence>>();
  // The sentences handed out last, held strongly, by id modulo RECENT: most reads of a sentence come soon
  // after another, and WeakRef.deref is slow (it keeps its target alive to the end of the job, in a table
  // that grows for the whole check).
  private readonly recentIds = new Int32Array(RECENT).fill(-1);
  private readonly recent: (IndexedSentence | undefined)[] = new Array<IndexedSentence | undefined>(RECENT).fill(undefined);
  private readonly collected = new FinalizationRegistry<number>((id) => {
    if (!this.objects.get(id)?.deref()) this.objects.delete(id);
  });
  private readonly analysedKept = new Lru<number, IndexedSentence>(ANALYSED_KEPT);
  /** Counts moves into and within analysedKept. */
  private keptClock = 0;
  private readonly owner: SentenceOwner = {
    anchorsOf: (id) => {
      const out: string[] = [];
      for (let k = this.fwdStart.data[id]; k < this.fwdStart.data[id + 1]; k++) out.push(this.table.strings[this.fwd.data[k]]);
      return out;
    },
    analysed: (x) => {
      if (this.objects.get(x.id)?.deref() !== x) return;
      this.analysedKept.set(x.id, x);
      x.keptAt = ++this.keptClock;
    },
  };
  private readonly mentionLists = new Lru<string, Int32Array>(MENTIONS_KEPT);
  /** Scratch scores and ids of one block of ids, for topByMaxScore (zero between calls). */
  private readonly blockScores = new Float64Array(BLOCK);
  /** One bit per id of the block: the ids its scores were added to, read back in ascending order. */
  private readonly blockBits = new Int32Array(BLOCK >> 5);
  /** Scratch list of the sentences a retrieval touched (as long as `scores`). */
  private touchedIds = new Int32Array(0);
  /** Scratch marks per sentence id, zero between calls. */
  private marks = new Uint8Array(0);
  /** Scratch counts per article slot (by `ord`), zero between calls. */
  private slotCounts = new Int32Array(0);
  private readonly nameAnchorLists = new Lru<string, number[]>(CANDIDATE_LISTS_KEPT);
  private readonly firstLists = new Lru<string, number[]>(CANDIDATE_LISTS_KEPT);
  private readonly candidateLists = new Lru<string, { sure: number[]; maybe: number[] }>(CANDIDATE_LISTS_KEPT);
  private readonly keyCounts = new Lru<string, { source: string; count: number }[]>(MENTIONS_KEPT);

  /** What the load that made this index did (restored from the cache, analysed); zeros for fromArticles. */
  stats: LoadStats = { fromCache: 0, analysed: 0, cacheWritten: false };

  private constructor(
    readonly root: string,
    /** Files not indexed, with why; a server updating articles in place replaces the list. */
    public skipped: SkippedFile[],
    table: AnchorTable,
  ) {
    this.table = table;
  }

  /** The index of these articles (the last of one path wins), assembled at once. */
  private static assembled(root: string, entries: readonly IndexedArticle[], skipped: SkippedFile[], table: AnchorTable): SourceIndex {
    const index = new SourceIndex(root, skipped, table);
    drain(index.assemble(entries));
    return index;
  }

  /**
   * The same, yielding to the event loop between steps: at 10,000 articles assembling takes about half a
   * second, which a server answering hovers from an older index meanwhile must not spend in one go.
   */
  private static async assembledInSlices(root: string, entries: readonly IndexedArticle[], skipped: SkippedFile[], table: AnchorTable): Promise<SourceIndex> {
    const index = new SourceIndex(root, skipped, table);
    const pause = pauser(SLICE_MS);
    for (const step = index.assemble(entries); !step.next().done; ) await pause();
    return index;
  }

  /** Copies the articles' anchor ids into the forward lists, then builds the postings; pauses every few articles. */
  private *assemble(entries: readonly IndexedArticle[]): Generator<void, void, void> {
    // One article a path: a later one takes the place of the first, as in a Map.
    const unique = new Map<string, IndexedArticle>();
    for (const e of entries) unique.set(e.article.path, e);
    let sentences = 0;
    let ids = 0;
    for (const e of unique.values()) (sentences += e.counts.length), (ids += e.ids.length);
    this.alive = new Uint8Array(sentences + 16);
    this.sentIdx = new IntVec(sentences + 16);
    this.fwdStart = new IntVec(sentences + 16);
    this.fwd = new IntVec(ids + 16);
    let n = 0;
    for (const e of unique.values()) {
      this.append(e, this.nextOrd++, false);
      // Copied: let the article's own array go before the postings double the memory again.
      e.ids = NO_IDS;
      if (++n % ARTICLES_PER_STEP === 0) yield;
    }
    yield* this.postingSteps();
  }

  static fromArticles(root: string, articles: Article[], skipped: SkippedFile[] = []): SourceIndex {
    const table = new AnchorTable();
    const index = SourceIndex.assembled(
      root,
      articles.map((a) => indexArticle(a, table)),
      skipped,
      table,
    );
    index.stats = { fromCache: 0, analysed: articles.length, cacheWritten: false };
    return index;
  }

  /** Like fromArticles, but yields to the event loop as it goes and may use worker threads. */
  static async build(root: string, articles: Article[], skipped: SkippedFile[] = [], options: Pick<IndexLoadOptions, 'onProgress' | 'workers'> = {}): Promise<SourceIndex> {
    const table = new AnchorTable();
    const results: (IndexedArticle | undefined)[] = new Array<IndexedArticle | undefined>(articles.length);
    const bytes = articles.reduce((n, a) => n + a.text.length, 0);
    await analyse(
      articles.map((article) => ({ article })),
      workersFor(bytes, options.workers),
      table,
      (i, r) => {
        if (!('reason' in r)) results[i] = r;
      },
      options.onProgress,
      0,
    );
    const entries = results.filter((r): r is IndexedArticle => r !== undefined);
    const index = await SourceIndex.assembledInSlices(root, entries, skipped, table);
    index.stats = { fromCache: 0, analysed: entries.length, cacheWritten: false };
    return index;
  }

  /** Loads a sources folder: from the persisted index where it is valid, reading and analysing the rest. */
  static async load(root: string, options: IndexLoadOptions = {}): Promise<SourceIndex> {
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const listed: SkippedFile[] = [...(options.listing?.skipped ?? [])];
    const files = options.listing?.files ?? (await listSourceFiles(root, listed));
    const cache: CacheContents | undefined = options.cacheDir ? await readCache(options.cacheDir, root, maxFileBytes) : undefined;
    const table = new AnchorTable(cache?.anchors ?? []);
    const results: (JobResult | undefined)[] = new Array<JobResult | undefined>(files.length);
    const todo: number[] = [];
    let restored = 0;
    const pause = pauser(SLICE_MS);
    for (let i = 0; i < files.length; i++) {
      if (i % PAUSE_EVERY === 0) await pause();
      const f = files[i];
      const c = cache?.files.get(f.path);
      if (cache && c && c.size === f.size && c.mtimeMs === f.mtimeMs && f.mtimeMs < cache.written - RACY_MS) {
        results[i] = c.entry;
        restored++;
      } else todo.push(i);
    }
    const jobs: Job[] = todo.map((i) => ({ file: files[i], maxFileBytes }));
    const bytes = todo.reduce((n, i) => n + files[i].size, 0);
    const finished = await analyse(jobs, workersFor(bytes, options.workers), table, (k, r) => (results[todo[k]] = r), options.onProgress, restored, files.length);

    const skipped = [...listed];
    const entries: CacheEntry[] = [];
    for (let i = 0; i < files.length; i++) {
      if (i % PAUSE_EVERY === 0) await pause();
      const r = results[i];
      if (!r) continue;
      if ('reason' in r) skipped.push(r);
      else entries.push({ ...r, size: files[i].size, mtimeMs: files[i].mtimeMs });
    }
    // Every article came from the cache, in the order it was stored: take its postings as they are.
    const unchanged = cache !== undefined && entries.length === restored && cache.whole.order.length === restored && entries.every((e, i) => e.article.path === cache.whole.order[i]);
    const index = unchanged ? await SourceIndex.adopt(root, entries, skipped, table, cache.whole) : await SourceIndex.assembledInSlices(root, entries, skipped, table);
    // The index holds its own copy of every anchor id now (assembling let the per-article arrays go).
    results.length = 0;
    let cacheWritten = false;
    if (options.cacheDir && finished && !unchanged) cacheWritten = await writeCache(options.cacheDir, root, maxFileBytes, index.cacheSource(entries));
    index.stats = { fromCache: restored, analysed: todo.length, cacheWritten };
    return index;
  }

  /**
   * An index over stored postings (sentence ids in stored order), without copying or recounting them;
   * pausing between articles, as a restart loads it while the server answers.
   */
  private static async adopt(root: string, entries: readonly IndexedArticle[], skipped: SkippedFile[], table: AnchorTable, whole: StoredIndex): Promise<SourceIndex> {
    const pause = pauser(SLICE_MS);
    const index = new SourceIndex(root, skipped, table);
    const n = whole.counts.length;
    index.alive = new Uint8Array(n + 16).fill(1, 0, n);
    index.sentIdx = new IntVec(n + 16);
    index.fwdStart = new IntVec(n + 16);
    index.sentSlot = new Array<Slot>(n);
    const starts = index.fwdStart.data;
    const idx = index.sentIdx.data;
    let id = 0;
    let at = 0;
    starts[0] = 0;
    for (const e of entries) {
      if (index.nextOrd % PAUSE_EVERY === 0) await pause();
      const slot: Slot = { article: e.article, ord: index.nextOrd++, first: id, count: e.counts.length };
      index.slots.push(slot);
      index.byPath.set(e.article.path, slot);
      for (let i = 0; i < slot.count; i++, id++) {
        index.sentSlot[id] = slot;
        idx[id] = i;
        at += whole.counts[id];
        starts[id + 1] = at;
      }
    }
    if (id !== n || at !== whole.ids.length) throw new Error('stored index does not match its articles');
    index.sentIdx.length = n;
    index.fwdStart.length = n + 1;
    index.total = index.live = n;
    index.fwd = IntVec.wrap(whole.ids);
    index.df = new IntVec(table.size + 16);
    for (let a = 0; a < table.size; a++) index.df.data[a] = whole.postStart[a + 1] - whole.postStart[a];
    index.df.length = table.size;
    index.postStart = whole.postStart;
    index.postIds = whole.postIds;
    index.scores = new Float64Array(n);
    index.maxOrd = index.nextOrd - 1;
    return index;
  }

  get articles(): Article[] {
    return this.slots.map((s) => s.article);
  }

  article(path: string): Article | undefined {
    return this.byPath.get(path)?.article;
  }

  /** How many sentences the index holds. */
  get sentenceCount(): number {
    return this.live;
  }

  /** Every sentence of every article (analysed when their analysis is first read). */
  allSentences(): readonly SourceSentence[] {
    const out: SourceSentence[] = [];
    for (const slot of this.slots) for (let i = 0; i < slot.count; i++) out.push(this.sentenceAt(slot.first + i));
    return out;
  }

  /**
   * Source sentences that mention an entity, in corpus order: those whose analysis found its key (they
   * mention it by definition: `findMention` accepts an entity of the same key first), and those sharing a
   * name key, confirmed by `findMention`. `limit` returns the first ones only, and confirms only the
   * candidates before them (the whole list is cached per name until the index changes).
   */
  sentencesMentioning(claim: EntityClaim, lang: Lang, limit = Infinity): SourceSentence[] {
    const ids = this.firstMentionIds(claim, lang, limit);
    const out: SourceSentence[] = new Array<SourceSentence>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.sentenceAt(ids[i]);
    return out;
  }

  /**
   * The sources with the most sentences holding an entity of this key (ENTITY_TOP at most; no spelling
   * comparison, so cheap at any size), most first, then in path order; cached until the index changes.
   */
  entityCounts(key: string): readonly { source: string; count: number }[] {
    return this.keyCounts.getOr(key, () => this.countEntitySources(key));
  }

  private countEntitySources(key: string): { source: string; count: number }[] {
    if (this.slotCounts.length < this.nextOrd) this.slotCounts = new Int32Array(Math.max(this.nextOrd, this.slotCounts.length * 2));
    const counts = this.slotCounts;
    const touched: Slot[] = [];
    let most = 0;
    const a = this.table.find(entityAnchor(key));
    if (a !== undefined) {
      this.eachPosting(a, (id) => {
        const slot = this.sentSlot[id];
        const n = ++counts[slot.ord];
        if (n === 1) touched.push(slot);
        if (n > most) most = n;
      });
    }
    // Only the sources at or above the ENTITY_TOP-th count need sorting (by count, then path).
    const histogram = new Int32Array(most + 1);
    for (const slot of touched) histogram[counts[slot.ord]]++;
    let floor = most;
    for (let seen = histogram[most]; floor > 1 && seen < ENTITY_TOP; ) seen += histogram[--floor];
    const kept = touched.filter((slot) => counts[slot.ord] >= floor);
    kept.sort((x, y) => counts[y.ord] - counts[x.ord] || (x.article.path < y.article.path ? -1 : x.article.path > y.article.path ? 1 : 0));
    const top = kept.slice(0, ENTITY_TOP).map((slot) => ({ source: slot.article.path, count: counts[slot.ord] }));
    for (const slot of touched) counts[slot.ord] = 0;
    return top;
  }

  /** How many sentences of one source hold an entity of this key. */
  entityCountIn(key: string, path: string): number {
    const slot = this.byPath.get(path);
    const a = this.table.find(entityAnchor(key));
    if (!slot || a === undefined) return 0;
    let n = 0;
    for (let id = slot.first; id < slot.first + slot.count; id++) if (this.alive[id] && this.holds(id, a)) n++;
    return n;
  }

  /** Whether sentencesMentioning would list `s` (checked for that sentence alone). */
  mentions(claim: EntityClaim, lang: Lang, s: SourceSentence): boolean {
    return this.mentionTest(claim, lang)(s);
  }

  /**
   * `mentions` for one claim and many sentences: the claim's key, its cached list and anchors looked up
   * once. Good until the index changes.
   */
  mentionTest(claim: EntityClaim, lang: Lang): (s: SourceSentence) => boolean {
    const key = this.mentionKey(claim, lang);
    const live = (s: SourceSentence): boolean => this.sentSlot[s.id]?.article === s.article && Boolean(this.alive[s.id]) && this.sentenceAt(s.id) === s;
    const known = this.mentionLists.get(key);
    if (known) {
      return (s) => {
        if (!live(s)) return false;
        for (let lo = 0, hi = known.length - 1; lo <= hi; ) {
          const mid = (lo + hi) >> 1;
          const c = this.compareIds(known[mid], s.id);
          if (c === 0) return true;
          if (c < 0) lo = mid + 1;
          else hi = mid - 1;
        }
        return false;
      };
    }
    const entity = this.table.find(entityAnchor(claim.entity.key));
    let names: number[] | undefined;
    return (s) => {
      if (!live(s)) return false;
      if (entity !== undefined && this.holds(s.id, entity)) return true;
      // Without the entity's key the sentence holds no entity of that key: compare spellings only.
      names ??= this.nameAnchors(claim, lang);
      return names.some((a) => this.holds(s.id, a)) && findMentionByName(claim, lang, s) !== undefined;
    };
  }

  /** Whether sentence `id` has anchor `a`. */
  private holds(id: number, a: number): boolean {
    const fwd = this.fwd.data;
    for (let k = this.fwdStart.data[id], end = this.fwdStart.data[id + 1]; k < end; k++) if (fwd[k] === a) return true;
    return false;
  }

  /** The sentences just before and after `s` in its article (undefined at either end). */
  neighbours(s: SourceSentence): [SourceSentence | undefined, SourceSentence | undefined] {
    const slot = this.sentSlot[s.id];
    if (!slot || slot.article !== s.article) return [undefined, undefined];
    const i = s.id - slot.first;
    return [i > 0 ? this.sentenceAt(s.id - 1) : undefined, i + 1 < slot.count ? this.sentenceAt(s.id + 1) : undefined];
  }

  /** Corpus order of two sentences of this index: by article, then by place in the article. */
  compareOrder(a: SourceSentence, b: SourceSentence): number {
    return this.compareIds(a.id, b.id);
  }

  /** Inverse document frequency of an anchor over source sentences. */
  idf(anchor: string): number {
    const id = this.table.find(anchor);
    return idfOf(this.live, id === undefined ? 0 : this.df.data[id]);
  }

  /** The source sentences sharing the most (IDF-weighted) anchors with a query sentence. */
  retrieve(query: AnalyzedSentence, limit = 12, weight: (anchor: string) => number = () => 1): Candidate[] {
    const common = Math.min(Math.max(MIN_COMMON, this.live * COMMON_SHARE), Math.max(LARGE_COMMON, this.live * LARGE_COMMON_SHARE));
    // The anchors that count, in the query's order, with their weights.
    const as: number[] = [];
    const ws: number[] = [];
    for (const anchor of query.anchors) {
      const a = this.table.find(anchor);
      if (a === undefined) continue;
      const df = this.df.data[a];
      if (df === 0 || df > common) continue;
      const w = weight(anchor) * idfOf(this.live, df);
      if (w <= 0) continue;
      as.push(a);
      ws.push(Math.round(w * SCORE_UNIT));
    }
    if (limit <= 0 || as.length === 0) return [];
    // With no sentence removed or added since the postings were built, every posting is alive, the
    // postings are all there is and ids follow corpus order: the pruned search applies.
    const pruned = this.dead === 0 && this.delta.size === 0 && this.inOrder;
    const top = pruned ? this.topByMaxScore(as, ws, limit) : this.topByScan(as, ws, limit);
    return top.map(({ id, score }) => ({ sentence: this.sentenceAt(id), score: score / SCORE_UNIT }));
  }

  /**
   * The best `limit` ids by score (the sum of the weights of the query anchors a sentence holds), then
   * corpus order. Adds every posting of every anchor, into scratch arrays as long as the index.
   */
  private topByScan(as: readonly number[], ws: readonly number[], limit: number): Scored[] {
    if (this.scores.length < this.total) this.scores = new Float64Array(Math.max(this.total, this.scores.length * 2));
    if (this.touchedIds.length < this.total) this.touchedIds = new Int32Array(this.scores.length);
    const scores = this.scores;
    const touchedIds = this.touchedIds;
    const alive = this.alive;
    const postIds = this.postIds;
    const postStart = this.postStart;
    let count = 0;
    for (let i = 0; i < as.length; i++) {
      const a = as[i];
      const w = ws[i];
      if (a + 1 < postStart.length) {
        for (let p = postStart[a], end = postStart[a + 1]; p < end; p++) {
          const id = postIds[p];
          if (!alive[id]) continue;
          if (scores[id] === 0) touchedIds[count++] = id;
          scores[id] += w;
        }
      }
      const more = this.delta.get(a);
      if (more) {
        for (const id of more) {
          if (!alive[id]) continue;
          if (scores[id] === 0) touchedIds[count++] = id;
          scores[id] += w;
        }
      }
    }
    return this.best(touchedIds, count, limit);
  }

  /**
   * topByScan's answer without reading every posting (MaxScore). Sentences are taken in id order, which is
   * corpus order here, so one enters the best `limit` only with a score above the last of them (a tie goes
   * to the earlier sentence). Once the lightest anchors together weigh no more than that score, a sentence
   * holding only those cannot enter: their postings are no longer walked, only searched for the sentences
   * the heavier anchors bring. The heavier anchors' postings are added a block of ids at a time, into a
   * small scratch array. Needs every posting alive, no delta, ids in corpus order.
   */
  private topByMaxScore(as: readonly number[], ws: readonly number[], limit: number): Scored[] {
    const m = as.length;
    const postIds = this.postIds;
    const postStart = this.postStart;
    // The anchors lightest first (a tie in query order); upTo[i + 1] is the most the anchors 0..i add together.
    const order = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      let k = i;
      for (; k > 0 && ws[order[k - 1]] > ws[i]; k--) order[k] = order[k - 1];
      order[k] = i;
    }
    const weights = new Float64Array(m);
    const upTo = new Float64Array(m + 1);
    const at = new Int32Array(m);
    const end = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const o = order[i];
      weights[i] = ws[o];
      upTo[i + 1] = upTo[i] + ws[o];
      at[i] = postStart[as[o]];
      end[i] = postStart[as[o] + 1];
    }
    const block = this.blockScores;
    const bits = this.blockBits;
    const topIds: number[] = [];
    const topScores: number[] = [];
    // A sentence that can score no more than `least` cannot be among the best. Scores are whole numbers:
    // below the floor is at most floor - 1; once the best are full, a tie goes to the earlier.
    let least = this.floorOfLists(as, ws, limit) - 1;
    // Anchors first..m-1 bring the sentences to score; the lighter ones are only searched.
    let first = 0;
    while (first < m && upTo[first + 1] <= least) first++;
    while (first < m) {
      let lo = 0x7fffffff;
      for (let i = first; i < m; i++) if (at[i] < end[i] && postIds[at[i]] < lo) lo = postIds[at[i]];
      if (lo === 0x7fffffff) break;
      let last = 0;
      for (let i = first; i < m; i++) {
        const w = weights[i];
        let p = at[i];
        for (const e = end[i]; p < e; p++) {
          const off = postIds[p] - lo;
          if (off >= BLOCK) break;
          bits[off >> 5] |= 1 << (off & 31);
          block[off] += w;
          if (off > last) last = off;
        }
        at[i] = p;
      }
      // The block's ids in ascending order, from its bits.
      for (let word = 0; word <= last >> 5; word++) {
        let pending = bits[word];
        if (pending === 0) continue;
        bits[word] = 0;
        for (; pending !== 0; pending &= pending - 1) {
          const off = (word << 5) | (31 - Math.clz32(pending & -pending));
          const id = lo + off;
          let score = block[off];
          block[off] = 0;
          let i = first - 1;
          for (; i >= 0; i--) {
            if (score + upTo[i + 1] <= least) break;
            const p = seek(postIds, at[i], end[i], id);
            at[i] = p;
            if (p < end[i] && postIds[p] === id) {
              score += weights[i];
              at[i] = p + 1;
            }
          }
          if (i >= 0 || score <= least) continue;
          let k = topIds.length;
          while (k > 0 && topScores[k - 1] < score) k--;
          topIds.splice(k, 0, id);
          topScores.splice(k, 0, score);
          if (topIds.length > limit) {
            topIds.pop();
            topScores.pop();
          }
          if (topIds.length === limit) least = topScores[limit - 1];
        }
      }
      // Between blocks only: the block's scores came from anchors first..m-1.
      while (first < m && upTo[first + 1] <= least) first++;
    }
    return topIds.map((id, k) => ({ id, score: topScores[k] }));
  }

  /**
   * A score `limit` sentences reach, known without reading a posting: the weight of an anchor that `limit`
   * sentences hold (0 when none does). topByMaxScore then prunes from its first block on, not only once
   * its own best have filled up with whatever came first.
   */
  private floorOfLists(as: readonly number[], ws: readonly number[], limit: number): number {
    let floor = 0;
    for (let i = 0; i < as.length; i++) if (ws[i] > floor && this.postStart[as[i] + 1] - this.postStart[as[i]] >= limit) floor = ws[i];
    return floor;
  }

  /**
   * The best `limit` of the first `count` ids, by score, then corpus order (the same as sorting them all),
   * with their scores; clears the scores of all of them.
   */
  private best(ids: ArrayLike<number>, count: number, limit: number): Scored[] {
    const scores = this.scores;
    const top: number[] = [];
    const better = (x: number, y: number): boolean => scores[x] > scores[y] || (scores[x] === scores[y] && this.compareIds(x, y) < 0);
    for (let t = 0; t < count; t++) {
      const id = ids[t];
      if (top.length >= limit) {
        // Most ids lose to the last of the best on score alone.
        const last = top[top.length - 1];
        if (scores[id] < scores[last] || (scores[id] === scores[last] && this.compareIds(id, last) > 0)) continue;
      }
      let at = top.length;
      while (at > 0 && better(id, top[at - 1])) at--;
      top.splice(at, 0, id);
      if (top.length > limit) top.pop();
    }
    const out = top.map((id) => ({ id, score: scores[id] }));
    for (let t = 0; t < count; t++) scores[ids[t]] = 0;
    return out;
  }

  /**
   * Adds, replaces (`article` given) or removes (`article` undefined) the article at `path`, analysing only
   * that article. A replaced article keeps its place among the others, a new one comes last: the index
   * then answers exactly as one built from `articles`.
   */
  update(path: string, article: Article | undefined): void {
    if (article && article.path !== path) throw new Error(`update: article path ${article.path} is not ${path}`);
    const indexed = article ? indexArticle(article, this.table) : undefined;
    const old = this.byPath.get(path);
    const ord = old ? old.ord : this.nextOrd++;
    const position = old ? this.slots.indexOf(old) : -1;
    if (old) this.remove(path);
    if (indexed) {
      const slot = this.append(indexed, ord, true);
      if (position >= 0) {
        this.slots.pop();
        this.slots.splice(position, 0, slot);
      }
    }
    this.mentionLists.clear();
    this.keyCounts.clear();
    this.candidateLists.clear();
    this.nameAnchorLists.clear();
    this.firstLists.clear();
    if (this.dead > Math.max(4096, this.live / 4) || this.deltaSize > Math.max(65536, this.postIds.length / 4)) this.compact();
  }

  // ---------------------------------------------------------------- internals

  private append(e: IndexedArticle, ord: number, live: boolean): Slot {
    const n = e.counts.length;
    const slot: Slot = { article: e.article, ord, first: this.total, count: n };
    if (ord < this.maxOrd) this.inOrder = false;
    else this.maxOrd = ord;
    this.slots.push(slot);
    this.byPath.set(e.article.path, slot);
    if (this.alive.length < this.total + n) {
      const next = new Uint8Array(Math.max(this.total + n, this.alive.length * 2));
      next.set(this.alive);
      this.alive = next;
    }
    if (this.df.length < this.table.size) {
      this.df.reserve(this.table.size);
      this.df.data.fill(0, this.df.length, this.table.size);
      this.df.length = this.table.size;
    }
    if (this.fwdStart.length === 0) this.fwdStart.push(0);
    const base = this.fwd.length;
    this.fwd.pushAll(e.ids);
    this.fwdStart.reserve(this.fwdStart.length + n);
    this.sentIdx.reserve(this.sentIdx.length + n);
    const starts = this.fwdStart.data;
    const idx = this.sentIdx.data;
    let at = base;
    for (let i = 0; i < n; i++) {
      const id = this.total++;
      this.sentSlot.push(slot);
      idx[this.sentIdx.length++] = i;
      this.alive[id] = 1;
      at += e.counts[i];
      starts[this.fwdStart.length++] = at;
    }
    const df = this.df.data;
    for (let k = 0; k < e.ids.length; k++) df[e.ids[k]]++;
    if (live) {
      let k = 0;
      for (let i = 0; i < n; i++) {
        const id = slot.first + i;
        for (const end = k + e.counts[i]; k < end; k++) {
          let list = this.delta.get(e.ids[k]);
          if (!list) this.delta.set(e.ids[k], (list = []));
          list.push(id);
          this.deltaSize++;
        }
      }
    }
    this.live += n;
    return slot;
  }

  private remove(path: string): void {
    const slot = this.byPath.get(path);
    if (!slot) return;
    this.byPath.delete(path);
    this.slots.splice(this.slots.indexOf(slot), 1);
    for (let id = slot.first; id < slot.first + slot.count; id++) {
      if (!this.alive[id]) continue;
      this.alive[id] = 0;
      for (let k = this.fwdStart.data[id]; k < this.fwdStart.data[id + 1]; k++) this.df.data[this.fwd.data[k]]--;
      this.objects.get(id)?.deref()?.detach();
      this.objects.delete(id);
      this.forgetRecent(id);
      this.analysedKept.delete(id);
    }
    this.live -= slot.count;
    this.dead += slot.count;
  }

  /** CSR postings of every live sentence (ids ascending), from the forward lists; `df` holds their lengths. */
  private buildPostings(): void {
    drain(this.postingSteps());
  }

  /** buildPostings, pausing every SENTENCES_PER_STEP sentences; the postings are in place at the end only. */
  private *postingSteps(): Generator<void, void, void> {
    const nAnchors = this.table.size;
    const start = new Int32Array(nAnchors + 1);
    const df = this.df.data;
    for (let a = 0; a < nAnchors; a++) start[a + 1] = start[a] + df[a];
    const ids = new Int32Array(start[nAnchors]);
    const fill = start.slice(0, nAnchors);
    const fwd = this.fwd.data;
    const starts = this.fwdStart.data;
    for (let id = 0; id < this.total; id++) {
      if (id % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
      if (!this.alive[id]) continue;
      for (let k = starts[id], end = starts[id + 1]; k < end; k++) ids[fill[fwd[k]]++] = id;
    }
    this.postStart = start;
    this.postIds = ids;
    this.delta.clear();
    this.deltaSize = 0;
  }

  /** Renumbers the live sentences in corpus order and rebuilds the postings: no analysis involved. */
  private compact(): void {
    // Sentences handed out read their anchors now: their ids will no longer index these arrays.
    for (const ref of this.objects.values()) ref.deref()?.detach();
    const oldStart = this.fwdStart;
    const oldFwd = this.fwd;
    const oldIdx = this.sentIdx;
    this.sentSlot = [];
    this.sentIdx = new IntVec(this.live + 16);
    this.alive = new Uint8Array(this.live + 16);
    this.fwdStart = new IntVec(this.live + 16);
    this.fwd = new IntVec(oldFwd.length);
    this.fwdStart.push(0);
    this.total = 0;
    for (const slot of this.slots) {
      const first = this.total;
      for (let i = 0; i < slot.count; i++) {
        const old = slot.first + i;
        const id = this.total++;
        this.sentSlot.push(slot);
        this.sentIdx.push(oldIdx.data[old]);
        this.alive[id] = 1;
        this.fwd.pushAll(oldFwd.data, oldStart.data[old], oldStart.data[old + 1]);
        this.fwdStart.push(this.fwd.length);
      }
      slot.first = first;
    }
    this.live = this.total;
    this.dead = 0;
    this.inOrder = true;
    this.maxOrd = this.slots.length ? this.slots[this.slots.length - 1].ord : -1;
    this.objects.clear();
    this.forgetRecent();
    this.analysedKept.clear();
    this.mentionLists.clear();
    this.keyCounts.clear();
    this.candidateLists.clear();
    this.nameAnchorLists.clear();
    this.firstLists.clear();
    this.scores = new Float64Array(0);
    this.touchedIds = new Int32Array(0);
    this.buildPostings();
  }

  /** Corpus order: the article's place, then the sentence's place in it. */
  private compareIds(a: number, b: number): number {
    if (this.inOrder || a === b) return a - b;
    return this.sentSlot[a].ord - this.sentSlot[b].ord || this.sentIdx.data[a] - this.sentIdx.data[b];
  }

  private sentenceAt(id: number): IndexedSentence {
    const at = id & (RECENT - 1);
    let known = this.recentIds[at] === id ? this.recent[at] : undefined;
    if (!known) {
      known = this.objects.get(id)?.deref();
      if (known) this.remember(at, id, known);
    }
    if (known) {
      // Moved to the fresh end only when it has fallen into the older half: one Map delete and insert per
      // read of a hot sentence cost more than the reads themselves.
      if (known.analysed && this.keptClock - known.keptAt > ANALYSED_KEPT / 2) {
        this.analysedKept.get(id);
        known.keptAt = ++this.keptClock;
      }
      return known;
    }
    const slot = this.sentSlot[id];
    const s = new IndexedSentence(id, slot.article, this.sentIdx.data[id], this.owner);
    this.objects.set(id, new WeakRef(s));
    this.collected.register(s, id);
    this.remember(at, id, s);
    return s;
  }

  private remember(at: number, id: number, s: IndexedSentence): void {
    this.recentIds[at] = id;
    this.recent[at] = s;
  }

  /** Drops sentence `id` from the recent ones (all of them without an id). */
  private forgetRecent(id?: number): void {
    if (id === undefined) {
      this.recentIds.fill(-1);
      this.recent.fill(undefined);
    } else {
      const at = id & (RECENT - 1);
      if (this.recentIds[at] !== id) return;
      this.recentIds[at] = -1;
      this.recent[at] = undefined;
    }
  }

  private mentionKey(claim: EntityClaim, lang: Lang): string {
    return `${lang}\u0000${claim.entity.type}\u0000${claim.entity.key}\u0000${claim.text}`;
  }

  /** The name-key anchors whose sentences may mention the entity (findMention decides). */
  private nameAnchors(claim: EntityClaim, lang: Lang): number[] {
    return this.nameAnchorLists.getOr(this.mentionKey(claim, lang), () => this.findNameAnchors(claim, lang));
  }

  private findNameAnchors(claim: EntityClaim, lang: Lang): number[] {
    // The name's own keys (short ones too: "Li Hui" is L, LH, H), leaving out any too common to narrow anything.
    const lists = nameKeys(claim.text, lang)
      .map((k) => this.table.find(`k:${k}`))
      .filter((a): a is number => a !== undefined && this.df.data[a] > 0);
    const cap = Math.max(50, this.live * 0.02);
    const narrow = lists.filter((a) => this.df.data[a] <= cap);
    return narrow.length ? narrow : lists.sort((a, b) => this.df.data[a] - this.df.data[b]).slice(0, 1);
  }

  /**
   * The sentences that may mention an entity: `sure` hold its key (findMention accepts an entity of the
   * same key at once), `maybe` share a name key and lack the entity's key, so findMentionByName decides.
   * Both in corpus order, no overlap.
   */
  private mentionCandidates(claim: EntityClaim, lang: Lang): { sure: number[]; maybe: number[] } {
    return this.candidateLists.getOr(this.mentionKey(claim, lang), () => this.findMentionCandidates(claim, lang));
  }

  private findMentionCandidates(claim: EntityClaim, lang: Lang): { sure: number[]; maybe: number[] } {
    if (this.inOrder) return this.mentionCandidatesInOrder(claim, lang);
    const sure = new Set<number>(this.postingsOf(entityAnchor(claim.entity.key)));
    const maybe = new Set<number>();
    for (const a of this.nameAnchors(claim, lang)) for (const id of this.postingsOfId(a)) if (!sure.has(id)) maybe.add(id);
    const order = (a: number, b: number): number => this.compareIds(a, b);
    return { sure: [...sure].sort(order), maybe: [...maybe].sort(order) };
  }

  /**
   * findMentionCandidates while ids follow corpus order: postings are ascending ids, so the key's postings
   * are `sure` as they are, and the name anchors' others are marked off in a scratch array, then sorted.
   */
  private mentionCandidatesInOrder(claim: EntityClaim, lang: Lang): { sure: number[]; maybe: number[] } {
    const sure = this.postingsOf(entityAnchor(claim.entity.key));
    if (this.marks.length < this.total) this.marks = new Uint8Array(this.total + 1024);
    const marks = this.marks;
    for (const id of sure) marks[id] = 1;
    const maybe: number[] = [];
    for (const a of this.nameAnchors(claim, lang)) {
      this.eachPosting(a, (id) => {
        if (marks[id]) return;
        marks[id] = 1;
        maybe.push(id);
      });
    }
    for (const id of sure) marks[id] = 0;
    for (const id of maybe) marks[id] = 0;
    maybe.sort((x, y) => x - y);
    return { sure, maybe };
  }

  /** Every sentence mentioning the entity, in corpus order; cached until the index changes. */
  private mentionIds(claim: EntityClaim, lang: Lang): Int32Array {
    return this.mentionLists.getOr(this.mentionKey(claim, lang), () => {
      const { sure, maybe } = this.mentionCandidates(claim, lang);
      const ids = [...sure];
      for (const id of maybe) if (findMentionByName(claim, lang, this.sentenceAt(id))) ids.push(id);
      return Int32Array.from(ids.sort((a, b) => this.compareIds(a, b)));
    });
  }

  /** The first `limit` of mentionIds, confirming only the candidates that come before them. */
  private firstMentionIds(claim: EntityClaim, lang: Lang, limit: number): ArrayLike<number> {
    const known = this.mentionLists.get(this.mentionKey(claim, lang));
    if (known) return known.subarray(0, Math.min(limit, known.length));
    if (!Number.isFinite(limit)) return this.mentionIds(claim, lang);
    return this.firstLists.getOr(`${limit}\u0000${this.mentionKey(claim, lang)}`, () => this.findFirstMentionIds(claim, lang, limit));
  }

  private findFirstMentionIds(claim: EntityClaim, lang: Lang, limit: number): number[] {
    const { sure, maybe } = this.mentionCandidates(claim, lang);
    const out: number[] = [];
    let i = 0;
    let j = 0;
    // Spelling comparisons are bounded too: a short key shared by thousands of sentences must not cost more.
    let attempts = Math.max(MIN_ATTEMPTS, limit * ATTEMPTS_PER_MENTION);
    while (out.length < limit && (i < sure.length || (j < maybe.length && attempts > 0))) {
      if (j >= maybe.length || attempts <= 0 || (i < sure.length && this.compareIds(sure[i], maybe[j]) < 0)) out.push(sure[i++]);
      else {
        const id = maybe[j++];
        attempts--;
        if (findMentionByName(claim, lang, this.sentenceAt(id))) out.push(id);
      }
    }
    return out;
  }

  /** Calls `f` with each live sentence id holding anchor `a` (stored postings, then the delta's). */
  private eachPosting(a: number, f: (id: number) => void): void {
    if (this.df.data[a] === 0) return;
    if (a + 1 < this.postStart.length) for (let p = this.postStart[a]; p < this.postStart[a + 1]; p++) if (this.alive[this.postIds[p]]) f(this.postIds[p]);
    for (const id of this.delta.get(a) ?? []) if (this.alive[id]) f(id);
  }

  /** Live sentence ids holding an anchor. */
  private postingsOf(anchor: string): number[] {
    const a = this.table.find(anchor);
    return a === undefined ? [] : this.postingsOfId(a);
  }

  private postingsOfId(a: number): number[] {
    const out: number[] = [];
    this.eachPosting(a, (id) => out.push(id));
    return out;
  }

  /** The live articles with their anchor ids (and the whole arrays when they are in stored order), for the persisted cache. */
  private cacheSource(stats: readonly CacheEntry[]): CacheSource {
    const byPath = new Map(stats.map((e) => [e.article.path, e]));
    const entries: CacheEntry[] = [];
    let contiguous = this.dead === 0 && this.deltaSize === 0;
    let next = 0;
    for (const slot of this.slots) {
      const e = byPath.get(slot.article.path);
      if (!e || e.article !== slot.article) {
        contiguous = false;
        continue;
      }
      if (slot.first !== next) contiguous = false;
      next = slot.first + slot.count;
      const counts = new Int32Array(slot.count);
      for (let i = 0; i < slot.count; i++) counts[i] = this.fwdStart.data[slot.first + i + 1] - this.fwdStart.data[slot.first + i];
      const ids = this.fwd.data.subarray(this.fwdStart.data[slot.first], this.fwdStart.data[slot.first + slot.count]);
      entries.push({ article: slot.article, counts, ids, size: e.size, mtimeMs: e.mtimeMs });
    }
    const whole = contiguous && next === this.total ? { ids: this.fwd.view(), postStart: this.postStart, postIds: this.postIds } : undefined;
    return { entries, anchors: this.table.strings, whole };
  }
}

/**
 * Retrieval adds weights as whole multiples of 1/SCORE_UNIT: sums of integers (far below 2^53) are exact
 * in any order, so the walk that skips postings and the one that reads them all rank alike, and equal
 * anchor sets tie exactly (then corpus order decides).
 */
const SCORE_UNIT = 2 ** 24;
/** Ids per block in topByMaxScore: its scratch scores stay in cache. */
const BLOCK = 4096;
/** How many sentences handed out last the index holds strongly (a power of two). */
const RECENT = 4096;

/** A sentence id and its retrieval score, in 1/SCORE_UNIT. */
interface Scored {
  id: number;
  score: number;
}

/**
 * The first place in ids[from..to) (ascending) holding `id` or more: galloping from `from`, since a
 * walk seeks ever larger ids.
 */
function seek(ids: Int32Array, from: number, to: number, id: number): number {
  if (from >= to || ids[from] >= id) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < to && ids[hi] < id) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > to) hi = to;
  // ids[lo] < id; the answer is in (lo, hi].
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] < id) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Runs a generator of steps to its end at once. */
function drain(steps: Generator<void, void, void>): void {
  while (!steps.next().done);
}

function idfOf(n: number, df: number): number {
  return Math.log((n + 1) / (df + 0.5));
}

/**
 * Runs the analysis jobs (on worker threads when `workers` > 0), reporting progress after each article and
 * yielding to the event loop at least every few milliseconds. False when onProgress asked to stop.
 */
async function analyse(
  jobs: readonly Job[],
  workers: number,
  table: AnchorTable,
  done: (i: number, result: JobResult) => void,
  onProgress: LoadOptions['onProgress'],
  already: number,
  total = already + jobs.length,
): Promise<boolean> {
  let stopped = false;
  let count = already;
  const pause = pauser(SLICE_MS);
  if (onProgress && already > 0 && (await onProgress(already, total)) === false) return false;
  await runInWorkers(
    jobs,
    workers,
    table,
    async (i, result) => {
      done(i, 'reason' in result ? result : narrowed(result));
      count++;
      if (onProgress && (await onProgress(count, total)) === false) stopped = true;
      await pause();
    },
    () => stopped,
  );
  return !stopped;
}
