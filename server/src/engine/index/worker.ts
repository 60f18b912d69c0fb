// Analysing articles for the index, on the calling thread or spread over worker threads.
// A worker reads and analyses whole articles and sends back each one packed, with its anchors interned
// in the worker's own table (new strings travel once); the main thread maps them to its table.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Article, SkippedFile } from '../types';
import { readSourceFile, type SourceFile } from '../sources/load';
import { analyzeText } from './analyze';
import { fromBytes, packArticle, toBytes, type BytePackedArticle } from './codec';
import { AnchorTable, IntVec } from './store';

const WORKER_TAG = 'claimcheck-index-worker/1';
/** A worker's heap: small young generation (its garbage is short-lived), bounded old generation. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 96 };

/** An article with the anchor ids of its sentences: counts[i] ids for sentence i, one after another in ids. */
export interface IndexedArticle {
  article: Article;
  counts: Int32Array;
  /** Two bytes an id while the anchor table is small enough (see narrowed). */
  ids: Int32Array | Uint16Array;
}

/**
 * The article with its ids in two bytes each when they all fit: a build holds every article's ids until
 * the index is assembled (16 MB saved at 10,000 articles, whose ~33,000 anchors fit).
 */
export function narrowed(e: IndexedArticle): IndexedArticle {
  if (!(e.ids instanceof Int32Array)) return e;
  const ids = e.ids;
  for (let k = 0; k < ids.length; k++) if (ids[k] > 0xffff) return e;
  return { ...e, ids: Uint16Array.from(ids) };
}

/** An article just analysed: its ids in four bytes, as the table that interned them may grow. */
type Analysed = IndexedArticle & { ids: Int32Array };

/** Analyses every sentence of an article and interns its anchors in `table`. */
export function indexArticle(article: Article, table: AnchorTable): Analysed {
  const counts = new Int32Array(article.sentences.length);
  const ids = new IntVec(article.sentences.length * 32);
  for (let i = 0; i < article.sentences.length; i++) {
    const anchors = analyzeText(article.sentences[i].text, article.lang, article.date).anchors;
    counts[i] = anchors.length;
    for (const a of anchors) ids.push(table.id(a));
  }
  return { article, counts, ids: ids.data.slice(0, ids.length) };
}

export type Job = { file: SourceFile; maxFileBytes?: number } | { article: Article };

interface Request {
  seq: number;
  job: Job;
}

type Reply =
  | { seq: number; kind: 'article'; packed?: BytePackedArticle; article?: Article; strings: string[]; counts: Int32Array; ids: Int32Array }
  | { seq: number; kind: 'skipped'; skipped: SkippedFile }
  | { seq: number; kind: 'error'; message: string };

export type JobResult = IndexedArticle | SkippedFile;

/** Runs a job on this thread. */
export async function runJob(job: Job, table: AnchorTable): Promise<Analysed | SkippedFile> {
  const got = 'file' in job ? await readSourceFile(job.file, job.maxFileBytes) : job.article;
  if (!('sentences' in got)) return got;
  return indexArticle(got, table);
}

