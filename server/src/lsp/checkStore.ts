// Check results kept across restarts: per source set, the paragraphs checked last, stored with the
// fingerprint of the exact index they were checked against (engine build + every file's size and mtime).
// A restart that loads that same index shows a reopened report's diagnostics without checking it again.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CheckedClaim } from '../engine';

/** Paragraphs kept per source set: the last ones checked. */
const MAX_PARAGRAPHS = 5000;
/** Writes wait for this much quiet after the last check. */
const WRITE_DELAY_MS = 1000;
const FORMAT = 1;

interface Stored {
  fingerprint: string;
  paragraphs: Map<string, CheckedClaim[]>;
  dirty: boolean;
}

export class CheckStore {
  private readonly sets = new Map<string, Stored>();
  private readonly reads = new Map<string, Promise<Stored | undefined>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dir: () => string | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** Starts reading what is stored for a source set, so that `restore` can answer at once later. */
  prefetch(setKey: string): void {
    if (!this.sets.has(setKey) && !this.reads.has(setKey)) this.reads.set(setKey, this.read(setKey));
  }

  /** The paragraphs stored for a source set under this fingerprint (none when it differs). */
  async restore(setKey: string, fingerprint: string): Promise<ReadonlyMap<string, CheckedClaim[]>> {
    let stored = this.sets.get(setKey);
    if (!stored) {
      let read = this.reads.get(setKey);
      if (!read) this.reads.set(setKey, (read = this.read(setKey)));
      stored = await read;
      if (stored && !this.sets.has(setKey)) this.sets.set(setKey, stored);
      stored = this.sets.get(setKey);
    }
    return stored?.fingerprint === fingerprint ? stored.paragraphs : new Map();
  }

  /** Keeps the paragraphs of a check and writes them once the checks have settled. */
  remember(setKey: string, fingerprint: string, paragraphs: Iterable<[string, CheckedClaim[]]>): void {
    let stored = this.sets.get(setKey);
    if (!stored || stored.fingerprint !== fingerprint) this.sets.set(setKey, (stored = { fingerprint, paragraphs: new Map(), dirty: false }));
    for (const [key, claims] of paragraphs) {
      if (stored.paragraphs.get(key) === claims) continue;
      stored.paragraphs.delete(key);
      stored.paragraphs.set(key, claims);
      stored.dirty = true;
    }
    for (const key of stored.paragraphs.keys()) {
      if (stored.paragraphs.size <= MAX_PARAGRAPHS) break;
      stored.paragraphs.delete(key);
    }
    if (stored.dirty) this.schedule();
  }

  /** Writes what changed now (at shutdown). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const [setKey, stored] of this.sets) {
      if (!stored.dirty) continue;
      stored.dirty = false;
      await this.write(setKey, stored).catch((e: unknown) => this.log(`storing check results: ${e instanceof Error ? e.message : String(e)}`));
    }
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), WRITE_DELAY_MS);
    this.timer.unref();
  }

  private fileOf(setKey: string): string | undefined {
    const dir = this.dir();
    return dir ? path.join(dir, 'checks', `${createHash('sha1').update(setKey).digest('hex').slice(0, 16)}.json`) : undefined;
  }

  private async read(setKey: string): Promise<Stored | undefined> {
    const file = this.fileOf(setKey);
    if (!file) return undefined;
    try {
      const data: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
      if (!isRecord(data) || data.format !== FORMAT || data.set !== setKey || typeof data.fingerprint !== 'string' || !Array.isArray(data.paragraphs)) return undefined;
      const paragraphs = new Map<string, CheckedClaim[]>();
      for (const p of data.paragraphs) {
        if (Array.isArray(p) && typeof p[0] === 'string' && Array.isArray(p[1])) paragraphs.set(p[0], p[1] as CheckedClaim[]);
      }
      return { fingerprint: data.fingerprint, paragraphs, dirty: false };
    } catch {
      return undefined; // none yet, or unreadable: check afresh
    }
  }

  private async write(setKey: string, stored: Stored): Promise<void> {
    const file = this.fileOf(setKey);
    if (!file) return;
    await fs.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    const body = JSON.stringify({ format: FORMAT, set: setKey, fingerprint: stored.fingerprint, paragraphs: [...stored.paragraphs] });
    await fs.writeFile(tmp, body);
    await fs.rename(tmp, file).catch(async (e: unknown) => {
      await fs.rm(tmp, { force: true });
      throw e;
    });
  }
}

/** The fingerprint of an index loaded from these files by this engine build; undefined when it cannot be trusted. */
export function indexFingerprint(engine: string | null, signature: string): string | undefined {
  return engine ? createHash('sha1').update(engine).update('\u0000').update(signature).digest('hex') : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
