import { strict as assert } from 'node:assert';
import { convertInto, extractNumbers, formatSuggestion, sameDimension } from '../../server/src/engine/numbers';
import { chineseNumeral } from '../../server/src/engine/numbers/render';
import { parseChineseNumeral } from '../../server/src/engine/numbers/chinese';
import type { Dimension, Lang, Quantity } from '../../server/src/engine/types';

function q(dimension: Dimension, value: number, extra: Partial<Quantity> = {}): Quantity {
  return { dimension, value, low: value, high: value, hedge: 'exact', scale: 1, precision: 1, ...extra };
}

/** The claim a writer's text makes (the longest one, when a text holds several). */
function claimOf(text: string, lang: Lang) {
  const claims = extractNumbers(text, lang);
  assert.ok(claims.length, `no claim in "${text}"`);
  return claims.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

const usd = (value: number, scale: number, precision: number): Quantity => q('money', value, { currency: 'USD', scale, precision });

describe('numbers: formatSuggestion', () => {
  const rows: [Lang, string, Quantity, string][] = [
    ['en', '35%', q('percent', 33.7, { precision: 0.1 }), '33.7%'],
    ['ru', '35 %', q('percent', 33.7, { precision: 0.1 }), '33,7 %'],
    ['en', '37.3 percent', q('percent', 33.7, { precision: 0.1 }), '33.7 percent'],
    ['en', '$32.8 million', usd(32.8e9, 1e9, 1e8), '$32.8 billion'],
    ['ru', '70,2 млн долларов', usd(70.2e9, 1e9, 1e8), '70,2 млрд долларов'],
    ['ar', '22 ألف', q('count', 22e6, { scale: 1e6, precision: 1e6 }), '22 مليون'],
    ['ar', '٦٠٫٢ مليار دولار', usd(70.2e9, 1e9, 1e8), '٧٠٫٢ مليار دولار'],
    ['en', 'seventh', q('ordinal', 6), 'sixth'],
    ['ru', 'седьмым', q('ordinal', 6), 'шестым'],
    ['ru', 'третьей', q('ordinal', 5), 'пятой'],
    ['ar', 'الثالثة', q('ordinal', 9), 'التاسعة'],
    ['ar', 'والسادس', q('ordinal', 4), 'والرابع'],
    ['en', '5th', q('ordinal', 9), '9th'],
    ['en', '21st', q('ordinal', 12), '12th'],
    ['ru', '125-й', q('ordinal', 250), '250-й'],
    ['zh', '第六次', q('ordinal', 5), '第五次'],
    ['en', 'second time', q('ordinal', 3), 'third time'],
    ['en', 'four', q('count', 5), 'five'],
    ['en', 'Four', q('count', 5), 'Five'],
    ['ru', 'двух', q('count', 3), 'трех'],
    ['ar', 'ثلاث سنوات', q('duration', 5, { timeUnit: 'year' }), 'خمس سنوات'],
    ['zh', '五年', q('duration', 3, { timeUnit: 'year' }), '三年'],
    ['en', '20 years', q('duration', 30, { timeUnit: 'year' }), '30 years'],
    ['en', 'three days', q('duration', 2, { timeUnit: 'day' }), 'two days'],
    ['en', 'three days', q('duration', 1, { timeUnit: 'day' }), 'one day'],
    ['en', 'three decades', q('duration', 20, { timeUnit: 'year' }), 'two decades'],
    ['ru', '25 лет', q('duration', 30, { timeUnit: 'year' }), '30 лет'],
    ['ru', '3 года', q('duration', 5, { timeUnit: 'year' }), '5 лет'],
    ['ar', '20 عاما', q('duration', 15, { timeUnit: 'year' }), '15 عاما'],
    ['ar', '20 عاماً', q('duration', 5, { timeUnit: 'year' }), '5 أعوام'],
    ['en', '2021', q('year', 2022), '2022'],
    ['ar', '٢٠١٤', q('year', 2015), '٢٠١٥'],
    ['ar', '32.8 مليار يوان', usd(32.8e9, 1e9, 1e8), '32.8 مليار دولار'],
    ['en', '223.1 billion dollars', q('money', 223.1e9, { currency: 'CNY', scale: 1e9, precision: 1e8 }), '223.1 billion yuan'],
    ['ru', '223,1 млрд долларов', q('money', 223.1e9, { currency: 'CNY', scale: 1e9, precision: 1e8 }), '223,1 млрд юаней'],
    ['zh', '2231亿美元', q('money', 223.1e9, { currency: 'CNY', scale: 1e8, precision: 1e8 }), '2231亿元'],
    ['en', '$72 billion', usd(70.2e9, 1e9, 1e8), '$70.2 billion'],
    ['en', '£375m', q('money', 125e6, { currency: 'GBP', scale: 1e6, precision: 1e6 }), '£125m'],
    ['en', '$32.8bn', usd(32.8e6, 1e6, 1e5), '$32.8m'],
    ['ru', '70 млрд рублей', q('money', 70e6, { currency: 'RUB', scale: 1e6, precision: 1e6 }), '70 млн рублей'],
    ['zh', '2231亿元', q('money', 300e9, { currency: 'CNY', scale: 1e9, precision: 1e9 }), '3000亿元'],
    ['en', '20 million', q('count', 22e6, { scale: 1e6, precision: 1e6 }), '22 million'],
    ['en', '1,500', q('count', 3000), '3,000'],
    ['en', '22 thousand', q('count', 500), '500'],
    ['ru', '32 процента', q('percent', 25), '25 процентов'],
    ['ru', '32 процента', q('percent', 21), '21 процент'],
    ['en', '994 mph', q('measure', 497, { measureUnit: 'mph' }), '497 mph'],
    ['en', '8 a.m.', q('time', 7), '7 a.m.'],
    ['en', '7 p.m.', q('time', 9), '9 a.m.'],
    ['en', 'twice a month', q('frequency', 3, { timeUnit: 'month' }), 'three times a month'],
    ['ru', 'раз в месяц', q('frequency', 2, { timeUnit: 'month' }), 'два раза в месяц'],
    ['ar', 'مرتين في الشهر', q('frequency', 3, { timeUnit: 'month' }), 'ثلاث مرات في الشهر'],
    ['en', 'Monday', q('weekday', 3), 'Wednesday'],
    ['ru', 'в среду', q('weekday', 5), 'пятницу'],
    ['zh', '星期一', q('weekday', 6), '星期六'],
    ['en', 'July 2, 2017', q('date', 3, { month: 7, year: 2017 }), 'July 3, 2017'],
    ['ru', '2 июля 2017', q('date', 5, { month: 8, year: 2018 }), '5 августа 2018'],
    ['en', 'first five months', q('period', 6, { period: { unit: 'month', from: 1, to: 6 } }), 'first six months'],
    ['ru', 'первом квартале', q('period', 1, { period: { unit: 'quarter', from: 2, to: 2 } }), 'втором квартале'],
    ['ar', 'الربع الأول', q('period', 1, { period: { unit: 'quarter', from: 2, to: 2 } }), 'الربع الثاني'],
    ['zh', '前五个月', q('period', 6, { period: { unit: 'month', from: 1, to: 6 } }), '前六个月'],
    ['en', 'January-May', q('period', 6, { period: { unit: 'month', from: 1, to: 6 } }), 'January-June'],
    ['en', 'won 2-0', q('score', 0, { score: { first: 0, second: 1 } }), '1-0'],
    ['en', 'lost 0-2', q('score', 3, { score: { first: 3, second: 1 } }), '1-3'],
    ['en', 'drew 1 - 1', q('score', 2, { score: { first: 2, second: 2 } }), '2 - 2'],
    ['ru', 'со счетом 3:1', q('score', 2, { score: { first: 2, second: 1 } }), '2:1'],
    ['ar', 'فوزًا ٣-١', q('score', 1, { score: { first: 1, second: 0 } }), '١-٠'],
    ['zh', '以3比1战胜', q('score', 2, { score: { first: 2, second: 1 } }), '2比1'],
  ];
  for (const [lang, text, source, want] of rows) {
    it(`${lang}: "${text}" with the source's ${source.value} → "${want}"`, () => {
      assert.equal(formatSuggestion(claimOf(text, lang), source, lang), want);
    });
  }

  it('writes the claim alone, not the hedge before it', () => {
    const claim = claimOf('fewer than 20 million visitors', 'en');
    assert.equal(formatSuggestion(claim, q('count', 22e6, { scale: 1e6, precision: 1e6, hedge: 'over' }), 'en'), '22 million');
  });

  it('falls back to the source value in the claim\'s language when the claim cannot be read again', () => {
    const claim = { kind: 'number' as const, start: 0, end: 3, text: '???', quantity: q('percent', 35) };
    assert.equal(formatSuggestion(claim, q('percent', 33.7, { precision: 0.1 }), 'ru'), '33,7 %');
    assert.equal(formatSuggestion({ ...claim, quantity: q('money', 1) }, usd(32.8e9, 1e9, 1e8), 'en'), '32.8 billion dollars');
  });
});

describe('numbers: sameDimension and convertInto', () => {
  const rows: [string, Quantity, Quantity, boolean][] = [
    ['two percentages', q('percent', 1), q('percent', 2), true],
    ['percent and percentage points', q('percent', 1), q('points', 1), false],
    ['dollars and dollars', q('money', 1, { currency: 'USD' }), q('money', 2, { currency: 'USD' }), true],
    ['dollars and yuan', q('money', 1, { currency: 'USD' }), q('money', 1, { currency: 'CNY' }), false],
    ['years and months', q('duration', 3, { timeUnit: 'year' }), q('duration', 36, { timeUnit: 'month' }), true],
    ['a duration and a count', q('duration', 3, { timeUnit: 'year' }), q('count', 3), false],
    ['miles and kilometres', q('measure', 45, { measureUnit: 'mile' }), q('measure', 72, { measureUnit: 'km' }), true],
    ['miles and pounds', q('measure', 45, { measureUnit: 'mile' }), q('measure', 72, { measureUnit: 'pound' }), false],
    ['a year and a date', q('year', 2017), q('date', 2, { month: 7, year: 2017 }), false],
    ['two ordinals', q('ordinal', 6), q('ordinal', 7), true],
  ];
  for (const [title, a, b, want] of rows) {
    it(`${title}: ${want}`, () => {
      assert.equal(sameDimension(a, b), want);
      assert.equal(sameDimension(b, a), want);
    });
  }

  it('converts a source into the claim\'s unit', () => {
    assert.equal(convertInto(q('duration', 3, { timeUnit: 'year' }), q('duration', 1, { timeUnit: 'month' })).value, 36);
    assert.equal(convertInto(q('measure', 1, { measureUnit: 'mile' }), q('measure', 1, { measureUnit: 'km', precision: 0.001 })).value, 1.609344);
    assert.equal(convertInto(q('frequency', 2, { timeUnit: 'month' }), q('frequency', 1, { timeUnit: 'year' })).value, 24);
    assert.equal(convertInto(q('percent', 33.7), q('percent', 35)).value, 33.7);
  });
});

describe('numbers: Chinese numerals written for a suggestion', () => {
  it('writes 万亿 and above as the parser reads them back', () => {
    assert.equal(chineseNumeral(1007099999999, 0, false), '一万零七十亿九千九百九十九万九千九百九十九');
    assert.equal(chineseNumeral(1e13, 0, false), '十万亿');
    assert.equal(chineseNumeral(3.37e9, 0, false), '三十三亿七千万');
    assert.equal(chineseNumeral(1007099999999.5, 1, false), '一万零七十亿九千九百九十九万九千九百九十九点五');
    // Every order of magnitude up to 10^16, with zeros inside and at the ends.
    for (let digits = 1; digits <= 16; digits++) {
      for (const v of [10 ** (digits - 1), 10 ** digits - 1, Math.floor(10 ** (digits - 1) * 1.0203), Math.floor((10 ** digits - 1) / 7)]) {
        if (v >= 1e16) continue;
        const written = chineseNumeral(v, 0, false);
        assert.ok(written && !/undefined/.test(written), `${v}: ${written}`);
        assert.equal(parseChineseNumeral(written)?.value, v, `${v}: ${written}`);
      }
    }
  });
});
