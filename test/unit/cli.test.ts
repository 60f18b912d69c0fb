import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI end to end', () => {
  let dir: string;
  let sources: string;
  let good: string;
  let bad: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cli-'));
    sources = path.join(dir, 'sources');
    mkdirSync(sources);
    writeFileSync(
      path.join(sources, 'trade.txt'),
      'Ministry of Commerce report\nTrade between Norway and Chile rose 33.7 percent in 2017 to 223.1 billion kroner, the ministry said.\n',
    );
    good = path.join(dir, 'good.md');
    bad = path.join(dir, 'bad.md');
    writeFileSync(good, '# Briefing\n\nTrade between Norway and Chile rose 33.7 percent in 2017 to 223.1 billion kroner, the ministry said.\n');
    writeFileSync(bad, '# Briefing\n\nTrade between Norway and Chile rose 35.2 percent in 2017 to 223.1 billion kroner, the ministry said.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON contract and exits 0 when nothing is contradicted', () => {
    const r = run(['check', '--format', 'json', '--sources', sources, good]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { files: { path: string; claims: Record<string, unknown>[] }[]; summary: Record<string, number> };
    assert.equal(out.files.length, 1);
    const claims = out.files[0].claims;
    const text = 'Trade between Norway and Chile rose 33.7 percent';
    const figure = claims.find((c) => typeof c.text === 'string' && (c.text as string).includes('33.7'));
    assert.ok(figure, 'the figure is a claim');
    assert.equal(figure.verdict, 'supported');
    assert.equal(figure.source, 'trade.txt');
    assert.ok(String(figure.evidence).startsWith('Trade between Norway'));
    const fileText = `# Briefing\n\n${text}`;
    assert.equal(fileText.slice(figure.start as number, figure.end as number), figure.text);
    assert.deepEqual(figure.range, { start: { line: 2, character: figure.start as number - 12 }, end: { line: 2, character: figure.end as number - 12 } });
    for (const key of ['kind', 'text', 'start', 'end', 'range', 'verdict', 'source', 'evidence', 'evidenceRange', 'suggestion']) {
      assert.ok(key in figure, `claim has ${key}`);
    }
    assert.equal(out.summary.contradicted, 0);
  });

  it('exits 1 and prints a compiler-style line for a contradicted figure', () => {
    const r = run(['check', '--sources', sources, bad]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const line = r.stdout.split('\n').find((l) => l.includes('contradicted: "35.2'));
    assert.ok(line, r.stdout);
    assert.match(line, /bad\.md:3:\d+: contradicted: "35\.2[^"]*" — trade\.txt says 33\.7/);
    assert.match(r.stdout, /1 contradicted/);
  });

  it('writes SARIF 2.1.0 with the contradicted result and its fix', () => {
    const r = run(['check', '--format', 'sarif', '--sources', sources, bad]);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; fixes?: unknown[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((x) => x.ruleId === 'contradicted');
    assert.ok(result);
    assert.equal(result.locations[0].physicalLocation.region.startLine, 3);
    assert.ok(result.fixes && result.fixes.length === 1);
  });

  it('joins the wrapped lines of a Markdown report, and reads a .txt report a line at a time', () => {
    const wrapped = 'Trade between Norway and Chile rose 35.2\npercent in 2017 to 223.1 billion kroner, the ministry said.\n';
    const claimsOf = (name: string): string[] => {
      const file = path.join(dir, name);
      writeFileSync(file, wrapped);
      const r = run(['check', '--format', 'json', '--sources', sources, file]);
      const out = JSON.parse(r.stdout) as { files: { claims: { text: string; verdict: string }[] }[] };
      return out.files[0].claims.map((c) => `${c.text}: ${c.verdict}`);
    };
    assert.ok(claimsOf('wrapped.md').includes('35.2\npercent: contradicted'));
    const plain = claimsOf('wrapped.txt');
    assert.ok(!plain.some((c) => c.includes('\n')), plain.join(' | '));
    assert.ok(plain.some((c) => c.startsWith('35.2: ')), plain.join(' | '));
  });

  it('exits 2 with a message on bad usage and unreadable input', () => {
    const noFile = run(['check', '--sources', sources]);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stderr, /no FILE to check/);
    const badFormat = run(['check', '--format', 'xml', good]);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /unknown format "xml"/);
    const missing = run(['check', '--sources', sources, path.join(dir, 'nope.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope\.md: ENOENT/);
    const noSources = run(['check', '--sources', path.join(dir, 'absent'), good]);
    assert.equal(noSources.code, 2);
    assert.match(noSources.stderr, /sources folder .*absent cannot be read: ENOENT/);
  });
});
