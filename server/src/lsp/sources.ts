// Source sets: one SourceIndex per distinct list of source folders, loaded without blocking the
// event loop, re-used across documents, re-indexed when a folder changes on disk.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexFingerprint } from './checkStore';
import { collectGarbage } from './memory';
import type { Article, SkippedFile, SourceIndex } from '../engine';
import { listSourceFiles, UNREADABLE, type SourceFile } from '../engine/sources/list';
import { remembered } from '../engine/text/memo';
import { buildKey, engine } from './engine';

export interface ProgressHandle {
  report(done: number, total: number): void;
  done(): void;
}

export interface SourceHooks {
  /** A set finished (re-)indexing: documents checked against it should be re-checked. */
  indexed(set: SourceSet): void;
  /** A problem the user must hear about (a missing folder); said once per folder until it is fixed. */
  warn(message: string): void;
  log(message: string): void;
  progress(title: string): ProgressHandle;
}

/** Files older than this are taken as settled (their next change will show in size or mtime). */
const SETTLED_MS = 2000;

/** How long the first load waits for stored results being shown (holdLoad). */
const HOLD_MS = 1000;

/** Changed articles applied one by one at most (or a tenth of the corpus, if more); beyond, the index is rebuilt. */
const MAX_UPDATES = 64;

/**
 * A source file's URI (a pure function of its path). Every publish asks again for each cited source, and
 * pathToFileURL costs a few microseconds; at most 20,000 are remembered (a publish cites one source a claim).
 */
const fileUri = remembered((file: string) => pathToFileURL(file).href, 20_000);

/** A file read before, kept while its size and mtime stay the same. */
interface CachedFile {
  size: number;
  mtimeMs: number;
  result: Article | SkippedFile;
}

export class SourceSet {
  /** Until the first load: an empty index, made when first asked for (making it loads the engine). */
  private current: SourceIndex | undefined;
  private loadHolds: Promise<unknown>[] = [];
  /** Resolves when the first load has finished (whatever its outcome). */
  readonly ready: Promise<void>;
  /** Whether the first load has finished. */
  loaded = false;
  /** Resolves once the first load has listed the folders (or has ended). */
  readonly listed: Promise<void>;
  /**
   * While the first load runs, after listing: the fingerprint the index will have once loaded, so stored
   * check results can be shown before it has. Undefined otherwise.
   */
  loadingFingerprint: string | undefined;
  indexing = false;
  /** Bumped by every re-index; lets a load and derived data notice they are stale. */
  generation = 0;
  /** Bumped whenever the index's content changes (swapped or updated in place): derived caches compare it. */
  revision = 0;
  /**
   * Identifies an index loaded whole from these files by this engine build (see checkStore.ts), so check
   * results stored for it may be shown again; undefined after an update in place or a rebuild.
   */
  fingerprint: string | undefined;
  /** Source path as the index names it → absolute file path. */
  private files = new Map<string, string>();
  /** What the current index was built from (files with size and mtime, unreadable folders). */
  private signature: string | undefined;
  private readonly cache = new Map<string, CachedFile>();
  /** Watchers of missing folders' parents. */
  private watchers: FSWatcher[] = [];
  /** One watcher per folder read (the sources folders and the folders below them). */
  private readonly dirWatchers = new Map<string, FSWatcher>();
  /** A folder could not be watched (said once: a large tree may exceed the system's watch limit). */
  private watchFailed = false;
  /** Which folders the watchers were made for, and whether each existed. */
  private watchedState: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private markReady!: () => void;
  private markListed!: () => void;
  private disposed = false;

  constructor(
    readonly key: string,
    readonly folders: string[],
    private readonly hooks: SourceHooks,
    private readonly missing: Set<string>,
    /** Folder of the persisted index; undefined: nothing is written. */
    private readonly cacheDir?: string,
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.listed = new Promise((resolve) => (this.markListed = resolve));
  }

