import { strict as assert } from 'node:assert';
import { extractNumbers } from '../../server/src/engine/numbers';
import type { Lang, NumberClaim, Quantity } from '../../server/src/engine/types';
import { SCORE_WORDS } from '../../server/src/engine/data/scores';
import { tokenize } from '../../server/src/engine/numbers/tokens';

type Expect = Partial<Quantity>;
type Row = [lang: Lang, text: string, span: string, expect: Expect];

/** The claim whose text is exactly `span`, with every field of `expect` as given. */
function check([lang, text, span, expect]: Row, ctx = {}): void {
  const claims = extractNumbers(text, lang, ctx);
  const hit = claims.find((c) => c.text === span);
  assert.ok(hit, `no claim "${span}" in ${JSON.stringify(text)}; got ${JSON.stringify(claims.map((c) => c.text))}`);
  for (const [key, want] of Object.entries(expect)) {
    assert.deepEqual(hit.quantity[key as keyof Quantity], want, `${span} (${text}): ${key}`);
  }
}

function table(title: string, rows: Row[], ctx = {}): void {
  describe(title, () => {
    for (const row of rows) it(`${row[0]}: ${row[2]} in "${row[1].slice(0, 60)}"`, () => check(row, ctx));
  });
}

const money = (value: number, currency: string, extra: Expect = {}): Expect => ({ dimension: 'money', value, currency, ...extra });
const count = (value: number, extra: Expect = {}): Expect => ({ dimension: 'count', value, ...extra });
const percent = (value: number, extra: Expect = {}): Expect => ({ dimension: 'percent', value, ...extra });
const years = (value: number, extra: Expect = {}): Expect => ({ dimension: 'duration', value, timeUnit: 'year', ...extra });