/** The worker side: answers jobs until the thread is terminated. */
function serve(): void {
  const port = parentPort;
  if (!port) return;
  const table = new AnchorTable();
  let sent = 0;
  port.on('message', (req: Request) => {
    void (async (): Promise<void> => {
      let reply: Reply;
      try {
        const got = await runJob(req.job, table);
        if ('reason' in got) reply = { seq: req.seq, kind: 'skipped', skipped: got };
        else {
          const strings = table.strings.slice(sent);
          sent = table.size;
          // A job that carried its article needs only the anchors back.
          const fromFile = 'file' in req.job;
          const pack = fromFile ? packArticle(got.article) : undefined;
          const packed = pack ? toBytes(pack) : undefined;
          reply = { seq: req.seq, kind: 'article', packed, article: fromFile && !packed ? got.article : undefined, strings, counts: got.counts, ids: got.ids };
        }
      } catch (e) {
        reply = { seq: req.seq, kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      }
      const transfer: ArrayBuffer[] = [];
      if (reply.kind === 'article') {
        transfer.push(reply.counts.buffer as ArrayBuffer, reply.ids.buffer as ArrayBuffer);
        if (reply.packed) transfer.push(reply.packed.bytes.buffer as ArrayBuffer, reply.packed.sentences.buffer as ArrayBuffer);
      }
      port.postMessage(reply, transfer);
    })();
  });
}

if (!isMainThread && (workerData as { tag?: unknown } | null)?.tag === WORKER_TAG) serve();

/**
 * The script a worker can load: this very file when the engine is a library (the compiled modules, or a
 * bundle of the engine alone, as dist/engine.js that the server loads); `indexWorker.js` beside a program
 * bundle (dist/cli.js), whose top level would otherwise start the program again inside the worker.
 */
function workerScript(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  if (require.main && require.main.filename === __filename) {
    const beside = path.join(__dirname, 'indexWorker.js');
    return existsSync(beside) ? beside : undefined;
  }
  return __filename;
}

/** How many worker threads pay for `bytes` of text to analyse (0: stay on this thread). */
export function workersFor(bytes: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (bytes < 3 * 1024 * 1024) return 0;
  return Math.min(4, availableParallelism());
}

/**
 * Runs jobs on `count` worker threads; `done` receives each result (in completion order) with its job's
 * position. Jobs of a worker that fails to start or dies are run on this thread. `stop` is polled between
 * results: when it says so no further job is handed out.
 */
export async function runInWorkers(
  jobs: readonly Job[],
  count: number,
  table: AnchorTable,
  done: (i: number, result: JobResult) => void | Promise<void>,
  stop: () => boolean,
): Promise<void> {
  const script = workerScript();
  const leftovers: number[] = [];
  let next = 0;
  let failed = false;
  const halt = (): boolean => failed || stop();
  if (script && count > 0 && jobs.length > 0) {
    const run = (): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        let worker: Worker;
        try {
          worker = new Worker(script, { workerData: { tag: WORKER_TAG }, stdout: false, stderr: false, resourceLimits: WORKER_LIMITS });
        } catch {
          resolve();
          return;
        }
        const map = new IntVec(1024);
        const inFlight = new Map<number, number>();
        let seq = 0;
        let finished = false;
        const finish = (error?: Error): void => {
          if (finished) return;
          finished = true;
          for (const i of inFlight.values()) leftovers.push(i);
          inFlight.clear();
          if (error) failed = true;
          // Settled once the thread is gone: its heap is given back before the index is assembled.
          const settle = (): void => (error ? reject(error) : resolve());
          worker.terminate().then(settle, settle);
        };
        const feed = (): void => {
          while (inFlight.size < 3 && next < jobs.length && !halt()) {
            const i = next++;
            inFlight.set(seq, i);
            worker.postMessage({ seq: seq++, job: jobs[i] } satisfies Request);
          }
          if (inFlight.size === 0) finish();
        };
        worker.on('message', (reply: Reply) => {
          const i = inFlight.get(reply.seq);
          if (i === undefined || finished) return;
          inFlight.delete(reply.seq);
          if (reply.kind === 'error') {
            finish(new Error(reply.message));
            return;
          }
          let result: JobResult;
          if (reply.kind === 'skipped') result = reply.skipped;
          else {
            for (const s of reply.strings) map.push(table.id(s));
            const ids = reply.ids;
            for (let k = 0; k < ids.length; k++) ids[k] = map.data[ids[k]];
            const job = jobs[i];
            const article = 'article' in job ? job.article : reply.packed ? fromBytes(reply.packed) : reply.article;
            if (!article) {
              finish(new Error('index worker sent no article'));
              return;
            }
            result = { article, counts: reply.counts, ids };
          }
          Promise.resolve(done(i, result)).then(feed, (e: unknown) => finish(e instanceof Error ? e : new Error(String(e))));
        });
        // A worker that cannot run (no script, out of memory) hands its jobs back to this thread.
        worker.on('error', () => finish());
        worker.on('exit', () => finish());
        feed();
      });
    const settled = await Promise.allSettled(Array.from({ length: count }, run));
    for (const s of settled) if (s.status === 'rejected') throw s.reason;
  }
  for (; next < jobs.length && !stop(); next++) leftovers.push(next);
  leftovers.sort((a, b) => a - b);
  for (const i of leftovers) {
    if (stop()) break;
    await done(i, await runJob(jobs[i], table));
  }
}
