// Listing a sources folder: what the language server needs before it loads the engine (the listing says
// which index is coming, and so which stored check results may be shown), hence no import beyond Node's.
import { promises as fs, statSync, type Stats } from 'node:fs';
import * as nodePath from 'node:path';
import type { SkippedFile } from '../types';

export interface SourceFile {
  /** Path relative to the root, with forward slashes. */
  path: string;
  absolute: string;
  size: number;
  mtimeMs: number;
}

/** How a file that could not be read (as against one whose content was refused) is reported: the reason's start. */
export const UNREADABLE = 'cannot be read';
/** Files stat'ed between two yields to the event loop while listing. */
const STATS_PER_SLICE = 256;
const TEXT_FILE = /\.(txt|text|md|markdown|mdown)$/i;

/**
 * Lists the text and Markdown files below `root`, following links once and never looping. `onFolder`, when
 * given, hears of every folder (the root first) just before it is read: a watcher made then misses nothing.
 */
export async function listSourceFiles(root: string, skipped: SkippedFile[] = [], onFolder?: (dir: string) => void): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  let statted = 0;
  let rootStat;
  try {
    rootStat = await fs.stat(root);
  } catch (e) {
    throw new Error(`sources folder ${root} cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (!rootStat.isDirectory()) throw new Error(`sources path ${root} is not a folder`);
  async function walk(dir: string, ancestors: readonly string[]): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      skipped.push({ path: rel(dir), reason: `cannot resolve: ${(e as NodeJS.ErrnoException).code}` });
      return;
    }
    if (ancestors.includes(real)) {
      skipped.push({ path: rel(dir), reason: 'symbolic link loop (a link to a folder that contains it); not followed' });
      return;
    }
    if (seen.has(real)) {
      skipped.push({ path: rel(dir), reason: 'folder already read through another link; not read twice' });
      return;
    }
    seen.add(real);
    onFolder?.(dir);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      // The folder itself: nothing can be checked, say so as loudly as a missing folder.
      if (dir === root) throw new Error(`sources folder ${root} cannot be read: ${code}`);
      skipped.push({ path: rel(dir), reason: `folder cannot be read: ${code}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const relDir = dir === root ? '' : `${rel(dir)}/`;
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k];
      if (entry.name.startsWith('.')) continue;
      // A synchronous stat costs a few microseconds, an asynchronous one a thread-pool round trip (tens):
      // in a folder of thousands of files that is most of a restart. Yield now and then instead.
      if (++statted % STATS_PER_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const abs = nodePath.join(dir, entry.name);
      let st: Stats;
      try {
        st = statSync(abs);
      } catch (e) {
        skipped.push({ path: rel(abs), reason: `${UNREADABLE}: ${(e as NodeJS.ErrnoException).code}` });
        continue;
      }
      if (st.isDirectory()) await walk(abs, [...ancestors, real]);
      else if (st.isFile() && TEXT_FILE.test(entry.name)) out.push({ path: relDir + entry.name, absolute: abs, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
  function rel(abs: string): string {
    return nodePath.relative(root, abs).split(nodePath.sep).join('/') || '.';
  }
  await walk(root, []);
  return out;
}