  /**
   * A document waiting for the first listing, showing what was stored for the index coming: the load waits
   * for it (at most HOLD_MS), since loading the index loads the engine, which blocks for ~100 ms in a
   * fresh process.
   */
  holdLoad(shown: Promise<unknown>): void {
    this.loadHolds.push(shown);
  }

  /** The index if one was made: asking does not make one (which would load the engine). */
  get madeIndex(): SourceIndex | undefined {
    return this.current;
  }

  get index(): SourceIndex {
    return (this.current ??= engine().SourceIndex.fromArticles(this.folders[0], [], []));
  }

  set index(index: SourceIndex) {
    this.current = index;
  }

  fileOf(source: string): string | undefined {
    return this.files.get(source);
  }

  uriOf(source: string): string | undefined {
    const file = this.files.get(source);
    return file ? fileUri(file) : undefined;
  }

  holds(file: string): boolean {
    return this.folders.some((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
  }

  /**
   * Re-reads the folders (only changed files are parsed again) and brings the index up to date: the first
   * time from the persisted index where it is valid, afterwards by updating the changed articles in place
   * (or rebuilding, when many changed).
   */
  async reindex(): Promise<void> {
    const generation = ++this.generation;
    const stale = (): boolean => this.disposed || generation !== this.generation;
    this.loadingFingerprint = undefined;
    this.indexing = true;
    const progress = this.hooks.progress('claimcheck: indexing sources');
    try {
      this.watch();
      const listed: { folder: string; prefix: string; files: SourceFile[] }[] = [];
      const skipped: SkippedFile[] = [];
      const dirs: string[] = [];
      const prefixes = folderPrefixes(this.folders);
      for (const folder of this.folders) {
        const prefix = prefixes.get(folder) ?? '';
        const folderSkipped: SkippedFile[] = [];
        try {
          // Each folder is watched as the listing enters it, before it is read: a file made meanwhile is seen.
          const files = await listSourceFiles(folder, folderSkipped, (dir) => {
            dirs.push(dir);
            this.watchFolder(dir);
          });
          listed.push({ folder, prefix, files });
          this.missing.delete(folder);
        } catch (e) {
          if (!this.missing.has(folder)) {
            this.missing.add(folder);
            this.hooks.warn(`claimcheck: the sources folder ${folder} cannot be read (${e instanceof Error ? e.message : String(e)}); claims will be checked against the other folders only, or stay unverified.`);
          }
        }
        skipped.push(...folderSkipped.map((s) => ({ ...s, path: prefix + s.path })));
      }
      if (stale()) return;
      this.watch(dirs);
      if (this.signature === undefined && this.cacheDir && this.folders.length === 1 && listed.length === 1) {
        // What the index will be is known from the listing alone (an index is a function of the engine
        // build and the files), so results stored for it can be shown while it loads.
        const fingerprint = settledFingerprint(listed[0].files, skipped);
        this.loadingFingerprint = fingerprint;
        // Evidence in those results names its file: the listing already says where each one is.
        this.files = new Map(listed[0].files.map((f) => [f.path, f.absolute]));
        this.markListed();
        // Documents waiting for the listing show their stored results first (see holdLoad).
        await yieldToEventLoop();
        await settledWithin(this.loadHolds.splice(0), HOLD_MS);
        if (stale()) return;
        await this.loadPersisted(listed[0], skipped, progress, stale, fingerprint);
        return;
      }
      const total = listed.reduce((n, l) => n + l.files.length, 0);
      const articles: Article[] = [];
      const files = new Map<string, string>();
      const seen = new Set<string>();
      let done = 0;
      for (const { prefix, files: list } of listed) {
        for (const file of list) {
          if (stale()) return;
          seen.add(file.absolute);
          const cached = this.cache.get(file.absolute);
          let result: Article | SkippedFile;
          if (cached && cached.size === file.size && cached.mtimeMs === file.mtimeMs) result = cached.result;
          else {
            result = await engine().readSourceFile(file);
            // Prefixed once, here: an unchanged file then yields the very same article object next time.
            if (prefix) result = { ...result, path: prefix + result.path };
            this.cache.set(file.absolute, { size: file.size, mtimeMs: file.mtimeMs, result });
            await yieldToEventLoop();
          }
          if ('sentences' in result) {
            articles.push(result);
            files.set(result.path, file.absolute);
          } else skipped.push({ path: result.path, reason: result.reason });
          progress.report(++done, total);
        }
      }
      for (const k of this.cache.keys()) if (!seen.has(k)) this.cache.delete(k);
      if (stale()) return;
      const signature = signatureOf(listed, skipped, this.folders.filter((f) => this.missing.has(f)));
      // Watchers also fire on changes that leave every article as it was: keep the index (and the checkers' caches).
      if (signature === this.signature) return;
      const first = this.signature === undefined;
      this.signature = signature;
      this.fingerprint = undefined;
      this.watch();
      if (!first && (await this.updateInPlace(articles, skipped, stale))) {
        this.files = files;
        this.hooks.log(`updated the index of ${this.folders.join(', ')} in place (${articles.length} articles)`);
      } else {
        // Analysed asynchronously (yielding, on worker threads for a large corpus): the server keeps answering meanwhile.
        const index = await engine().SourceIndex.build(this.folders.length === 1 ? this.folders[0] : commonParent(this.folders), articles, skipped);
        if (stale()) return;
        collectGarbage();
        this.index = index;
        this.files = files;
        this.hooks.log(`indexed ${articles.length} articles from ${this.folders.join(', ')} (${skipped.length} skipped)`);
      }
      this.revision++;
      this.indexing = false;
      this.hooks.indexed(this);
    } catch (e) {
      this.hooks.log(`indexing ${this.folders.join(', ')} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } finally {
      this.markListed();
      if (generation === this.generation) {
        this.loadingFingerprint = undefined;
        this.indexing = false;
        this.loaded = true;
        this.markReady();
      }
      progress.done();
    }
  }

  /** The first load of a single folder: through the persisted index, which the engine reads and refreshes. */
  private async loadPersisted(
    listing: { folder: string; files: SourceFile[] },
    listSkipped: SkippedFile[],
    progress: ProgressHandle,
    stale: () => boolean,
    fingerprint: string | undefined,
  ): Promise<void> {
    const index = await engine().SourceIndex.load(listing.folder, {
      cacheDir: this.cacheDir,
      listing: { files: listing.files, skipped: listSkipped },
      onProgress: (done, total) => {
        progress.report(done, total);
        return !stale();
      },
    });
    if (stale()) return;
    if (index.stats.analysed > 0) collectGarbage();
    // What the engine read is what this set would have read: remember it per file, so a later change re-reads only that file.
    const byPath = new Map<string, Article | SkippedFile>();
    for (const a of index.articles) byPath.set(a.path, a);
    for (const k of index.skipped) if (!byPath.has(k.path)) byPath.set(k.path, k);
    const files = new Map<string, string>();
    for (const f of listing.files) {
      const result = byPath.get(f.path);
      if (!result) continue;
      this.cache.set(f.absolute, { size: f.size, mtimeMs: f.mtimeMs, result });
      if ('sentences' in result) files.set(result.path, f.absolute);
    }
    const listedPaths = new Set(listSkipped.map((k) => k.path));
    const skipped = [...listSkipped, ...index.skipped.filter((k) => !listedPaths.has(k.path))];
    this.signature = signatureOf([listing], skipped, []);
    // The fingerprint stands for the files' content: a file that could not be read this time (locked, no
    // permission) makes an index that content does not determine, so nothing stored is reused for it.
    this.fingerprint = index.skipped.some((k) => !listedPaths.has(k.path) && k.reason.startsWith(UNREADABLE)) ? undefined : fingerprint;
    this.index = index;
    this.files = files;
    const { fromCache, analysed } = index.stats;
    this.hooks.log(`indexed ${index.articles.length} articles from ${listing.folder} (${fromCache} from the persisted index, ${analysed} read; ${skipped.length} skipped)`);
    this.revision++;
    this.indexing = false;
    this.hooks.indexed(this);
  }

  /**
   * Applies the difference between the index and `articles` article by article, yielding between them.
   * False when too much changed for that to beat a rebuild, or when the work went stale.
   */
  private async updateInPlace(articles: readonly Article[], skipped: SkippedFile[], stale: () => boolean): Promise<boolean> {
    const index = this.index;
    const before = new Map(index.articles.map((a) => [a.path, a]));
    const changed: { path: string; article: Article | undefined }[] = [];
    const now = new Set<string>();
    for (const a of articles) {
      now.add(a.path);
      if (before.get(a.path) !== a) changed.push({ path: a.path, article: a });
    }
    for (const p of before.keys()) if (!now.has(p)) changed.push({ path: p, article: undefined });
    if (changed.length > Math.max(MAX_UPDATES, before.size / 10)) return false;
    for (const c of changed) {
      if (stale()) return false;
      index.update(c.path, c.article);
      await yieldToEventLoop();
    }
    index.skipped = skipped;
    return true;
  }

  /** Re-index after changes have settled (editors write files in several steps). */
  scheduleReindex(delayMs = 200): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reindex();
    }, delayMs);
  }

  /**
   * Watches the folders (a missing one: for its creation); the folders below them are watched one by one
   * as the listing enters them (watchFolder), and `dirs`, what the listing found, lets the watchers of
   * folders gone be closed. One watcher a folder: Node's recursive watch on Linux walks the tree and watches
   * every file, which blocks the server for most of a second in a folder of thousands. Called before every
   * (re-)index reads anything, so that a file changed while it is being indexed is seen; a watcher is kept
   * while its folder stays, so no event falls between two.
   */
  private watch(dirs?: readonly string[]): void {
    if (this.disposed) return;
    const state = this.folders.map((f) => (this.missing.has(f) || !existsSync(f) ? '-' : '+') + f).join('\u0000');
    if (state !== this.watchedState) {
      this.closeWatchers();
      this.watchedState = state;
      for (const folder of this.folders) {
        if (this.missing.has(folder) || !existsSync(folder)) this.watchForCreation(folder);
        else this.watchFolder(folder);
      }
    }
    if (!dirs) return;
    const wanted = new Set(dirs);
    for (const folder of this.folders) wanted.add(folder);
    for (const [dir, w] of this.dirWatchers) {
      if (!wanted.has(dir)) {
        w.close();
        this.dirWatchers.delete(dir);
      }
    }
    for (const dir of dirs) this.watchFolder(dir);
  }

  private watchFolder(dir: string): void {
    if (this.disposed || this.dirWatchers.has(dir)) return;
    try {
      const w = watch(dir, { persistent: false }, (event, name) => {
        // A watcher follows the folder it was made for, not its path. A folder renamed, removed or replaced
        // under the same path (its own "rename", or one in its parent naming it) is watched anew after the
        // next listing; a check of its identity would not do, since a re-created folder may get the same inode.
        if (event === 'rename' && name) {
          const named = path.join(dir, name.toString());
          if (name.toString() === path.basename(dir)) this.unwatch(dir, w);
          else if (this.dirWatchers.has(named)) this.unwatch(named);
        }
        this.scheduleReindex();
      });
      // A deleted folder ends its watcher with an error: re-index to notice (and warn, for a sources folder).
      w.on('error', () => {
        this.unwatch(dir, w);
        if (this.folders.includes(dir)) this.watchedState = undefined;
        this.scheduleReindex();
      });
      this.dirWatchers.set(dir, w);
    } catch (e) {
      if (this.folders.includes(dir) || !this.watchFailed) this.hooks.log(`cannot watch ${dir}: ${e instanceof Error ? e.message : String(e)}`);
      this.watchFailed = true;
    }
  }

  /** Stops watching a folder (only through `which`, when given: a newer watcher of the same path stays). */
  private unwatch(dir: string, which?: FSWatcher): void {
    const w = this.dirWatchers.get(dir);
    if (which) which.close();
    if (!w || (which && w !== which)) return;
    w.close();
    this.dirWatchers.delete(dir);
  }

  /** A missing folder: watch its nearest existing parent and re-index once the folder appears. */
  private watchForCreation(folder: string): void {
    let parent = path.dirname(folder);
    while (!existsSync(parent) && parent !== path.dirname(parent)) parent = path.dirname(parent);
    try {
      const w = watch(parent, { persistent: false }, () => {
        if (existsSync(folder)) this.scheduleReindex();
      });
      w.on('error', () => {
        w.close();
        this.watchedState = undefined;
      });
      this.watchers.push(w);
    } catch (e) {
      this.hooks.log(`cannot watch ${parent}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private closeWatchers(): void {
    for (const w of this.watchers) w.close();
    for (const w of this.dirWatchers.values()) w.close();
    this.watchers = [];
    this.dirWatchers.clear();
    this.watchedState = undefined;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.closeWatchers();
    this.markListed();
    this.markReady();
  }
}

export class SourceManager {
  private readonly sets = new Map<string, SourceSet>();
  /** Folders already warned about, until they can be read again. */
  private readonly missing = new Set<string>();
  /** Folder of the persisted indexes (set at initialize, before any set is made). */
  cacheDir: string | undefined;

  constructor(private readonly hooks: SourceHooks) {}

  /** The set for these folders, created (and its loading started) on first use. */
  get(folders: string[]): SourceSet {
    const key = folders.join('\u0000');
    let set = this.sets.get(key);
    if (!set) {
      set = new SourceSet(key, folders, this.hooks, this.missing, this.cacheDir);
      this.sets.set(key, set);
      void set.reindex();
    }
    return set;
  }

  byKey(key: string): SourceSet | undefined {
    return this.sets.get(key);
  }

  all(): SourceSet[] {
    return [...this.sets.values()];
  }

  /** A file changed on disk (reported by the client): re-index the sets that hold it. */
  fileChanged(file: string): void {
    for (const set of this.sets.values()) if (set.holds(file)) set.scheduleReindex();
  }

  /** Drops the sets no open document uses any more. */
  retain(keys: ReadonlySet<string>): void {
    for (const [key, set] of this.sets) {
      if (!keys.has(key)) {
        set.dispose();
        this.sets.delete(key);
      }
    }
  }

  dispose(): void {
    for (const set of this.sets.values()) set.dispose();
    this.sets.clear();
  }
}

/** With several folders, article paths are prefixed with the folder's name (made unique). */
export function folderPrefixes(folders: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (folders.length < 2) return out;
  const used = new Set<string>();
  for (const folder of folders) {
    const base = path.basename(folder) || 'sources';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    out.set(folder, name + '/');
  }
  return out;
}

function commonParent(folders: readonly string[]): string {
  let parent = path.dirname(folders[0]);
  while (!folders.every((f) => f.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)) && parent !== path.dirname(parent)) parent = path.dirname(parent);
  return parent;
}

/**
 * The fingerprint of the index of one listed folder, from its files' paths, sizes and mtimes (what is
 * skipped on reading follows from them); undefined while a file may still be changing: one changed
 * within the last moments may change again without its size or mtime changing.
 */
function settledFingerprint(files: readonly SourceFile[], listSkipped: readonly SkippedFile[]): string | undefined {
  const settled = files.every((f) => f.mtimeMs < Date.now() - SETTLED_MS);
  return settled ? indexFingerprint(buildKey(), signatureOf([{ files: [...files] }], listSkipped, [])) : undefined;
}

function signatureOf(listed: readonly { files: SourceFile[] }[], skipped: readonly SkippedFile[], missing: readonly string[]): string {
  return JSON.stringify([listed.map((l) => l.files.map((f) => [f.absolute, f.size, f.mtimeMs])), skipped.map((k) => [k.path, k.reason]), missing]);
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Waits for every promise to settle, or `ms`, whichever comes first. */
async function settledWithin(promises: readonly Promise<unknown>[], ms: number): Promise<void> {
  if (!promises.length) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(promises), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
