export type Format = 'text' | 'json' | 'sarif';

export interface CliArgs {
  command: 'check' | 'help' | 'version';
  sources?: string;
  format: Format;
  all: boolean;
  files: string[];
}

export class UsageError extends Error {}

export const USAGE = `usage: claimcheck check [--sources DIR] [--format text|json|sarif] [--all] FILE…

Checks every number and named entity in each FILE against the articles in DIR
(default: the bundled seed articles).

  --sources DIR   folder of source articles (.txt, .md), read recursively
  --format F      text (default), json, or sarif (SARIF 2.1.0)
  --all           text format: list supported claims too

exit status: 0 nothing contradicted, 1 something contradicted, 2 bad usage or unreadable input`;

export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { command: 'check', format: 'text', all: false, files: [] };
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
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
      out.format = f;
    } else if (a === '--all') out.all = true;
    else if (a === '--') out.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else out.files.push(a);
  }
  if (out.files.length === 0) throw new UsageError('no FILE to check');
  return out;
}
