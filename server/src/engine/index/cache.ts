// The persisted index: one binary file per sources folder and engine build, holding each article (its
// fields, text and sentence offsets, with the file's size and mtime) and the anchor ids of every sentence.
//
// Layout: "CCINDEX1", u32 header length, header JSON, then 4-byte aligned sections (offsets in the header
// are relative to the first section), then a CRC-32 of everything before it. A file that is missing,
// truncated, damaged, written by another engine build or for another folder is ignored (the index is
// rebuilt and the file replaced); files are written to a temporary name and renamed into place.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Article, Lang } from '../types';
import { lazyArticle, rawOf, wellFormed } from './codec';
import type { IndexedArticle } from './worker';
import { pauser, SLICE_MS } from './pause';

/** Bump when the file layout changes. Analysis changes are caught by the engine key (a hash of the code). */
const FORMAT = 3;
const MAGIC = 'CCINDEX1';
/**
 * Reading a cache checks and decodes ~100 MB at 10,000 articles on the server's thread: in chunks of these
 * sizes, with a yield to the event loop every SLICE_MS, so that hovers are answered meanwhile.
 */
const CRC_CHUNK = 4 << 20;
const CHECK_CHUNK = 1 << 19;
/** The loop that cuts the anchors out of their text asks whether to pause once per this many. */
const ANCHORS_PER_PAUSE = 1 << 14;

export interface CachedFile {
  size: number;
  mtimeMs: number;
  entry: IndexedArticle;
}

/** The whole index as stored: sentences numbered in file order, postings in CSR form (ids ascending). */
export interface StoredIndex {
  /** Paths in stored order. */
  order: string[];
  counts: Int32Array;
  ids: Int32Array;
  postStart: Int32Array;
  postIds: Int32Array;
}

export interface CacheContents {
  /** Anchor strings; the ids in the entries index this list. */
  anchors: string[];
  files: Map<string, CachedFile>;
  whole: StoredIndex;
  /** When the file was written (ms since epoch). */
  written: number;
}

export interface CacheEntry extends IndexedArticle {
  size: number;
  mtimeMs: number;
}

interface FileRecord {
  p: string;
  s: number;
  m: number;
  l: Lang;
  t: string;
  /** Date: a string, null for a date key holding undefined, absent for no date key. */
  d?: string | null;
  e: 'utf8' | 'utf16le';
  b: number;
  /** Length of the text in UTF-16 code units. */
  u: number;
  n: number;
  a: number;
}

interface Header {
  format: number;
  engine: string;
  root: string;
  maxFileBytes: number;
  endian: string;
  written: number;
  anchors: number;
  /** How many file records the files section holds. */
  files: number;
  sections: Record<SectionName, [number, number]>;
}

type SectionName = 'text' | 'sentences' | 'counts' | 'ids' | 'postStart' | 'postIds' | 'anchorLengths' | 'anchorText' | 'files';
const SECTIONS: SectionName[] = ['text', 'sentences', 'counts', 'ids', 'postStart', 'postIds', 'anchorLengths', 'anchorText', 'files'];
/**
 * The file records are lines of JSON, each an array of this many: parsed a line at a time, with pauses
 * between (10,000 records in one JSON.parse held a restarting server for ~50 ms).
 */
const RECORDS_PER_LINE = 256;

let engineKeyMemo: string | null | undefined;

/**
 * A hash of the running engine's code (the bundle, or this module when the engine is not bundled), so that
 * a cache written by another build, whose analysis may differ, is never used. Null when it cannot be read.
 */
export function engineKey(): string | null {
  if (engineKeyMemo === undefined) {
    try {
      engineKeyMemo = createHash('sha1').update(`claimcheck-index/${FORMAT}\n`).update(readFileSync(__filename)).digest('hex');
    } catch {
      engineKeyMemo = null;
    }
  }
  return engineKeyMemo;
}

