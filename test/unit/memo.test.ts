import { strict as assert } from 'node:assert';
import { remembered } from '../../server/src/engine/text/memo';
import { Lru } from '../../server/src/engine/index/store';

describe('remembered', () => {
  it('computes once per key, and again only after the memory was dropped at capacity', () => {
    const calls: string[] = [];
    const upper = remembered((k) => (calls.push(k), k.toUpperCase()), 2);
    assert.equal(upper('a'), 'A');
    assert.equal(upper('a'), 'A');
    assert.equal(upper('b'), 'B');
    assert.deepEqual(calls, ['a', 'b']);
    assert.equal(upper('c'), 'C'); // full: forgets a and b
    assert.equal(upper('a'), 'A');
    assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
  });
  it('remembers falsy answers too', () => {
    let n = 0;
    const empty = remembered(() => (n++, ''));
    empty('x');
    empty('x');
    assert.equal(n, 1);
  });
});

describe('Lru.getOr', () => {
  it('computes a missing value once and keeps it, within capacity', () => {
    const lru = new Lru<string, number>(2);
    let n = 0;
    assert.equal(lru.getOr('a', () => ++n), 1);
    assert.equal(lru.getOr('a', () => ++n), 1);
    lru.getOr('b', () => ++n);
    lru.getOr('c', () => ++n); // evicts the least recently used: a
    assert.equal(lru.getOr('a', () => ++n), 4);
  });
});
