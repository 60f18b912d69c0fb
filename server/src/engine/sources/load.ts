import { promises as fs } from 'node:fs';
import type { Article, SkippedFile } from '../types';
import { analyzeArticle } from './article';
import { decodeText } from './decode';
import { listSourceFiles, UNREADABLE, type SourceFile } from './list';

export { listSourceFiles, UNREADABLE, type SourceFile };

export interface LoadOptions {
  /** Files larger than this are skipped with a reason. */
  maxFileBytes?: number;
  /** Called between files so that a server can stay responsive and cancel. Return false to stop. */
  onProgress?: (done: number, total: number) => boolean | void | Promise<boolean | void>;
}

export interface Corpus {
  root: string;
  articles: Article[];
  skipped: SkippedFile[];
}

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads one source file into an article, or says why it was skipped. */
export async function readSourceFile(file: SourceFile, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<Article | SkippedFile> {
  if (file.size > maxFileBytes) {
    return { path: file.path, reason: `too large (${mb(file.size)} MB; the limit is ${mb(maxFileBytes)} MB)` };
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file.absolute);
  } catch (e) {
    return { path: file.path, reason: `${UNREADABLE}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if (bytes.length > maxFileBytes) return { path: file.path, reason: `too large (${mb(bytes.length)} MB)` };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { path: file.path, reason: decoded.reason };
  if (!decoded.text.trim()) return { path: file.path, reason: 'no text' };
  return analyzeArticle(file.path, decoded.text);
}

/** Loads every readable article below `root`; unreadable ones are listed in `skipped`, never fatal. */
export async function loadSources(root: string, options: LoadOptions = {}): Promise<Corpus> {
  const skipped: SkippedFile[] = [];
  const files = await listSourceFiles(root, skipped);
  const articles: Article[] = [];
  for (let i = 0; i < files.length; i++) {
    const got = await readSourceFile(files[i], options.maxFileBytes);
    if ('reason' in got) skipped.push(got);
    else articles.push(got);
    if (options.onProgress && (await options.onProgress(i + 1, files.length)) === false) break;
  }
  return { root, articles, skipped };
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