function cacheFile(cacheDir: string, root: string, key: string): string {
  const folder = createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(cacheDir, folder, `index-${key.slice(0, 16)}.bin`);
}

const align4 = (n: number): number => (n + 3) & ~3;

/** Reads the cache of a sources folder; undefined when there is none that this engine can trust. */
export async function readCache(cacheDir: string, root: string, maxFileBytes: number): Promise<CacheContents | undefined> {
  const key = engineKey();
  if (!key) return undefined;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(cacheFile(cacheDir, root, key), 'r');
  } catch {
    return undefined;
  }
  try {
    return await decode(handle, key, path.resolve(root), maxFileBytes);
  } catch {
    return undefined;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads `length` bytes at `position` into a buffer of its own (so that typed arrays over it are aligned). */
async function readExactly(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buf, done, length - done, position + done);
    if (bytesRead === 0) throw new Error('truncated');
    done += bytesRead;
  }
  return buf;
}

async function decode(handle: fs.FileHandle, key: string, root: string, maxFileBytes: number): Promise<CacheContents | undefined> {
  const pause = pauser(SLICE_MS);
  const size = (await handle.stat()).size;
  if (size < 16) return undefined;
  const start = await readExactly(handle, 0, 12);
  if (start.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const headerLength = start.readUInt32LE(8);
  const base = align4(12 + headerLength);
  if (base + 4 > size) return undefined;
  const head = await readExactly(handle, 12, base - 12);
  let crc = crc32(head, crc32(start));
  const header = JSON.parse(head.toString('utf8', 0, headerLength)) as Header;
  if (header.format !== FORMAT || header.engine !== key || header.root !== root || header.maxFileBytes !== maxFileBytes || header.endian !== endianness()) return undefined;
  if (!Number.isInteger(header.files) || !Number.isInteger(header.anchors) || typeof header.written !== 'number') return undefined;
  // Sections lie one after another, each padded to 4 bytes; each is read into a buffer of its own.
  const bodies = {} as Record<SectionName, Buffer>;
  let at = base;
  for (const name of SECTIONS) {
    const [off, len] = header.sections[name];
    if (!Number.isInteger(off) || !Number.isInteger(len) || len < 0 || base + off !== at || at + align4(len) + 4 > size) return undefined;
    const body = await readExactly(handle, at, align4(len));
    for (let from = 0; from < body.length; from += CRC_CHUNK) {
      crc = crc32(body.subarray(from, from + CRC_CHUNK), crc);
      await pause();
    }
    bodies[name] = body.subarray(0, len);
    at += align4(len);
  }
  if (at + 4 !== size) return undefined;
  if ((await readExactly(handle, at, 4)).readUInt32LE(0) !== crc >>> 0) return undefined;
  const ints = (name: SectionName): Int32Array => {
    const b = bodies[name];
    if (b.length % 4 !== 0) throw new Error(`bad section ${name}`);
    return new Int32Array(b.buffer, b.byteOffset, b.length / 4);
  };
  const section = (name: SectionName): Buffer => bodies[name];
  const text = section('text');
  const sentences = ints('sentences');
  const counts = ints('counts');
  const ids = ints('ids');
  const postStart = ints('postStart');
  const postIds = ints('postIds');
  const anchorLengths = ints('anchorLengths');
  const anchorText = section('anchorText').toString('utf16le');
  if (anchorLengths.length !== header.anchors) return undefined;
  const anchors: string[] = new Array<string>(header.anchors);
  for (let i = 0, from = 0; i < anchorLengths.length; i++) {
    if (i % ANCHORS_PER_PAUSE === 0) await pause();
    const len = anchorLengths[i];
    if (len < 0 || from + len > anchorText.length) return undefined;
    anchors[i] = anchorText.slice(from, from + len);
    from += len;
  }
  if (!(await allBelow(ids, header.anchors, pause))) return undefined;
  if (postStart.length !== header.anchors + 1 || postStart[0] !== 0 || postStart[header.anchors] !== postIds.length || postIds.length !== ids.length) return undefined;
  for (let a = 0; a < header.anchors; a++) if (postStart[a + 1] < postStart[a]) return undefined;
  if (!(await allBelow(postIds, counts.length, pause))) return undefined;

  const files = new Map<string, CachedFile>();
  const order: string[] = [];
  let textAt = 0;
  let sentenceAt = 0;
  let idAt = 0;
  const records = section('files');
  for (let from = 0; from < records.length; ) {
    const end = records.indexOf(10, from);
    const to = end < 0 ? records.length : end;
    const line: unknown = JSON.parse(records.toString('utf8', from, to));
    from = to + 1;
    if (!Array.isArray(line)) return undefined;
    await pause();
    for (const f of line as FileRecord[]) {
      if (typeof f !== 'object' || f === null || typeof f.p !== 'string') return undefined;
      if (typeof f.s !== 'number' || typeof f.m !== 'number' || (f.e !== 'utf8' && f.e !== 'utf16le')) return undefined;
      if (!Number.isInteger(f.b) || !Number.isInteger(f.u) || !Number.isInteger(f.n) || !Number.isInteger(f.a) || f.b < 0 || f.u < 0 || f.n < 0 || f.a < 0) return undefined;
      if (textAt + f.b > text.length || sentenceAt + f.n > counts.length || (sentenceAt + f.n) * 3 > sentences.length || idAt + f.a > ids.length) return undefined;
      const articleCounts = counts.subarray(sentenceAt, sentenceAt + f.n);
      let sum = 0;
      for (const c of articleCounts) sum += c;
      if (sum !== f.a) return undefined;
      const article = lazyArticle(
        { path: f.p, lang: f.l, title: f.t, ...(f.d === undefined ? {} : { date: f.d }) },
        { bytes: text.subarray(textAt, textAt + f.b), encoding: f.e, textLength: f.u, offsets: sentences.subarray(sentenceAt * 3, (sentenceAt + f.n) * 3) },
      );
      files.set(f.p, { size: f.s, mtimeMs: f.m, entry: { article, counts: articleCounts, ids: ids.subarray(idAt, idAt + f.a) } });
      order.push(f.p);
      textAt += f.b;
      sentenceAt += f.n;
      idAt += f.a;
    }
  }
  if (order.length !== header.files || textAt !== text.length || sentenceAt !== counts.length || idAt !== ids.length) return undefined;
  return { anchors, files, whole: { order, counts, ids, postStart, postIds }, written: header.written };
}

/** Whether every value lies in 0 … limit - 1, checked a chunk at a time. */
async function allBelow(values: Int32Array, limit: number, pause: () => Promise<void> | undefined): Promise<boolean> {
  for (let from = 0; from < values.length; from += CHECK_CHUNK) {
    const to = Math.min(values.length, from + CHECK_CHUNK);
    for (let i = from; i < to; i++) if (values[i] < 0 || values[i] >= limit) return false;
    await pause();
  }
  return true;
}

/** What the index hands to writeCache: its articles in order, and its arrays when they can be stored as they are. */
export interface CacheSource {
  entries: readonly CacheEntry[];
  anchors: readonly string[];
  /** All entries' anchor ids one after another, and postings over that numbering, when the index holds them so. */
  whole?: { ids: Int32Array; postStart: Int32Array; postIds: Int32Array };
}

/** Writes the cache of a sources folder. Never throws: a cache is a convenience. */
export async function writeCache(cacheDir: string, root: string, maxFileBytes: number, source: CacheSource): Promise<boolean> {
  const key = engineKey();
  if (!key) return false;
  const file = cacheFile(cacheDir, root, key);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const handle = await fs.open(tmp, 'w');
    let ok = false;
    try {
      ok = await encode(new Sink(handle), key, path.resolve(root), maxFileBytes, source);
    } finally {
      await handle.close();
    }
    if (!ok) throw new Error('not storable');
    await fs.rename(tmp, file);
    await tidy(path.dirname(file), file);
    return true;
  } catch {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    return false;
  }
}