describe('numbers: extraction', () => {
  table('digits and separators', [
    ['en', 'More than 14,000 participants came.', '14,000', count(14000, { precision: 1 })],
    ['en', 'The ERA was 2.53 this season.', '2.53', count(2.53, { precision: 0.01 })],
    ['ru', 'Товарооборот вырос на 70,2 процента.', '70,2 процента', percent(70.2, { precision: 0.1 })],
    ['ru', 'Эвакуированы 16 700 человек.', '16 700', count(16700)],
    ['ru', 'Эвакуированы 16\u00a0700 человек.', '16\u00a0700', count(16700)],
    ['ar', 'بلغ ٦٠٫٢ مليار دولار.', '٦٠٫٢ مليار دولار', money(60.2e9, 'USD', { precision: 1e8 })],
    ['ar', 'زار الموقع ٢٢٬٠٠٠ شخص.', '٢٢٬٠٠٠', count(22000)],
    ['ar', 'ارتفعت بنسبة ٣٣٫٧٪ خلال العام.', '٣٣٫٧٪', percent(33.7)],
    ['zh', '出口额增长了22%。', '22%', percent(22)],
    ['en', 'Phone 0800 555 111 now.', '555', count(555)],
  ]);

  table('scale words', [
    ['en', 'Ozon.ru drew about 9 million visitors in January.', '9 million', count(9e6, { scale: 1e6, precision: 1e6, hedge: 'about' })],
    ['en', 'Trade was worth roughly $32.8bn.', '$32.8bn', money(32.8e9, 'USD', { scale: 1e9, precision: 1e8 })],
    ['en', 'It sold the business for £125m.', '£125m', money(125e6, 'GBP', { scale: 1e6 })],
    ['en', 'He pulls out of £11million deal.', '£11million', money(11e6, 'GBP')],
    ['en', 'A £2.8bn beauty market.', '£2.8bn', money(2.8e9, 'GBP')],
    ['en', 'Two hundred thousand people marched.', 'Two hundred thousand', count(2e5)],
    ['ru', 'Продажи превысили 70 млрд рублей.', '70 млрд рублей', money(70e9, 'RUB', { scale: 1e9, precision: 1e9 })],
    ['ru', 'Объём составил 223,1 млрд юаней.', '223,1 млрд юаней', money(223.1e9, 'CNY', { precision: 1e8 })],
    ['ru', 'Достиг 70,2 миллиарда долларов США.', '70,2 миллиарда долларов США', money(70.2e9, 'USD', { scale: 1e9 })],
    ['ru', 'Около 350 тыс. человек.', '350 тыс', count(350e3)],
    ['ru', 'Продано две тысячи машин.', 'две тысячи', count(2000)],
    ['ar', 'أكثر من 22 مليون زائر.', '22 مليون', count(22e6, { hedge: 'over' })],
    ['ar', 'يتأثر أكثر من 820 ألف شخص.', '820 ألف', count(820e3)],
    ['ar', 'وصل عدد الزوار إلى 5 آلاف.', '5 آلاف', count(5000)],
    ['ar', 'زار المعرض ألفين شخص.', 'ألفين', count(2000)],
    ['ar', 'بلغ مليونين زائر.', 'مليونين', count(2e6)],
    ['ar', 'ثلاثة ملايين زائر.', 'ثلاثة ملايين', count(3e6)],
    ['zh', '中俄贸易额达到2231亿元人民币。', '2231亿元人民币', money(223.1e9, 'CNY', { scale: 1e8, precision: 1e8 })],
    ['zh', '约有1.5万人参加。', '1.5万', count(15000, { hedge: 'about' })],
    ['zh', '有三十多万人。', '三十多万', count(300000, { hedge: 'over' })],
  ]);

  table('currencies', [
    ['en', 'Oreshkin pointed to the goal of $100 billion in trade.', '$100 billion', money(1e11, 'USD', { precision: 1e9 })],
    ['en', 'A record US$70.2 billion in 2022.', 'US$70.2 billion', money(70.2e9, 'USD')],
    ['en', 'Trade came to 223.1 billion yuan.', '223.1 billion yuan', money(223.1e9, 'CNY')],
    ['en', 'Thieves took $26,750 from the ATM.', '$26,750', money(26750, 'USD')],
    ['en', 'Sales of 5 million euros.', '5 million euros', money(5e6, 'EUR')],
    ['en', 'Sales of 5 bn euros.', '5 bn euros', money(5e9, 'EUR')],
    ['en', 'A fine of USD 500 was paid.', 'USD 500', money(500, 'USD')],
    ['en', 'It cost 11 million pounds.', '11 million pounds', money(11e6, 'GBP')],
    ['ru', 'Цель — 100 млрд долларов.', '100 млрд долларов', money(1e11, 'USD')],
    ['ru', 'Билет стоит 500 ₽.', '500 ₽', money(500, 'RUB')],
    ['ar', 'نحو 32.8 مليار يوان.', '32.8 مليار يوان', money(32.8e9, 'CNY', { hedge: 'about' })],
    ['ar', 'استثمار بقيمة 2 مليار دولار أمريكي.', '2 مليار دولار أمريكي', money(2e9, 'USD')],
    ['ar', 'صفقة بقيمة 2.8 مليار جنيه إسترليني.', '2.8 مليار جنيه إسترليني', money(2.8e9, 'GBP')],
    ['zh', '贸易额为100亿美元。', '100亿美元', money(1e10, 'USD')],
  ]);

  table('percent and percentage points', [
    ['en', 'Trade jumped 37.3 percent.', '37.3 percent', percent(37.3, { precision: 0.1 })],
    ['en', 'Internet reaches about 70 per cent of Russians.', '70 per cent', percent(70, { hedge: 'about' })],
    ['en', 'Under 3% of retail.', '3%', percent(3, { hedge: 'under' })],
    ['en', 'He won by more than 40 percentage points.', '40 percentage points', { dimension: 'points', value: 40, hedge: 'over' }],
    ['ru', 'ВВП сократился на 0,2%.', '0,2%', percent(0.2)],
    ['ru', 'На долю Казахстана приходится около 22 процентов.', '22 процентов', percent(22, { hedge: 'about' })],
    ['ru', 'Рост на 3 процентных пункта.', '3 процентных пункта', { dimension: 'points', value: 3 }],
    ['ar', 'نمت بنسبة 40 في المئة.', '40 في المئة', percent(40)],
    ['ar', 'تراجعت بنحو 50 في المئة.', '50 في المئة', percent(50, { hedge: 'about' })],
    ['ar', 'بنسبة 43 بالمائة.', '43 بالمائة', percent(43)],
    ['ar', 'بنسبة 14٪ فقط.', '14٪', percent(14)],
    ['ar', 'ارتفعت بمقدار 5 نقاط مئوية.', '5 نقاط مئوية', { dimension: 'points', value: 5 }],
    ['zh', '增长百分之三十三点七。', '百分之三十三点七', percent(33.7, { precision: 0.1 })],
    ['zh', '增长了2个百分点。', '2个百分点', { dimension: 'points', value: 2 }],
  ]);

  table('years and decades', [
    ['en', 'Trade between China and Russia fell in 2015.', '2015', { dimension: 'year', value: 2015 }],
    ['en', 'The Government of Wales Act 2017 gave the assembly power.', '2017', { dimension: 'year', value: 2017 }],
    ['en', 'Katrina (1965) was a hurricane.', '1965', { dimension: 'year', value: 1965 }],
    ['en', 'Built in the 1980s.', '1980s', { dimension: 'year', value: 1980, precision: 10 }],
    ['en', 'Almost 2000 people were injured.', '2000', count(2000, { hedge: 'about' })],
    ['en', 'The toll soars above 2400.', '2400', count(2400, { hedge: 'over' })],
    ['ru', 'В 2016 году ВВП сократился.', '2016', { dimension: 'year', value: 2016 }],
    ['ru', 'Это было в 2017-м году.', '2017-м', { dimension: 'year', value: 2017 }],
    ['ru', 'В 1980-е годы.', '1980-е', { dimension: 'year', value: 1980, precision: 10 }],
    ['ru', 'Пришли 2000 человек.', '2000', count(2000)],
    ['ru', 'В 2017—2018 годах.', '2018', { dimension: 'year', value: 2018 }],
    ['ar', 'تأسست مجموعة علي بابا عام 1999.', '1999', { dimension: 'year', value: 1999 }],
    ['ar', 'بحلول عام ٢٠٢٠.', '٢٠٢٠', { dimension: 'year', value: 2020 }],
    ['ar', 'في آخر انتخابات في 2016 عندما أدلى الناخبون بأصواتهم.', '2016', { dimension: 'year', value: 2016 }],
    ['zh', '2022年，中国对俄罗斯出口额增长了22%。', '2022', { dimension: 'year', value: 2022 }],
  ]);

  table('dates, months and weekdays', [
    ['en', 'Datelined Beijing, July 2, 2017, it looked at trade.', 'July 2, 2017', { dimension: 'date', value: 2, month: 7, year: 2017 }],
    ['en', 'Troops fired on Oct. 2, 1968, killing many.', 'Oct. 2, 1968', { dimension: 'date', value: 2, month: 10, year: 1968 }],
    ['en', 'The log of 30th September.', '30th September', { dimension: 'date', value: 30, month: 9 }],
    ['en', 'It happened on 2 July 2017.', '2 July 2017', { dimension: 'date', value: 2, month: 7, year: 2017 }],
    ['en', 'The plan came in July 2015.', 'July 2015', { dimension: 'month', value: 7, year: 2015 }],
    ['en', 'Visitors came in January.', 'January', { dimension: 'month', value: 1 }],
    ['en', 'The trip starts in May.', 'May', { dimension: 'month', value: 5 }],
    ['en', 'The visit began on Monday.', 'Monday', { dimension: 'weekday', value: 1 }],
    ['ru', 'Это случилось 2 июля 2017 года.', '2 июля 2017', { dimension: 'date', value: 2, month: 7, year: 2017 }],
    ['ru', 'Сайт посетили в январе.', 'январе', { dimension: 'month', value: 1 }],
    ['ru', 'Визит начнётся в понедельник.', 'понедельник', { dimension: 'weekday', value: 1 }],
    ['ru', 'Встреча в среду.', 'среду', { dimension: 'weekday', value: 3 }],
    ['ru', 'Дата: 02.07.2017.', '02.07.2017', { dimension: 'date', value: 2, month: 7, year: 2017 }],
    ['ar', 'بكين 2 يوليو 2017 (شينخوا)', '2 يوليو 2017', { dimension: 'date', value: 2, month: 7, year: 2017 }],
    ['ar', 'في يناير من العام الجاري.', 'يناير', { dimension: 'month', value: 1 }],
    ['ar', 'يبدأ زيارته يوم الإثنين.', 'الإثنين', { dimension: 'weekday', value: 1 }],
    ['ar', 'نشر الاستطلاع الاثنين الماضي.', 'الاثنين', { dimension: 'weekday', value: 1 }],
    ['zh', '新华社北京2017年7月2日电', '2017年7月2日', { dimension: 'date', value: 2, month: 7, year: 2017 }],
    ['zh', '会议于7月2日举行。', '7月2日', { dimension: 'date', value: 2, month: 7 }],
    ['zh', '十一月份的选举。', '十一月份', { dimension: 'month', value: 11 }],
    ['zh', '会议定于星期一举行。', '星期一', { dimension: 'weekday', value: 1 }],
    ['zh', '周六举行。', '周六', { dimension: 'weekday', value: 6 }],
    ['en', 'The launch is on 2017-07-02.', '2017-07-02', { dimension: 'date', value: 2, month: 7, year: 2017 }],
  ]);

  table('periods', [
    ['en', 'Trade grew in the first five months of 2017.', 'first five months', { dimension: 'period', period: { unit: 'month', from: 1, to: 5, year: 2017 } }],
    ['en', 'Trade grew in the first quarter of 2021.', 'first quarter', { dimension: 'period', period: { unit: 'quarter', from: 1, to: 1, year: 2021 } }],
    ['en', 'Results for Q3 were weak.', 'Q3', { dimension: 'period', period: { unit: 'quarter', from: 3, to: 3 } }],
    ['en', 'Trade in January-May came to 223.1 billion yuan.', 'January-May', { dimension: 'period', period: { unit: 'month', from: 1, to: 5 } }],
    ['en', 'Trade from January to May grew.', 'January to May', { dimension: 'period', period: { unit: 'month', from: 1, to: 5 } }],
    ['ru', 'В первом квартале 2021 года товарооборот вырос.', 'первом квартале', { dimension: 'period', period: { unit: 'quarter', from: 1, to: 1, year: 2021 } }],
    ['ru', 'За первый квартал вырос.', 'первый квартал', { dimension: 'period', period: { unit: 'quarter', from: 1, to: 1 } }],
    ['ru', 'За первые пять месяцев 2017 года.', 'первые пять месяцев', { dimension: 'period', period: { unit: 'month', from: 1, to: 5, year: 2017 } }],
    ['ru', 'Объём торговли за январь–май вырос.', 'январь–май', { dimension: 'period', period: { unit: 'month', from: 1, to: 5 } }],
    ['ru', 'В I квартале 2021 года.', 'I квартале', { dimension: 'period', period: { unit: 'quarter', from: 1, to: 1, year: 2021 } }],
    ['ar', 'خلال الأشهر الخمسة الأولى من عام ٢٠١٧.', 'الأشهر الخمسة الأولى', { dimension: 'period', period: { unit: 'month', from: 1, to: 5, year: 2017 } }],
    ['ar', 'في الشهور الخمسة الأولى من هذا العام.', 'الشهور الخمسة الأولى', { dimension: 'period', period: { unit: 'month', from: 1, to: 5 } }],
    ['ar', 'في الربع الأول من عام 2021.', 'الربع الأول', { dimension: 'period', period: { unit: 'quarter', from: 1, to: 1, year: 2021 } }],
    ['ar', 'نحو 32.8 مليار دولار من يناير إلى مايو.', 'يناير إلى مايو', { dimension: 'period', period: { unit: 'month', from: 1, to: 5 } }],
    ['zh', '2017年前五个月中俄贸易额增长33.7%。', '前五个月', { dimension: 'period', period: { unit: 'month', from: 1, to: 5, year: 2017 } }],
    ['zh', '2017年1至5月，贸易额增长。', '1至5月', { dimension: 'period', period: { unit: 'month', from: 1, to: 5, year: 2017 } }],
    ['zh', '第一季度增长。', '第一季度', { dimension: 'period', period: { unit: 'quarter', from: 1, to: 1 } }],
    ['zh', '上半年增长。', '上半年', { dimension: 'period', period: { unit: 'half', from: 1, to: 1 } }],
  ]);

  table('durations and relative times', [
    ['en', 'Jack Ma founded Alibaba 18 years ago.', '18 years', years(18, { ago: true })],
    ['en', 'Since entering Russia three years ago.', 'three years', years(3, { ago: true })],
    ['en', 'The visit was set to last two days.', 'two days', { dimension: 'duration', value: 2, timeUnit: 'day' }],
    ['en', 'More than three decades ago.', 'three decades', years(30, { ago: true, precision: 10, hedge: 'over' })],
    ['en', 'About a month ago, Alibaba opened an office.', 'a month', { dimension: 'duration', value: 1, timeUnit: 'month', ago: true, hedge: 'about' }],
    ['en', 'A 13-year-old boy was injured.', '13-year-old', years(13)],
    ['en', 'A three-day visit.', 'three-day', { dimension: 'duration', value: 3, timeUnit: 'day' }],
    ['ru', 'Отношения установлены более 30 лет назад.', '30 лет', years(30, { ago: true, hedge: 'over' })],
    ['ru', 'Около месяца назад Alibaba открыла офис.', 'месяца', { dimension: 'duration', value: 1, timeUnit: 'month', ago: true, hedge: 'about' }],
    ['ru', 'Поезда доставляют товары примерно за 12 дней.', '12 дней', { dimension: 'duration', value: 12, timeUnit: 'day', hedge: 'about' }],
    ['ru', 'Задержан 20-летний мужчина.', '20-летний', years(20)],
    ['ar', 'قال إنه قبل 15 عاماً لم يكن أحد قد سمع بغوغل.', '15 عاماً', years(15, { ago: true })],
    ['ar', 'دخلت السوق قبل ثلاث سنوات.', 'ثلاث سنوات', years(3, { ago: true })],
    ['ar', 'أكبر شريك تجاري لمدة ست سنوات.', 'ست سنوات', years(6)],
    ['ar', 'الزيارة التي تمتد يومين.', 'يومين', { dimension: 'duration', value: 2, timeUnit: 'day' }],
    ['zh', '速卖通进入俄罗斯市场已有五年。', '五年', years(5)],
    ['zh', '三个月后。', '三个月', { dimension: 'duration', value: 3, timeUnit: 'month' }],
    ['zh', '15年前，没有人听说过谷歌。', '15年', years(15, { ago: true })],
    ['zh', '三十多年来。', '三十多年', years(30, { hedge: 'over' })],
  ]);

  describe('years ago resolve against the article date', () => {
    it('"15 years ago" in an article dated 2017 points to 2002', () => {
      const [c] = extractNumbers('15 years ago, nobody had heard of Google.', 'en', { date: '2017-07-02' });
      assert.equal(c.quantity.year, 2002);
      assert.equal(c.quantity.ago, true);
    });
    it('"قبل 15 عاماً" resolves too', () => {
      const c = extractNumbers('قبل 15 عاماً لم يكن أحد قد سمع بغوغل', 'ar', { date: '2017-07-02' }).find((x) => x.quantity.dimension === 'duration');
      assert.equal(c?.quantity.year, 2002);
    });
    it('without a date, no year is made up', () => {
      const [c] = extractNumbers('15 years ago', 'en');
      assert.equal(c.quantity.year, undefined);
    });
  });

  table('ordinals', [
    ['en', 'AliExpress is ranked ninth among all websites.', 'ninth', { dimension: 'ordinal', value: 9 }],
    ['en', 'It ranked 9th among all websites.', '9th', { dimension: 'ordinal', value: 9 }],
    ['en', 'It would be the third time the presidents met.', 'third time', { dimension: 'ordinal', value: 3 }],
    ['en', 'They met for the second time this year.', 'second time', { dimension: 'ordinal', value: 2 }],
    ['en', 'Boycott of retailers on 125th Street.', '125th', { dimension: 'ordinal', value: 125 }],
    ['en', 'Aiming to be No.1 in AI.', 'No.1', { dimension: 'ordinal', value: 1 }],
    ['en', 'His twenty-first birthday.', 'twenty-first', { dimension: 'ordinal', value: 21 }],
    ['ru', 'Поездка станет седьмым визитом.', 'седьмым', { dimension: 'ordinal', value: 7 }],
    ['ru', 'Это его третий визит.', 'третий', { dimension: 'ordinal', value: 3 }],
    ['ru', 'Бойкот магазинов на 125-й улице.', '125-й', { dimension: 'ordinal', value: 125 }],
    ['ru', 'Встретились в первый раз.', 'первый раз', { dimension: 'ordinal', value: 1 }],
    ['ar', 'تحتل المرتبة الثالثة بين المواقع.', 'الثالثة', { dimension: 'ordinal', value: 3 }],
    ['ar', 'زيارة شي السادسة لروسيا.', 'السادسة', { dimension: 'ordinal', value: 6 }],
    ['ar', 'التقيا للمرة الثانية.', 'الثانية', { dimension: 'ordinal', value: 2 }],
    ['zh', '这是他第六次访问俄罗斯。', '第六次', { dimension: 'ordinal', value: 6 }],
    ['zh', '第九季将是最后一季。', '第九', { dimension: 'ordinal', value: 9 }],
  ]);

  table('frequencies', [
    ['en', 'Events will take place at least twice a month.', 'twice a month', { dimension: 'frequency', value: 2, timeUnit: 'month', hedge: 'atLeast' }],
    ['en', 'They meet three times a year.', 'three times a year', { dimension: 'frequency', value: 3, timeUnit: 'year' }],
    ['en', 'Once a week.', 'Once a week', { dimension: 'frequency', value: 1, timeUnit: 'week' }],
    ['ru', 'Мероприятия будут проходить не реже двух раз в месяц.', 'двух раз в месяц', { dimension: 'frequency', value: 2, timeUnit: 'month', hedge: 'atLeast' }],
    ['ru', 'Примерно раз в месяц.', 'раз в месяц', { dimension: 'frequency', value: 1, timeUnit: 'month', hedge: 'about' }],
    ['ar', 'تقام الفعاليات مرتين في الشهر.', 'مرتين في الشهر', { dimension: 'frequency', value: 2, timeUnit: 'month' }],
    ['ar', 'ثلاث مرات في الأسبوع.', 'ثلاث مرات في الأسبوع', { dimension: 'frequency', value: 3, timeUnit: 'week' }],
    ['zh', '体验活动每月两次。', '每月两次', { dimension: 'frequency', value: 2, timeUnit: 'month' }],
  ]);

  table('number words', [
    ['en', 'The union has five member states.', 'five', count(5)],
    ['en', 'Twenty-five countries signed.', 'Twenty-five', count(25)],
    ['en', 'A dozen firms.', 'A dozen', count(12)],
    ['en', 'One million visitors.', 'One million', count(1e6)],
    ['ru', 'Подписаны пять документов.', 'пять', count(5)],
    ['ru', 'Из двух стран.', 'двух', count(2)],
    ['ru', 'С шестью партнёрами.', 'шестью', count(6)],
    ['ru', 'Двадцать пять стран.', 'Двадцать пять', count(25)],
    ['ru', 'Полтора года назад.', 'Полтора года', years(1.5, { ago: true })],
    ['ar', 'خمس دول من آسيا الوسطى.', 'خمس', count(5)],
    ['ar', 'خمسة عشر عاما.', 'خمسة عشر عاما', years(15)],
    ['ar', 'خمسة وعشرون شخصا.', 'خمسة وعشرون', count(25)],
    ['ar', 'أعلن عن ثلاثة مشاريع.', 'ثلاثة', count(3)],
    ['zh', '两国领导人会面。', '两', count(2)],
    ['zh', '九名领袖。', '九', count(9)],
  ]);

  table('measures', [
    ['en', 'Winds of 85 mph.', '85 mph', { dimension: 'measure', value: 85, measureUnit: 'mph' }],
    ['en', 'Waves as high as 20 feet.', '20 feet', { dimension: 'measure', value: 20, measureUnit: 'foot', hedge: 'upTo' }],
    ['en', 'Up to 30 inches possible.', '30 inches', { dimension: 'measure', value: 30, measureUnit: 'inch', hedge: 'upTo' }],
    ['en', 'A 550 pound hog.', '550 pound', { dimension: 'measure', value: 550, measureUnit: 'pound' }],
    ['en', 'Within 40 miles of the border.', '40 miles', { dimension: 'measure', value: 40, measureUnit: 'mile' }],
    ['en', 'A 20-degree temperature difference.', '20-degree', { dimension: 'measure', value: 20, measureUnit: 'degree' }],
    ['en', 'The hall covers 3,000 square meters.', '3,000 square meters', { dimension: 'measure', value: 3000, measureUnit: 'sqm' }],
    ['en', 'It sits 45 miles (72 kilometers) away.', '72 kilometers', { dimension: 'measure', value: 72, measureUnit: 'km' }],
    ['en', 'A 5km run.', '5km', { dimension: 'measure', value: 5, measureUnit: 'km' }],
    ['ru', 'В 72 км от столицы.', '72 км', { dimension: 'measure', value: 72, measureUnit: 'km' }],
    ['ru', 'Ветер до 135 км/ч.', '135 км/ч', { dimension: 'measure', value: 135, measureUnit: 'kph', hedge: 'upTo' }],
    ['ru', 'Высотой шесть метров.', 'шесть метров', { dimension: 'measure', value: 6, measureUnit: 'meter' }],
    ['ar', 'أمواج بارتفاع 20 قدمًا.', '20 قدمًا', { dimension: 'measure', value: 20, measureUnit: 'foot' }],
    ['ar', 'على بعد 72 كيلومترا.', '72 كيلومترا', { dimension: 'measure', value: 72, measureUnit: 'km' }],
    ['ar', 'درجة الحرارة 30 درجة.', '30 درجة', { dimension: 'measure', value: 30, measureUnit: 'degree' }],
    ['ar', 'الزلزال الذي بلغت قوته 7.5 درجات.', '7.5 درجات', count(7.5)],
    ['zh', '全长100公里。', '100公里', { dimension: 'measure', value: 100, measureUnit: 'km' }],
    ['zh', '高20英尺。', '20英尺', { dimension: 'measure', value: 20, measureUnit: 'foot' }],
  ]);

  table('times of day', [
    ['en', 'The attack occurred just before 8 a.m. near the beach.', '8 a.m.', { dimension: 'time', value: 8 }],
    ['en', 'Rally at 7 p.m. ET tonight.', '7 p.m.', { dimension: 'time', value: 19 }],
    ['en', 'Entering the market at 4.40 am Thursday.', '4.40 am', { dimension: 'time', value: 4 + 40 / 60 }],
    ['en', 'Found at 7.55am with wounds.', '7.55am', { dimension: 'time', value: 7 + 55 / 60 }],
    ['ru', 'Начало в 19:30.', '19:30', { dimension: 'time', value: 19.5 }],
    ['ru', 'В 7 утра.', '7 утра', { dimension: 'time', value: 7 }],
    ['ar', 'الساعة 7 صباحًا.', '7 صباحًا', { dimension: 'time', value: 7 }],
    ['ar', 'في الساعة السابعة.', 'السابعة', { dimension: 'time', value: 7 }],
    ['zh', '上午7点开始。', '上午7点', { dimension: 'time', value: 7 }],
    ['zh', '晚上7点30分。', '晚上7点30分', { dimension: 'time', value: 19.5 }],
  ]);

  table('hedges (the hedge word stays out of the span)', [
    ['en', 'More than 22 million visitors.', '22 million', count(22e6, { hedge: 'over', low: 22e6, high: Infinity })],
    ['en', 'Fewer than 20 million visitors.', '20 million', count(20e6, { hedge: 'under', low: -Infinity, high: 20e6 })],
    ['en', 'In excess of 500 prisoners.', '500', count(500, { hedge: 'over' })],
    ['en', 'Upwards of 500 prisoners.', '500', count(500, { hedge: 'over' })],
    ['en', 'Below 500 prisoners.', '500', count(500, { hedge: 'under' })],
    ['en', 'Approximately 500 prisoners.', '500', count(500, { hedge: 'about', low: 500, high: 500 })],
    ['en', 'Nearly 500 prisoners.', '500', count(500, { hedge: 'about' })],
    ['en', 'At least 384 people were killed.', '384', count(384, { hedge: 'atLeast', low: 384, high: Infinity })],
    ['en', 'At most 384 people.', '384', count(384, { hedge: 'atMost', low: -Infinity, high: 384 })],
    ['en', 'As many as 300 people.', '300', count(300, { hedge: 'upTo' })],
    ['en', 'Just over 40 percent of Arizona.', '40 percent', percent(40, { hedge: 'over' })],
    ['en', '18 years or more.', '18 years', years(18, { hedge: 'atLeast' })],
    ['ru', 'Свыше 22 млн посетителей.', '22 млн', count(22e6, { hedge: 'over' })],
    ['ru', 'Менее 3% продаж.', '3%', percent(3, { hedge: 'under' })],
    ['ru', 'Порядка 500 человек.', '500', count(500, { hedge: 'about' })],
    ['ru', 'Почти 500 человек.', '500', count(500, { hedge: 'about' })],
    ['ru', 'Не менее 500 человек.', '500', count(500, { hedge: 'atLeast' })],
    ['ru', 'Не более 500 человек.', '500', count(500, { hedge: 'atMost' })],
    ['ru', 'До 100 млрд долларов.', '100 млрд долларов', money(1e11, 'USD', { hedge: 'upTo' })],
    ['ar', 'أكثر من 20 وثيقة تعاون.', '20', count(20, { hedge: 'over' })],
    ['ar', 'ما يزيد على 20 وثيقة.', '20', count(20, { hedge: 'over' })],
    ['ar', 'أقل من 3 في المئة.', '3 في المئة', percent(3, { hedge: 'under' })],
    ['ar', 'حوالي 40 ألف حالة.', '40 ألف', count(40e3, { hedge: 'about' })],
    ['ar', 'قرابة 500 شخص.', '500', count(500, { hedge: 'about' })],
    ['ar', 'ما يقرب من 500 شخص.', '500', count(500, { hedge: 'about' })],
    ['ar', 'على الأقل 500 شخص.', '500', count(500, { hedge: 'atLeast' })],
    ['zh', '超过500人。', '500', count(500, { hedge: 'over' })],
    ['zh', '逾500人。', '500', count(500, { hedge: 'over' })],
    ['zh', '不到500人。', '500', count(500, { hedge: 'under' })],
    ['zh', '约500人。', '500', count(500, { hedge: 'about' })],
    ['zh', '将近500人。', '500', count(500, { hedge: 'about' })],
    ['zh', '至少500人。', '500', count(500, { hedge: 'atLeast' })],
    ['zh', '500人以上。', '500', count(500, { hedge: 'atLeast' })],
    ['zh', '500人左右。', '500', count(500, { hedge: 'about' })],
  ]);

  table('plain counts', [
    ['en', 'More than 22 million visitors from Russia.', '22 million', count(22e6)],
    ['ru', 'Подписано 54 документа о сотрудничестве.', '54', count(54)],
    ['ar', 'سيوقع البلدان 20 وثيقة تعاون.', '20', count(20)],
    ['en', 'Ayr 38 - 17 Melrose.', '17', count(17)],
    ['en', 'Beat them 4&3 in the foursomes.', '3', count(3)],
  ]);

  const score = (first: number, second: number): Expect => ({ dimension: 'score', value: first, score: { first, second }, hedge: 'exact' });
  table('scores: two sides told by a word of winning, losing or scoring', [
    ['en', 'Livingston won 3-1 against Rangers.', '3-1', score(3, 1)],
    ['en', 'Livingston beat Steven Gerrard\'s Rangers 2-0.', '2-0', score(2, 0)],
    ['en', 'It was a 1–0 win at Almondvale.', '1–0', score(1, 0)],
    ['en', 'He won 4-6, 6-3, 7-5.', '7-5', score(7, 5)],
    ['en', 'The hosts were trailing 38 - 17 at half-time.', '38 - 17', score(38, 17)],
    ['ru', 'Европейская команда доминировала, победив со счетом 3-1.', '3-1', score(3, 1)],
    ['ru', 'К поражению со счётом 1:0 в Ливингстоне.', '1:0', score(1, 0)],
    ['ar', 'تمنح ليفينغستون فوزًا ١-٠ على رينجرز', '١-٠', score(1, 0)],
    ['ar', 'فاز على برايتون بنتيجة 2-0 يوم السبت', '2-0', score(2, 0)],
    ['zh', '上海上港队以3比1战胜对手。', '3比1', score(3, 1)],
    ['zh', '主队2：0获胜。', '2：0', score(2, 0)],
  ]);

  it('every word that tells a score is one word as the tokenizer reads it', () => {
    for (const word of SCORE_WORDS) {
      const tokens = tokenize(word);
      assert.equal(tokens.length, 1, word);
      assert.equal(tokens[0].kind, 'word', word);
    }
  });

  describe('what is not a score', () => {
    const none: [Lang, string][] = [
      ['en', 'The game drew 2-3 million viewers.'],
      ['en', 'They won 70-90% of the seats.'],
      ['en', 'To win, call 859-292-3680 now.'],
      ['en', 'Kick-off in the match was at 12:55.'],
      ['en', 'He won $3-5 a day.'],
      ['en', 'Rainfall of 5-10 inches.'],
      ['en', 'Ayr 38 - 17 Melrose.'],
      ['ru', 'Победа ожидается, до 5–10 см осадков.'],
      ['zh', '男女比例为3比1。'],
      ['zh', '比赛下午3:15开始，主队获胜。'],
    ];
    for (const [lang, text] of none) {
      it(`${lang}: "${text}"`, () => {
        const claims = extractNumbers(text, lang);
        assert.ok(!claims.some((c) => c.quantity.dimension === 'score'), JSON.stringify(claims.map((c) => [c.text, c.quantity.dimension])));
      });
    }
  });

  table('ranges share their unit', [
    ['en', 'Rainfall totals of 3 to 6 inches.', '3', { dimension: 'measure', value: 3, measureUnit: 'inch' }],
    ['en', 'Between 2 and 3 percent.', '2', percent(2)],
    ['en', 'Some 2-3 billion dollars.', '2', money(2e9, 'USD', { scale: 1e9 })],
    ['ar', 'ما بين 30 و43 بالمائة من الناخبين.', '30', percent(30)],
  ]);

  describe('what is not a number', () => {
    const none: [Lang, string, string][] = [
      ['en', 'HER2 drives the growth of cancers.', '2'],
      ['en', 'The G20 summit.', '20'],
      ['en', 'Their SS19 collection.', '19'],
      ['en', 'The COVID-19 pandemic.', '19'],
      ['en', 'A 4G network.', '4'],
      ['en', 'No one had heard of Google.', 'one'],
      ['en', 'One of the largest firms.', 'One'],
      ['en', 'It was the first carillon.', 'first'],
      ['en', 'You may go.', 'may'],
      ['en', 'A month of talks.', 'a month'],
      ['ru', 'Одна из крупнейших компаний.', 'Одна'],
      ['ru', 'Окружающая среда.', 'среда'],
      ['ar', 'لم يكن أحد قد سمع بغوغل.', 'أحد'],
      ['ar', 'أثنى فيه على الرئيس.', 'أثنى'],
      ['zh', '一带一路倡议。', '一'],
      ['zh', '统一市场。', '一'],
      ['zh', '千万不要忘记。', '千万'],
      ['zh', '这是一个问题。', '一'],
    ];
    for (const [lang, text, span] of none) {
      it(`${lang}: no claim "${span}" in "${text}"`, () => {
        const claims = extractNumbers(text, lang);
        assert.ok(!claims.some((c) => c.text === span || c.text.includes(span)), JSON.stringify(claims.map((c) => c.text)));
      });
    }
    it('"بين الاثنين" is "between the two", not Monday', () => {
      assert.ok(!extractNumbers('الفرق بين الاثنين كبير.', 'ar').some((c) => c.quantity.dimension === 'weekday'));
    });
    it('finds nothing in "Ozon.ru" or in an empty text', () => {
      assert.deepEqual(extractNumbers('Ozon.ru and Eldorado.ru', 'en'), []);
      assert.deepEqual(extractNumbers('', 'en'), []);
    });
  });

  describe('claims of a whole sentence', () => {
    const sentences: [Lang, string, string[]][] = [
      ['en', 'China-Russia trade grew 33.7 percent in the first five months of 2017, according to Chinese customs data.', ['33.7 percent', 'first five months', '2017']],
      ['ru', 'В 2022 году объем двусторонней торговли достиг рекордного уровня в 70,2 миллиарда долларов США.', ['2022', '70,2 миллиарда долларов США']],
      ['ar', 'وبحسب الإدارة الصينية العامة للجمارك، فإن التجارة بين الصين وروسيا ارتفعت بنسبة 33.7 % في الشهور الخمسة الأولى من هذا العام لتصل إلى 223.1 مليار يوان ( حوالى 32.8 مليار دولار).', ['33.7 %', 'الشهور الخمسة الأولى', '223.1 مليار يوان', '32.8 مليار دولار']],
      ['zh', '2017年1至5月，中俄贸易额达到2231亿元人民币。', ['2017', '1至5月', '2231亿元人民币']],
      ['en', 'Trump\'s rally is scheduled for 7 p.m. ET tonight, Saturday, September 29, 2018.', ['7 p.m.', 'Saturday', 'September 29, 2018']],
    ];
    for (const [lang, text, spans] of sentences) {
      it(`${lang}: ${text.slice(0, 50)}`, () => assert.deepEqual(extractNumbers(text, lang).map((c: NumberClaim) => c.text), spans));
    }
    it('"this year" gives a period the article\'s year', () => {
      const c = extractNumbers('في الشهور الخمسة الأولى من هذا العام', 'ar', { date: '2017-07-02' })[0];
      assert.deepEqual(c.quantity.period, { unit: 'month', from: 1, to: 5, year: 2017 });
    });
  });
});
