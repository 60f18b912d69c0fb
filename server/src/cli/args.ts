export type Format = 'text' | 'json' | 'sarif';

export interface CliArgs {
  command: 'check' | 'help' | 'version';
  sources?: string;
  /** Folder for the persisted source index (reused while the sources are unchanged). */
  cache?: string;
  format: Format;
  all: boolean;
  /** Reports larger than this many bytes are not checked (0: no limit). */
  maxFileSize: number;
  files: string[];
}

/** The same default as the editor's `claimcheck.maxFileSize`. */
export const DEFAULT_MAX_REPORT_BYTES = 2 * 1024 * 1024;

export class UsageError extends Error {}

export const USAGE = `usage: claimcheck check [--sources DIR] [--cache DIR] [--format text|json|sarif] [--all] [--max-file-size SIZE] FILE…

Checks every number and named entity in each FILE against the articles in DIR
(default: the bundled seed articles).

  --sources DIR   folder of source articles (.txt, .md), read recursively
  --cache DIR     keep the analysed sources in DIR; later runs re-read only changed files
  --format F      text (default), json, or sarif (SARIF 2.1.0)
  --all           text format: list supported claims too
  --max-file-size SIZE
                  skip a FILE larger than SIZE bytes (suffix K, KB, M, MB, G, GB; 0: no
                  limit; default 2MB, as the editor's claimcheck.maxFileSize); a skipped
                  FILE is named on stderr and makes the exit status 2

exit status: 0 nothing contradicted, 1 something contradicted, 2 bad usage, or a FILE
unreadable, not text, or skipped for its size (the other FILEs are still checked)`;

export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { command: 'check', format: 'text', all: false, maxFileSize: DEFAULT_MAX_REPORT_BYTES, files: [] };
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { ...out, command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { ...out, command: 'version' };
  if (argv[0] !== 'check') throw new UsageError(`unknown command "${argv[0]}"`);
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--sources' || a.startsWith('--sources=')) out.sources = value();
    else if (a === '--cache' || a.startsWith('--cache=')) out.cache = value();
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
      out.format = f;
    } else if (a === '--max-file-size' || a.startsWith('--max-file-size=')) out.maxFileSize = parseSize(value());
    else if (a === '--all') out.all = true;
    else if (a === '--') out.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else out.files.push(a);
  }
  if (out.files.length === 0) throw new UsageError('no FILE to check');
  return out;
}

/** "2097152", "512K", "2MB", "1.5 GB" → bytes (units of 1024, as cspell's --max-file-size). */
export function parseSize(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb|b)?\s*$/i.exec(v);
  if (!m) throw new UsageError(`--max-file-size: "${v}" is not a size (bytes, or a number with K, KB, M, MB, G or GB)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}
