import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { extractNumbers, formatSuggestion } from '../../server/src/engine/numbers';
import type { Lang, NumberClaim, Quantity } from '../../server/src/engine/types';

const LANGS: Lang[] = ['en', 'ru', 'ar', 'zh', 'und'];

/** Every claim list must be sorted, non-overlapping, exact on the text, on code-point boundaries, with finite values. */
function assertWellFormed(text: string, claims: NumberClaim[]): void {
  let last = 0;
  for (const c of claims) {
    assert.ok(c.start >= last && c.end > c.start && c.end <= text.length, `span ${c.start}-${c.end} after ${last}`);
    assert.equal(text.slice(c.start, c.end), c.text);
    for (const at of [c.start, c.end]) {
      const before = text.charCodeAt(at - 1);
      assert.ok(!(before >= 0xd800 && before <= 0xdbff && at < text.length), `offset ${at} splits a surrogate pair`);
    }
    const q = c.quantity;
    assert.ok(Number.isFinite(q.value), `value ${q.value}`);
    assert.ok(Number.isFinite(q.precision) && q.precision > 0, `precision ${q.precision}`);
    assert.ok(Number.isFinite(q.scale), `scale ${q.scale}`);
    assert.ok(!Number.isNaN(q.low) && !Number.isNaN(q.high) && q.low <= q.value && q.value <= q.high);
    last = c.end;
  }
}

/** Pieces real text is made of, so that random sentences hit the grammar rather than only noise. */
const PIECES = [
  '22', '33.7', '14,000', '70,2', '٣٣٫٧', '٢٠١٧', '۱۲', '１２', '2017', '1,5', '0800', ' ', ' ', '\u00a0', '\u200f', '\u200e', '\u200d',
  '\u0301', '%', '٪', '$', '£', 'US$', '¥', '-', '–', '.', ',', ':', '/', '&', '(', ')', 'million', 'bn', 'm', 'k', 'percent',
  'per cent', 'years', 'ago', 'more than', 'about', 'first', 'five', 'months', 'quarter', 'twice', 'a', 'month', 'July', 'May',
  'Monday', 'th', 'am', 'p.m.', 'HER', 'G', 'млн', 'млрд', 'долларов', 'лет', 'назад', 'году', 'более', 'около', 'первом', 'квартале',
  'раз', 'в', 'месяц', 'седьмым', 'июля', 'مليار', 'ألف', 'دولار', 'عاماً', 'قبل', 'في المئة', 'نحو', 'الثالثة', 'يومين', 'مرتين',
  'الشهر', 'يوم', 'الإثنين', 'عام', '亿', '万', '元', '年', '月', '日', '前', '五', '个', '两', '十', '第', '次', '每月', '百分之', '点', '多',
  '约', '以上', '星期', '一', '𠮷', '😀', '\n',
];

const sentence = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

describe('numbers: robustness', function () {
  // Thousands of random texts: more than mocha's default two seconds on a slow machine.
  this.timeout(30_000);

  it('reads random mixtures of real pieces without throwing, and keeps claims well-formed', () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom(...LANGS), (text, lang) => {
        assertWellFormed(text, extractNumbers(text, lang, { date: '2017-07-02' }));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads arbitrary Unicode (lone surrogates, combining marks, RTL marks) without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...LANGS), (text, lang) => {
        assertWellFormed(text, extractNumbers(text, lang));
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a 5,000-digit figure instead of reporting Infinity, and still reads what follows', () => {
    const text = `${'9'.repeat(5000)} and 22 million visitors, ${'1'.repeat(400)}.${'5'.repeat(400)}%`;
    const claims = extractNumbers(text, 'en');
    assertWellFormed(text, claims);
    assert.deepEqual(claims.map((c) => c.text), ['22 million']);
  });

  it('keeps RTL and zero-width marks out of spans but reads across them', () => {
    const text = 'بلغ \u200f22 مليون\u200f زائر';
    const claims = extractNumbers(text, 'ar');
    assert.deepEqual(claims.map((c) => c.text), ['22 مليون']);
  });

  it('writes a suggestion for any claim and any source without throwing', () => {
    const dims: Quantity['dimension'][] = ['count', 'money', 'percent', 'points', 'year', 'date', 'month', 'weekday', 'duration', 'ordinal', 'frequency', 'measure', 'time', 'period'];
    const source = fc.record({
      dimension: fc.constantFrom(...dims),
      value: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.double({ min: 0, max: 1e13, noNaN: true })),
      precision: fc.constantFrom(0.1, 1, 1e6, 1e8),
      scale: fc.constantFrom(1, 1e3, 1e6, 1e9),
      currency: fc.constantFrom(undefined, 'USD', 'CNY', 'RUB'),
      timeUnit: fc.constantFrom(undefined, 'day' as const, 'year' as const),
      month: fc.integer({ min: 1, max: 12 }),
    }).map((r): Quantity => ({ ...r, low: r.value, high: r.value, hedge: 'exact', period: { unit: 'month', from: 1, to: 1 + (r.month % 12) } }));
    fc.assert(
      fc.property(sentence, fc.constantFrom(...LANGS), source, (text, lang, src) => {
        for (const claim of extractNumbers(text, lang)) {
          const out = formatSuggestion(claim, src, lang);
          assert.equal(typeof out, 'string');
          assert.ok(!/NaN|Infinity|undefined/.test(out), out);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
