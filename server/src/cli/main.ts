import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Checker, SourceIndex } from '../engine';
import { decodeText } from '../engine/sources/decode';
import { visibleControls } from '../engine/text/controls';
import { parseArgs, USAGE, UsageError } from './args';
import { toJson, toSarif, toText, type FileResult } from './formats';

const VERSION = '0.1.0';

/** The bundled seed articles: next to dist/ in the repository and in the packaged extension. */
export function bundledSeeds(): string {
  return path.join(__dirname, '..', 'seeds');
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`claimcheck: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const sources = args.sources ?? bundledSeeds();
  let index: SourceIndex;
  try {
    index = await SourceIndex.load(sources, args.cache ? { cacheDir: args.cache } : {});
  } catch (e) {
    process.stderr.write(`claimcheck: ${(e as Error).message}\n`);
    return 2;
  }
  for (const s of index.skipped) process.stderr.write(`claimcheck: skipped source ${visibleControls(s.path)}: ${visibleControls(s.reason)}\n`);
  if (index.articles.length === 0) process.stderr.write(`claimcheck: no readable articles in ${sources}; every claim will be unverified\n`);

  const checker = new Checker(index);
  const results: FileResult[] = [];
  let unreadable = false;
  for (const file of args.files) {
    let text: string;
    try {
      const size = (await fs.stat(file)).size;
      if (args.maxFileSize > 0 && size > args.maxFileSize) {
        process.stderr.write(`claimcheck: skipped ${file}: it is ${mb(size)} MB, over the --max-file-size limit of ${mb(args.maxFileSize)} MB (raise it with --max-file-size, 0 for no limit)\n`);
        unreadable = true;
        continue;
      }
      const decoded = decodeText(await fs.readFile(file));
      if (!decoded.ok) {
        if (decoded.reason === 'empty file') text = '';
        else throw new Error(decoded.reason);
      } else text = decoded.text;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      process.stderr.write(`claimcheck: cannot read ${file}: ${err.code ?? err.message}\n`);
      unreadable = true;
      continue;
    }
    // A .txt report is read a line at a time; any other as Markdown, whose wrapped lines join.
    results.push({ path: file, claims: checker.check(text, { plainText: /\.te?xt$/i.test(file) }) });
  }
  const out = args.format === 'json' ? toJson(results) : args.format === 'sarif' ? toSarif(results, VERSION) : toText(results, args.all);
  await new Promise<void>((resolve) => process.stdout.write(out + '\n', () => resolve()));
  if (unreadable) return 2;
  return results.some((f) => f.claims.some((c) => c.verdict === 'contradicted')) ? 1 : 0;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`claimcheck: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
