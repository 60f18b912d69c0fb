import { strict as assert } from 'node:assert';
import { pauser } from '../../server/src/engine/index/pause';

describe('pauser: yields to the event loop in long loops', () => {
  it('costs nothing while the slice lasts', () => {
    const pause = pauser(60_000);
    for (let i = 0; i < 1000; i++) assert.equal(pause(), undefined);
  });

  it('lets callbacks already queued run once the slice is over', async () => {
    const pause = pauser(0);
    const ran: string[] = [];
    setImmediate(() => ran.push('queued before'));
    const p = pause();
    assert.ok(p instanceof Promise);
    assert.deepEqual(ran, []);
    await p;
    assert.deepEqual(ran, ['queued before']);
  });
});
