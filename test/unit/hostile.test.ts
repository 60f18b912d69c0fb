// Hostile input through the engine and the CLI: every bad file or folder gets a clear message, and
// everything else still works. (The same inputs through the language server: test/protocol/faults.input.test.ts.)
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Checker, SourceIndex, type CheckedClaim, type Range } from '../../server/src/engine';
import { chunkEnd, splitSentences } from '../../server/src/engine/text/segment';
import { visibleControls } from '../../server/src/engine/text/controls';
import { parseSize } from '../../server/src/cli/args';

const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
/** Running as root, chmod 000 blocks nothing: such cases run the CLI as this unprivileged user instead. */
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { asNobody?: boolean } = {}): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(options.asNobody && isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOut {
  files: { path: string; claims: { text: string; start: number; end: number; range: Range; verdict: string; source: string | null }[] }[];
  summary: Record<string, number>;
}

const ARTICLE = 'Zorbia industry\n\nThe Zorbian plant produced 4,321 tractors in 2019.\n';
const SENTENCE = 'The Zorbian plant produced 4,321 tractors in 2019.';
const UTF16_ARTICLE = 'Quxia mills\n\nThe Quxian mill made 8,765 chairs in 2018.\n';
const UTF16_SENTENCE = 'The Quxian mill made 8,765 chairs in 2018.';

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

/** The text an LSP range covers, with \n, \r\n and \r all ending a line (as LSP says). */
function textAt(text: string, range: Range): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  const offset = (p: Range['start']) => starts[p.line] + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

function assertWellFormed(text: string, claims: readonly CheckedClaim[]): void {
  let last = 0;
  for (const c of claims) {
    assert.ok(c.start >= last && c.end > c.start && c.end <= text.length, `span ${c.start}-${c.end} after ${last}`);
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.equal(textAt(text, c.range), c.text, `the range of "${c.text}" points at it`);
    last = c.end;
  }
}

describe('hostile input: sources folder (engine and CLI)', function () {
  this.timeout(60000);
  let dir: string;
  let sources: string;
  let report: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-hostile-'));
    chmodSync(dir, 0o755);
    sources = path.join(dir, 'sources');
    mkdirSync(sources);
    const files: Record<string, string | Buffer> = {
      'good.txt': ARTICLE,
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'empty.txt': '',
      'blank.md': ' \n\r\n\t\n',
      'latin1.txt': Buffer.from('Caf\xe9 owners in Zorbia count 77 caf\xe9s.\n', 'latin1'),
      'utf16le.txt': utf16(UTF16_ARTICLE, 'le'),
      'utf16be.md': utf16(UTF16_ARTICLE.replace('8,765 chairs', '8,765 chairs and 12 tables'), 'be'),
      'utf16-odd.txt': Buffer.concat([utf16('Odd article\n', 'le'), Buffer.from([0x41])]),
      'crlf.txt': 'Crlf article\r\n\r\nThe Wexian port handled 5,150 ships in 2020.\r\nIt also built 31 cranes.\r\n',
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(sources, name), content);
    mkdirSync(path.join(sources, 'sub'));
    writeFileSync(path.join(sources, 'sub', 'nested.txt'), 'Nested\n\nThe Yorvic dam holds 612 million cubic metres.\n');
    symlinkSync('..', path.join(sources, 'sub', 'loop'));
    symlinkSync(path.join(sources, 'sub'), path.join(sources, 'sub-again'));
    symlinkSync(path.join(dir, 'nowhere'), path.join(sources, 'dangling.txt'));
    report = path.join(dir, 'report.md');
    writeFileSync(report, `# Report\n\n${SENTENCE}\n\n${UTF16_SENTENCE}\n\nThe Wexian port handled 5,150 ships in 2020.\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('skips binary, empty, blank, non-UTF-8 and broken UTF-16 files with a reason, and reads the rest', async () => {
    const index = await SourceIndex.load(sources);
    const reasons = new Map(index.skipped.map((s) => [s.path, s.reason]));
    assert.match(reasons.get('binary.txt') ?? '', /binary/);
    assert.match(reasons.get('empty.txt') ?? '', /empty/);
    assert.match(reasons.get('blank.md') ?? '', /no text/);
    assert.match(reasons.get('latin1.txt') ?? '', /not valid UTF-8 \(first bad byte at offset 3\)/);
    assert.match(reasons.get('utf16-odd.txt') ?? '', /UTF-16/);
    assert.match(reasons.get('dangling.txt') ?? '', /ENOENT/);
    assert.ok(!reasons.has('image.png') && !index.article('image.png'), 'only .txt and .md files are sources');
    const read = index.articles.map((a) => a.path).sort();
    assert.deepEqual(read, ['crlf.txt', 'good.txt', 'sub/nested.txt', 'utf16be.md', 'utf16le.txt']);
  });

  it('decodes UTF-16 with a BOM, little- and big-endian, with exact sentence offsets', async () => {
    const index = await SourceIndex.load(sources);
    for (const p of ['utf16le.txt', 'utf16be.md']) {
      const a = index.article(p);
      assert.ok(a, p);
      assert.equal(a.title, 'Quxia mills');
      assert.ok(!a.text.startsWith('\ufeff'), 'no BOM in the text');
      assert.ok(a.sentences.some((s) => s.text.startsWith(UTF16_SENTENCE.slice(0, 30))));
      for (const s of a.sentences) assert.equal(a.text.slice(s.start, s.end), s.text);
    }
  });

  it('follows a link to a folder once: a loop is reported, not followed', async () => {
    const index = await SourceIndex.load(sources);
    const reasons = new Map(index.skipped.map((s) => [s.path, s.reason]));
    assert.match(reasons.get('sub/loop') ?? '', /symbolic link loop/);
    assert.match(reasons.get('sub-again') ?? '', /already read/);
    assert.equal(index.articles.filter((a) => a.text.includes('Yorvic')).length, 1, 'the linked folder is read once');
  });

  it('points evidence from a CRLF source at the sentence', async () => {
    const index = await SourceIndex.load(sources);
    const crlf = index.article('crlf.txt');
    assert.ok(crlf);
    for (const s of crlf.sentences) assert.ok(!/[\r\n]/.test(s.text) && crlf.text.slice(s.start, s.end) === s.text);
    const claims = new Checker(index).check('The Wexian port handled 5,150 ships in 2020.');
    const figure = claims.find((c) => c.text === '5,150');
    assert.equal(figure?.verdict, 'supported');
    assert.equal(figure.evidence?.source, 'crlf.txt');
    assert.equal(textAt(crlf.text, figure.evidence.range), figure.evidence.sentence);
  });

  it('CLI: names every skipped source on stderr and checks against the rest', () => {
    const r = run(['check', '--format', 'json', '--sources', sources, report]);
    assert.equal(r.code, 0, r.stderr);
    for (const name of ['binary.txt', 'empty.txt', 'latin1.txt', 'utf16-odd.txt', 'sub/loop', 'dangling.txt']) {
      assert.match(r.stderr, new RegExp(`^claimcheck: skipped source ${name.replace('.', '\\.')}: .+$`, 'm'), name);
    }
    const out = JSON.parse(r.stdout) as JsonOut;
    const claims = out.files[0].claims;
    for (const figure of ['4,321', '8,765', '5,150']) assert.equal(claims.find((c) => c.text === figure)?.verdict, 'supported', figure);
  });

  it('skips a 50 MB source with its size and the limit, and the others still work', async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'claimcheck-big-'));
    try {
      writeFileSync(path.join(big, 'good.txt'), ARTICLE);
      writeFileSync(path.join(big, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'The Zorbian plant produced 9,999 tractors. '));
      const index = await SourceIndex.load(big);
      assert.deepEqual(index.articles.map((a) => a.path), ['good.txt']);
      assert.match(index.skipped.find((s) => s.path === 'huge.txt')?.reason ?? '', /too large \(50\.0 MB; the limit is 16\.0 MB\)/);
      const r = run(['check', '--format', 'json', '--sources', big, report]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /skipped source huge\.txt: too large \(50\.0 MB/);
      const out = JSON.parse(r.stdout) as JsonOut;
      assert.equal(out.files[0].claims.find((c) => c.text === '4,321')?.verdict, 'supported');
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });

  it('a sources folder that does not exist, or is a file: exit 2 with the reason', async () => {
    const missing = path.join(dir, 'no-such-folder');
    await assert.rejects(SourceIndex.load(missing), /sources folder .*no-such-folder cannot be read: ENOENT/);
    let r = run(['check', '--sources', missing, report]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^claimcheck: sources folder .*no-such-folder cannot be read: ENOENT$/m);
    assert.equal(r.stdout, '');
    r = run(['check', '--sources', report, report]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /sources path .*report\.md is not a folder/);
  });

  it('an empty sources folder: a warning, and every claim unverified', () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const r = run(['check', '--format', 'json', '--sources', empty, report]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /no readable articles in .*empty; every claim will be unverified/);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.ok(out.files[0].claims.length > 0);
    assert.ok(out.files[0].claims.every((c) => c.verdict === 'unverified'));
  });

  it('an unreadable sources folder (chmod 000): exit 2; an unreadable subfolder is skipped', () => {
    if (isRoot) console.log('      (running as root, where chmod 000 blocks nothing: the CLI runs as uid 65534)');
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'good.txt'), ARTICLE);
    const partly = path.join(dir, 'partly');
    mkdirSync(path.join(partly, 'closed'), { recursive: true });
    writeFileSync(path.join(partly, 'good.txt'), ARTICLE);
    writeFileSync(path.join(partly, 'closed', 'secret.txt'), ARTICLE);
    chmodSync(partly, 0o755);
    chmodSync(locked, 0o000);
    chmodSync(path.join(partly, 'closed'), 0o000);
    try {
      let r = run(['check', '--sources', locked, report], { asNobody: true });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /sources folder .*locked cannot be read: EACCES/);
      r = run(['check', '--format', 'json', '--sources', partly, report], { asNobody: true });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /skipped source closed: folder cannot be read: EACCES/);
      assert.equal((JSON.parse(r.stdout) as JsonOut).files[0].claims.find((c) => c.text === '4,321')?.verdict, 'supported');
    } finally {
      chmodSync(locked, 0o755);
      chmodSync(path.join(partly, 'closed'), 0o755);
    }
  });
});

describe('hostile input: reports (engine and CLI)', function () {
  this.timeout(60000);
  let dir: string;
  let sources: string;
  let index: SourceIndex;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-hostile-report-'));
    sources = path.join(dir, 'sources');
    mkdirSync(sources);
    writeFileSync(path.join(sources, 'good.txt'), ARTICLE);
    writeFileSync(path.join(sources, 'crlf.txt'), 'Crlf article\r\n\r\nThe Wexian port handled 5,150 ships in 2020.\r\n');
    index = await SourceIndex.load(sources);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  }

  it('CRLF, CR and mixed line ends: every claim range points at the claim (engine, CLI text and JSON)', () => {
    const text = `# Report\r\n\r\nIntro line without claims.\r\n${SENTENCE}\r\n\r\nOld Mac line\rThe Wexian port handled 5,150 ships in 2020.\n\nLast: 4,321 tractors.\r\n`;
    const claims = new Checker(index).check(text);
    assertWellFormed(text, claims);
    assert.deepEqual(
      claims.filter((c) => c.kind === 'number').map((c) => [c.text, c.range.start.line]),
      [['4,321', 3], ['2019', 3], ['5,150', 6], ['2020', 6], ['4,321', 8]],
    );
    const file = write('crlf.md', text);
    const json = run(['check', '--format', 'json', '--sources', sources, file]);
    assert.equal(json.code, 0, json.stderr);
    for (const c of (JSON.parse(json.stdout) as JsonOut).files[0].claims) {
      assert.equal(textAt(text, c.range), c.text);
      assert.equal(text.slice(c.start, c.end), c.text);
    }
    const plain = run(['check', '--all', '--sources', sources, file]);
    const line = plain.stdout.split('\n').find((l) => l.includes('"5,150"'));
    assert.ok(line?.startsWith(`${file}:7:25: supported`), line);
  });

  it('reads a UTF-16 report with a BOM, refuses a binary or non-UTF-8 one with the reason, and checks the others', () => {
    const le = write('le.md', utf16(`${SENTENCE}\n`, 'le'));
    const be = write('be.md', utf16(`${SENTENCE}\n`, 'be'));
    const bin = write('bin.md', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
    const latin1 = write('latin1.md', Buffer.from('Caf\xe9 sold 12 cakes.\n', 'latin1'));
    const empty = write('empty.md', '');
    const r = run(['check', '--format', 'json', '--sources', sources, le, bin, be, latin1, empty]);
    assert.equal(r.code, 2, 'an unreadable input makes the exit status 2');
    assert.match(r.stderr, /cannot read .*bin\.md: binary file/);
    assert.match(r.stderr, /cannot read .*latin1\.md: not valid UTF-8 \(first bad byte at offset 3\)/);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.deepEqual(out.files.map((f) => path.basename(f.path)), ['le.md', 'be.md', 'empty.md']);
    for (const f of out.files.slice(0, 2)) assert.equal(f.claims.find((c) => c.text === '4,321')?.verdict, 'supported', f.path);
    assert.deepEqual(out.files[2].claims, []);
  });

  it('a 5 MB single-line report: the CLI names it as over --max-file-size (exit 2) and checks the other files', () => {
    const big = write('one-line.md', `${SENTENCE} `.repeat(Math.ceil((5 * 1024 * 1024) / (SENTENCE.length + 1))));
    const small = write('small.md', `${SENTENCE}\n`);
    const r = run(['check', '--format', 'json', '--sources', sources, big, small]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /skipped .*one-line\.md: it is 5\.0 MB, over the --max-file-size limit of 2\.0 MB/);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.deepEqual(out.files.map((f) => path.basename(f.path)), ['small.md']);
    assert.equal(out.files[0].claims.find((c) => c.text === '4,321')?.verdict, 'supported');
    assert.equal(parseSize('8MB'), 8 * 1024 * 1024);
    assert.equal(parseSize('512k'), 512 * 1024);
    assert.equal(parseSize('0'), 0);
    assert.throws(() => parseSize('lots'), /not a size/);
    const bad = run(['check', '--max-file-size', 'lots', small]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-file-size: "lots" is not a size/);
  });

  it('a long single line within the limit (600 KB) is checked whole, with well-formed claims', () => {
    const text = `${SENTENCE} `.repeat(Math.ceil((600 * 1024) / (SENTENCE.length + 1)));
    const file = write('long-line.md', text);
    const r = run(['check', '--format', 'json', '--sources', sources, file]);
    assert.equal(r.code, 0, r.stderr);
    const claims = (JSON.parse(r.stdout) as JsonOut).files[0].claims;
    const repeats = text.split('4,321').length - 1;
    assert.equal(claims.filter((c) => c.text === '4,321').length, repeats, 'no figure lost or cut at a window boundary');
    assert.ok(claims.filter((c) => c.text === '4,321').every((c) => c.verdict === 'supported'));
    for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
  });

  it('a report that is only numbers: every figure a claim, all unverified, in order', () => {
    const figures = Array.from({ length: 400 }, (_, i) => String((i * 7919) % 100000 + 10));
    const text = figures.join(' ') + '\n' + figures.join('\n');
    const claims = new Checker(index).check(text);
    assertWellFormed(text, claims);
    assert.ok(claims.length >= figures.length, `${claims.length} claims`);
    assert.ok(claims.every((c) => c.kind === 'number' && c.verdict === 'unverified'));
  });

  it('a 5,000-digit number is not a claim (no Infinity), and the rest of the sentence is still read', () => {
    const text = `${'9'.repeat(5000)} and ${SENTENCE} ${'1'.repeat(400)}.${'5'.repeat(400)} percent, ${'8'.repeat(3000)} million.`;
    const claims = new Checker(index).check(text);
    assertWellFormed(text, claims);
    assert.ok(claims.every((c) => !c.quantity || Number.isFinite(c.quantity.value)));
    assert.ok(claims.every((c) => c.text.length < 100), claims.map((c) => c.text.slice(0, 20)).join(', '));
    assert.equal(claims.find((c) => c.text === '4,321')?.verdict, 'supported');
    const file = write('digits.md', text);
    const r = run(['check', '--format', 'json', '--sources', sources, file]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok((JSON.parse(r.stdout) as JsonOut).files[0].claims.some((c) => c.text === '4,321'));
  });

  it('right-to-left and zero-width marks around figures and names stay out of spans, verdicts unchanged', () => {
    const text = 'The \u200fZorbian\u200f plant produced \u200e4,321\u200e tractors in \u2068\u200b2019\u200b\u2069.';
    const claims = new Checker(index).check(text);
    assertWellFormed(text, claims);
    assert.deepEqual(
      claims.map((c) => [c.text, c.verdict]),
      [['Zorbian', 'supported'], ['4,321', 'supported'], ['2019', 'supported']],
    );
  });

  it('combining marks on a name keep it one name; Arabic-Indic digits with Arabic grouping read as the figure', () => {
    const text = 'The Zorbia\u0301n plant produced \u0664\u066c\u0663\u0662\u0661 tractors in 2019.';
    const claims = new Checker(index).check(text);
    assertWellFormed(text, claims);
    assert.deepEqual(
      claims.map((c) => [c.text, c.verdict]),
      [['Zorbia\u0301n', 'supported'], ['\u0664\u066c\u0663\u0662\u0661', 'supported'], ['2019', 'supported']],
    );
  });

  // Owner: numbers (server/src/engine/numbers/tokens.ts). An invisible mark inside a figure splits it today:
  // "4,\u200f321" gives the claims "4" and "321", both *contradicted* by the source's 4,321 — a false
  // contradiction the writer cannot see. Marks inside a digit run (U+200B–U+200F, U+2060, U+FEFF, combining
  // marks) should be read through, keeping the span over the whole figure.
  it.skip('reads a figure through an invisible mark inside it (owner: numbers)', () => {
    for (const figure of ['4,\u200f321', '4\u200b,321', '4,3\u030121', '4,32\u20601']) {
      const claims = new Checker(index).check(`The Zorbian plant produced ${figure} tractors in 2019.`);
      assert.ok(claims.every((c) => c.verdict !== 'contradicted'), `${JSON.stringify(figure)}: ${claims.map((c) => `${c.text} ${c.verdict}`).join(', ')}`);
      assert.ok(claims.some((c) => c.text === figure && c.quantity?.value === 4321), JSON.stringify(figure));
    }
  });

  // Owner: entities (server/src/engine/entities/tokens.ts). A zero-width space or joiner inside a name ends it:
  // "Zor\u200bbian" gives the claim "Zor" (unverified) and drops the rest. Word-internal U+200B–U+200D and
  // U+2060 should be read through (the span covering the whole name).
  it.skip('reads a name through a zero-width character inside it (owner: entities)', () => {
    const claims = new Checker(index).check('The Zor\u200bbian plant produced 4,321 tractors in 2019.');
    assert.deepEqual(claims.filter((c) => c.kind === 'entity').map((c) => [c.text, c.verdict]), [['Zor\u200bbian', 'supported']]);
  });

  it('never splits a figure, a name or a surrogate pair at the segmenter window boundary', () => {
    const pad = 'x'.repeat(3997);
    for (const text of [`${pad} 123456 more`, `${'x'.repeat(3999)}😀 12 more`, `${'y '.repeat(1999)}Zorbian 4,321`, `${'٣'.repeat(3999)}\u0301 5`]) {
      const sentences = splitSentences(text);
      for (const s of sentences) {
        assert.equal(text.slice(s.start, s.end), s.text);
        const before = text.charCodeAt(s.end - 1);
        assert.ok(!(before >= 0xd800 && before <= 0xdbff), 'no lone high surrogate at a sentence end');
      }
    }
    const claims = new Checker(index).check(`${'x'.repeat(3997)} 123456 and more`);
    assert.deepEqual(claims.map((c) => c.text), ['123456']);
    assert.equal(chunkEnd('a'.repeat(10), 0, 4), 4);
    assert.equal(chunkEnd('abcdef ghij', 0, 8), 7, 'after the space in the last quarter');
    assert.equal(chunkEnd('a😀', 0, 2), 1, 'not inside a surrogate pair');
    assert.equal(chunkEnd('1\u00a0234\u00a0567', 0, 6), 6, 'a grouping space between digits is no place to cut');
  });

  it('"A. A. A. …" (abbreviation joins) never makes one unbounded sentence', () => {
    const text = 'A. '.repeat(20000);
    const sentences = splitSentences(text);
    assert.ok(sentences.length > 1 && sentences.every((s) => s.text.length <= 4000), `${sentences.length} sentences`);
  });

  it('CLI text output shows control characters from sources and reports, never sends them to the terminal', () => {
    const evil = path.join(dir, 'evil-sources');
    mkdirSync(evil);
    // OSC 52 (write the clipboard), a colour, a title, and a right-to-left override inside the quote.
    writeFileSync(path.join(evil, 'x\u001b[31m.txt'), 'Evil\n\nThe Zorbian plant \u001b]52;c;ZXZpbA==\u0007produced \u202e4,321 tractors in 2019.\u001b]0;pwned\u0007\n');
    const file = write('ctl.md', 'The Zorbian plant produced 4,329 tractors in 2019.\u001b[2J\n');
    const r = run(['check', '--all', '--sources', evil, file]);
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(r.stdout), JSON.stringify(r.stdout));
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(r.stderr), JSON.stringify(r.stderr));
    assert.match(r.stdout, /\\x1b\]52;c;ZXZpbA==\\x07/);
    assert.match(r.stdout, /<U\+202E>/);
    assert.equal(visibleControls('a\tb\u001bc\u009bd\u202ee\u200ff'), 'a b\\x1bc\\x9bd<U+202E>e\u200ff');
  });
});
