import { strict as assert } from 'node:assert';
import type { Hedge, Quantity } from '../../server/src/engine';
import { compare } from '../../server/src/engine/verdict/compare';

function q(value: number, over: Partial<Quantity> = {}): Quantity {
  const hedge: Hedge = over.hedge ?? 'exact';
  const low = hedge === 'over' || hedge === 'atLeast' ? value : hedge === 'under' || hedge === 'atMost' || hedge === 'upTo' ? -Infinity : value;
  const high = hedge === 'under' || hedge === 'atMost' || hedge === 'upTo' ? value : hedge === 'over' || hedge === 'atLeast' ? Infinity : value;
  return { dimension: 'count', value, low, high, hedge, scale: 1, precision: 1, ...over };
}

describe('compare: the stance rules on quantities', () => {
  const cases: [string, Quantity, Quantity, string][] = [
    ['a transposed figure', q(37.3, { dimension: 'percent', precision: 0.1 }), q(33.7, { dimension: 'percent', precision: 0.1 }), 'conflict'],
    ['rounding the writer did: 34 for 33.7', q(34, { dimension: 'percent' }), q(33.7, { dimension: 'percent', precision: 0.1 }), 'match'],
    ['rounding that is too far: 35 for 33.7', q(35, { dimension: 'percent' }), q(33.7, { dimension: 'percent', precision: 0.1 }), 'conflict'],
    ['a hedge kept', q(22e6, { hedge: 'over', scale: 1e6, precision: 1e6 }), q(22e6, { hedge: 'over', scale: 1e6, precision: 1e6 }), 'match'],
    ['a hedge dropped', q(22e6, { scale: 1e6, precision: 1e6 }), q(22e6, { hedge: 'over', scale: 1e6, precision: 1e6 }), 'match'],
    ['fewer than 20 million against more than 22 million', q(20e6, { hedge: 'under', scale: 1e6, precision: 1e6 }), q(22e6, { hedge: 'over', scale: 1e6, precision: 1e6 }), 'conflict'],
    ['about 20 years against more than 30', q(20, { hedge: 'about', dimension: 'duration', timeUnit: 'year', ago: true }), q(30, { hedge: 'over', dimension: 'duration', timeUnit: 'year', ago: true }), 'conflict'],
    ['three decades against more than 30 years', q(3, { hedge: 'over', dimension: 'duration', timeUnit: 'decade', ago: true }), q(30, { hedge: 'over', dimension: 'duration', timeUnit: 'year', ago: true }), 'match'],
    ['more than 25 million against more than 22 million: not established', q(25e6, { hedge: 'over', precision: 1e6 }), q(22e6, { hedge: 'over', precision: 1e6 }), 'overlap'],
    ['a scale slip', q(22e3, { scale: 1e3, precision: 1e3 }), q(22e6, { scale: 1e6, precision: 1e6 }), 'conflict'],
    ['a scale slip under the same hedge', q(22e3, { hedge: 'over', scale: 1e3, precision: 1e3 }), q(22e6, { hedge: 'over', scale: 1e6, precision: 1e6 }), 'conflict'],
    ['another currency, same figure', q(32.8e9, { dimension: 'money', currency: 'CNY', scale: 1e9, precision: 1e8 }), q(32.8e9, { dimension: 'money', currency: 'USD', scale: 1e9, precision: 1e8 }), 'conflict'],
    ['another currency, another figure', q(70e9, { dimension: 'money', currency: 'RUB', scale: 1e9, precision: 1e9 }), q(70.2e9, { dimension: 'money', currency: 'USD', scale: 1e9, precision: 1e8 }), 'incomparable'],
    ['an ordinal', q(5, { dimension: 'ordinal' }), q(9, { dimension: 'ordinal' }), 'conflict'],
    ['a year against a date in that year', q(2017, { dimension: 'year' }), q(2, { dimension: 'date', month: 7, year: 2017 }), 'match'],
    ['a year against another year', q(2014, { dimension: 'year' }), q(2015, { dimension: 'year' }), 'conflict'],
    ['"ago" read into the same figure ("منذ 32 عامًا")', q(3, { dimension: 'duration', timeUnit: 'year', ago: true }), q(3, { dimension: 'duration', timeUnit: 'year' }), 'match'],
    ['"ago" against another length of time', q(3, { dimension: 'duration', timeUnit: 'year', ago: true }), q(5, { dimension: 'duration', timeUnit: 'year' }), 'incomparable'],
    ['more than 40 million against more than 20 million', q(40e6, { hedge: 'over', scale: 1e6, precision: 1e6 }), q(20e6, { hedge: 'over', scale: 1e6, precision: 1e6 }), 'conflict'],
    ['as many as 300 against 300', q(300, { hedge: 'upTo' }), q(300), 'match'],
    ['more than 5 % is not what one says of 70 %', q(5, { dimension: 'percent', hedge: 'over' }), q(70, { dimension: 'percent', hedge: 'about' }), 'overlap'],
    ['a month in another year', q(9, { dimension: 'month', month: 9, year: 2016 }), q(9, { dimension: 'month', month: 9, year: 2017 }), 'conflict'],
    ['a full date against another bare year: too unlike to contradict', q(30, { dimension: 'date', month: 5, year: 2005 }), q(2003, { dimension: 'year' }), 'overlap'],
    ['a bare count confirms the same figure in years', q(39), q(39, { dimension: 'duration', timeUnit: 'year' }), 'match'],
    ['a bare count never contradicts a figure in years', q(17), q(33, { dimension: 'duration', timeUnit: 'year' }), 'incomparable'],
    ['percent against a count', q(22, { dimension: 'percent' }), q(22, { dimension: 'count' }), 'incomparable'],
    ['a score and the same score', q(3, { dimension: 'score', score: { first: 3, second: 1 } }), q(3, { dimension: 'score', score: { first: 3, second: 1 } }), 'match'],
    ['a score written from the other side', q(1, { dimension: 'score', score: { first: 1, second: 3 } }), q(3, { dimension: 'score', score: { first: 3, second: 1 } }), 'match'],
    ['a score and another score', q(2, { dimension: 'score', score: { first: 2, second: 0 } }), q(1, { dimension: 'score', score: { first: 1, second: 0 } }), 'conflict'],
    ['a bare count may be one side of a score', q(38), q(38, { dimension: 'score', score: { first: 38, second: 17 } }), 'match'],
    ['a bare count never contradicts a score', q(15), q(3, { dimension: 'score', score: { first: 3, second: 1 } }), 'incomparable'],
    ['one figure never states a whole score', q(3, { dimension: 'score', score: { first: 3, second: 1 } }), q(3), 'incomparable'],
    ['once a month against at least twice a month', q(1, { dimension: 'frequency', timeUnit: 'month' }), q(2, { dimension: 'frequency', timeUnit: 'month', hedge: 'atLeast' }), 'conflict'],
  ];
  for (const [name, claim, source, want] of cases) {
    it(name, () => assert.equal(compare(claim, source).relation, want));
  }

  it('marks a scale or currency slip', () => {
    assert.equal(compare(q(22e3, { scale: 1e3, precision: 1e3 }), q(22e6, { scale: 1e6, precision: 1e6 })).unitSlip, true);
    assert.equal(compare(q(5, { dimension: 'ordinal' }), q(9, { dimension: 'ordinal' })).unitSlip, false);
  });
});
