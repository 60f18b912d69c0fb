import { strict as assert } from 'node:assert';
import { collectGarbage } from '../../server/src/lsp/memory';

describe('lsp: memory', () => {
  it('collectGarbage frees unreachable typed arrays now, not at some later collection', () => {
    const before = process.memoryUsage().arrayBuffers;
    let big: Int32Array | undefined = new Int32Array(16 * 1024 * 1024).fill(1); // 64 MB, as an index build leaves behind
    assert.ok(process.memoryUsage().arrayBuffers >= before + 60e6);
    big = undefined;
    collectGarbage();
    assert.equal(big, undefined);
    assert.ok(process.memoryUsage().arrayBuffers < before + 8e6, `still ${(process.memoryUsage().arrayBuffers / 1e6).toFixed(0)} MB of array buffers`);
  });

  it('leaves the calling context without a gc global', () => {
    collectGarbage();
    assert.equal((globalThis as { gc?: unknown }).gc, undefined);
  });
});
