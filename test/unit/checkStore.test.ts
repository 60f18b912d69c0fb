import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CheckedClaim } from '../../server/src/engine';
import { CheckStore, indexFingerprint } from '../../server/src/lsp/checkStore';

const claim = (text: string): CheckedClaim => ({
  kind: 'number',
  text,
  start: 0,
  end: text.length,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } },
  verdict: 'unverified',
  reason: 'no source states this figure for the same quantity',
});

describe('server: stored check results', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back, in a new session, what was stored for the same fingerprint only', async () => {
    const first = new CheckStore(() => dir, () => undefined);
    first.remember('/sources', 'f1', [['\u0000Zland exported 999 tractors.', [claim('999')]]]);
    await first.flush();
    const second = new CheckStore(() => dir, () => undefined);
    const same = await second.restore('/sources', 'f1');
    assert.deepStrictEqual([...same], [['\u0000Zland exported 999 tractors.', [claim('999')]]]);
    assert.equal((await new CheckStore(() => dir, () => undefined).restore('/sources', 'f2')).size, 0, 'another index');
    assert.equal((await new CheckStore(() => dir, () => undefined).restore('/other', 'f1')).size, 0, 'another source set');
  });

  it('ignores a damaged file, and writes nothing without a cache folder', async () => {
    const store = new CheckStore(() => dir, () => undefined);
    store.remember('/sources', 'f1', [['p', [claim('1')]]]);
    await store.flush();
    const [file] = readdirSync(path.join(dir, 'checks'));
    writeFileSync(path.join(dir, 'checks', file), '{"format":1,"set":"/sources","fingerprint":"f1","paragraphs":[[');
    assert.equal((await new CheckStore(() => dir, () => undefined).restore('/sources', 'f1')).size, 0);
    const none = new CheckStore(() => undefined, () => undefined);
    none.remember('/sources', 'f1', [['p', [claim('1')]]]);
    await none.flush();
    assert.equal((await none.restore('/sources', 'f1')).size, 1, 'kept in memory');
  });

  it('fingerprints change with the engine build and with the files, and need a known build', () => {
    assert.notEqual(indexFingerprint('engine-a', 'files'), indexFingerprint('engine-b', 'files'));
    assert.notEqual(indexFingerprint('engine-a', 'files'), indexFingerprint('engine-a', 'files2'));
    assert.equal(indexFingerprint(null, 'files'), undefined);
  });
});