/** Buffered sequential writes with a running CRC-32. */
class Sink {
  private readonly buf = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  crc = 0;
  written = 0;

  constructor(private readonly handle: fs.FileHandle) {}

  async add(data: Uint8Array): Promise<void> {
    this.crc = crc32(data, this.crc);
    this.written += data.length;
    if (this.used + data.length > this.buf.length) await this.flush();
    if (data.length >= this.buf.length) await this.writeAll(data);
    else {
      this.buf.set(data, this.used);
      this.used += data.length;
    }
  }

  async ints(data: Int32Array): Promise<void> {
    await this.add(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }

  async pad(): Promise<void> {
    const n = align4(this.written) - this.written;
    if (n) await this.add(Buffer.alloc(n));
  }

  async flush(): Promise<void> {
    if (this.used) await this.writeAll(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  private async writeAll(data: Uint8Array): Promise<void> {
    for (let done = 0; done < data.length; ) done += (await this.handle.write(data, done, data.length - done)).bytesWritten;
  }
}

interface Prepared {
  record: FileRecord;
  text: Uint8Array | string;
  offsets: Int32Array | undefined;
}

async function encode(sink: Sink, key: string, root: string, maxFileBytes: number, source: CacheSource): Promise<boolean> {
  const { entries, anchors: anchorStrings } = source;
  // Only the anchors in use are stored, renumbered by first use; when all are in use they keep their ids.
  const remap = new Int32Array(anchorStrings.length).fill(-1);
  const anchors: string[] = [];
  let totalIds = 0;
  for (const e of entries) {
    totalIds += e.ids.length;
    for (let i = 0; i < e.ids.length; i++) {
      const old = e.ids[i];
      if (remap[old] < 0) {
        remap[old] = anchors.length;
        anchors.push(anchorStrings[old]);
      }
    }
  }
  const identity = anchors.length === anchorStrings.length && remap.every((id, i) => id === i);
  if (identity) anchors.splice(0, anchors.length, ...anchorStrings);

  const prepared: Prepared[] = [];
  let textBytes = 0;
  let totalSentences = 0;
  for (const e of entries) {
    const a: Article = e.article;
    const raw = rawOf(a);
    let text: Uint8Array | string;
    let encoding: 'utf8' | 'utf16le';
    let bytes: number;
    let textLength: number;
    let n: number;
    if (raw) {
      text = raw.bytes;
      encoding = raw.encoding;
      bytes = raw.bytes.length;
      textLength = raw.textLength;
      n = raw.offsets.length / 3;
    } else {
      text = a.text;
      encoding = wellFormed(a.text) ? 'utf8' : 'utf16le';
      bytes = Buffer.byteLength(a.text, encoding);
      textLength = a.text.length;
      n = a.sentences.length;
      for (const s of a.sentences) if (a.text.slice(s.start, s.end) !== s.text || Object.keys(s).length !== 4) return false; // not restorable from offsets
    }
    if (e.counts.length !== n) return false;
    const record: FileRecord = { p: a.path, s: e.size, m: e.mtimeMs, l: a.lang, t: a.title, e: encoding, b: bytes, u: textLength, n, a: e.ids.length };
    if ('date' in a) record.d = a.date ?? null;
    prepared.push({ record, text, offsets: raw?.offsets });
    textBytes += bytes;
    totalSentences += n;
  }

  const anchorLengths = Int32Array.from(anchors, (s) => s.length);
  const anchorText = Buffer.from(anchors.join(''), 'utf16le');
  const lines: string[] = [];
  for (let k = 0; k < prepared.length; k += RECORDS_PER_LINE) lines.push(JSON.stringify(prepared.slice(k, k + RECORDS_PER_LINE).map((p) => p.record)));
  const recordLines = Buffer.from(lines.join('\n'), 'utf8');
  const sizes: Record<SectionName, number> = {
    text: textBytes,
    sentences: totalSentences * 12,
    counts: totalSentences * 4,
    ids: totalIds * 4,
    postStart: (anchors.length + 1) * 4,
    postIds: totalIds * 4,
    anchorLengths: anchorLengths.byteLength,
    anchorText: anchorText.length,
    files: recordLines.length,
  };
  const sections = {} as Record<SectionName, [number, number]>;
  let off = 0;
  for (const name of SECTIONS) {
    sections[name] = [off, sizes[name]];
    off += align4(sizes[name]);
  }
  const header: Header = {
    format: FORMAT,
    engine: key,
    root,
    maxFileBytes,
    endian: endianness(),
    written: Date.now(),
    anchors: anchors.length,
    files: prepared.length,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(headerBytes.length, 8);
  await sink.add(head);
  await sink.add(headerBytes);
  await sink.pad();

  for (const p of prepared) await sink.add(typeof p.text === 'string' ? Buffer.from(p.text, p.record.e) : p.text);
  await sink.pad();
  for (let k = 0; k < prepared.length; k++) {
    const offsets = prepared[k].offsets ?? Int32Array.from(entries[k].article.sentences.flatMap((s) => [s.start, s.end, s.paragraph]));
    await sink.ints(offsets);
  }
  for (const e of entries) await sink.ints(e.counts);
  // Anchor ids, then postings over the stored numbering (sentence ids in file order, ascending in each list).
  const whole = source.whole;
  let ids: Int32Array;
  if (identity && whole && whole.ids.length === totalIds) ids = whole.ids;
  else {
    ids = new Int32Array(totalIds);
    let at = 0;
    for (const e of entries) for (let i = 0; i < e.ids.length; i++) ids[at++] = remap[e.ids[i]];
  }
  await sink.ints(ids);
  if (identity && whole && whole.ids.length === totalIds) {
    await sink.ints(whole.postStart);
    await sink.ints(whole.postIds);
  } else {
    const postStart = new Int32Array(anchors.length + 1);
    for (let i = 0; i < ids.length; i++) postStart[ids[i] + 1]++;
    for (let a = 0; a < anchors.length; a++) postStart[a + 1] += postStart[a];
    const postIds = new Int32Array(ids.length);
    const fill = postStart.slice(0, anchors.length);
    let sentence = 0;
    let k = 0;
    for (const e of entries) for (const c of e.counts) for (const end = k + c, sid = sentence++; k < end; k++) postIds[fill[ids[k]]++] = sid;
    await sink.ints(postStart);
    await sink.ints(postIds);
  }
  await sink.ints(anchorLengths);
  await sink.add(anchorText);
  await sink.pad();
  await sink.add(recordLines);
  await sink.pad();
  const tail = Buffer.alloc(4);
  tail.writeUInt32LE(sink.crc >>> 0, 0);
  await sink.add(tail);
  await sink.flush();
  return true;
}

/** Keeps the newest few caches of other engine builds for this folder, and drops stale temporary files. */
async function tidy(dir: string, keep: string): Promise<void> {
  try {
    const names = await fs.readdir(dir);
    const others: { file: string; mtime: number }[] = [];
    for (const name of names) {
      const file = path.join(dir, name);
      if (file === keep) continue;
      const st = await fs.stat(file).catch(() => undefined);
      if (!st) continue;
      if (name.endsWith('.tmp')) {
        if (Date.now() - st.mtimeMs > 10 * 60_000) await fs.rm(file, { force: true });
      } else if (/^index-[0-9a-f]+\.bin$/.test(name)) others.push({ file, mtime: st.mtimeMs });
    }
    others.sort((a, b) => b.mtime - a.mtime);
    for (const o of others.slice(2)) await fs.rm(o.file, { force: true });
  } catch {
    // tidying is best effort
  }
}
