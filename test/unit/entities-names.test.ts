import { strict as assert } from 'node:assert';
import { MENTION_CONFIRMED, findMentions, sentenceNameKeys } from '../../server/src/engine/entities/mentions';
import { entityKeyOf, nameKey, nameKeys, romanize } from '../../server/src/engine/entities/names';
import { detectLang } from '../../server/src/engine/text/lang';
import type { Lang } from '../../server/src/engine/types';
import { analyzeText } from '../../server/src/engine/index/analyze';
import { findMention, mayMention } from '../../server/src/engine/verdict/mentions';

/** The confirmed mentions of a name in a sentence, as the text they cover. */
function mentions(name: string, sentence: string): string[] {
  return findMentions(name, detectLang(name), sentence, detectLang(sentence))
    .filter((m) => m.score >= MENTION_CONFIRMED)
    .map((m) => sentence.slice(m.start, m.end));
}

/** The best score of a name anywhere in a sentence (0 when not mentioned). */
function best(name: string, sentence: string): number {
  return Math.max(0, ...findMentions(name, detectLang(name), sentence, detectLang(sentence)).map((m) => m.score));
}

describe('entities: keys across scripts', () => {
  it('gives every spelling of a known entity one key', () => {
    const groups: [string, Lang][][] = [
      [['Russia', 'en'], ['России', 'ru'], ['Россией', 'ru'], ['روسيا', 'ar'], ['بروسيا', 'ar'], ['الروسية', 'ar'], ['俄罗斯', 'zh'], ['俄', 'zh'], ['Russian', 'en'], ['российский', 'ru']],
      [['Alibaba', 'en'], ['على بابا', 'ar'], ['علي بابا', 'ar'], ['Алибаба', 'ru'], ['阿里巴巴', 'zh']],
      [['Putin', 'en'], ['بوتين', 'ar'], ['Путин', 'ru'], ['Путина', 'ru'], ['普京', 'zh']],
      [["Xi'an", 'en'], ['Сиань', 'ru'], ['Сиане', 'ru'], ['西安', 'zh']],
      [['Jack Ma', 'en'], ['Джек Ма', 'ru'], ['جاك ما', 'ar'], ['马云', 'zh']],
      [['China', 'en'], ['Китая', 'ru'], ['الصين', 'ar'], ['الصيني', 'ar'], ['中国', 'zh']],
      [['Beijing', 'en'], ['Пекине', 'ru'], ['بكين', 'ar'], ['北京', 'zh']],
      [['Central Asia', 'en'], ['Центральной Азии', 'ru'], ['آسيا الوسطى', 'ar'], ['中亚', 'zh']],
    ];
    for (const g of groups) {
      const keys = g.map(([s, l]) => entityKeyOf(s, l));
      assert.ok(!keys[0].startsWith('~'), `${g[0][0]} is known`);
      assert.deepEqual(keys, g.map(() => keys[0]), g.map(([s]) => s).join(' / '));
    }
  });

  it('keeps distinct entities apart', () => {
    assert.notEqual(entityKeyOf('Moscow', 'en'), entityKeyOf('Macau', 'en'));
    assert.notEqual(entityKeyOf('Bhutan', 'en'), entityKeyOf('Putin', 'en'));
    assert.notEqual(entityKeyOf('Li Hui', 'en'), entityKeyOf('Li Huilai', 'en'));
    assert.equal(entityKeyOf('Mark Zavadskiy', 'en'), '~mark zavadskiy');
  });

  it('romanises each script and compares consonant skeletons coarsely', () => {
    assert.equal(romanize('Орешкин', 'ru'), 'oreshkin');
    assert.equal(romanize('马云', 'zh'), 'mayun');
    assert.match(romanize('اورشكين', 'ar'), /^u?rshkin$/);
    assert.equal(nameKey('Putin', 'en'), nameKey('بوتين', 'ar'));
    assert.equal(nameKey('Bhutan', 'en'), nameKey('Putin', 'en')); // a candidate only: findMentions tells them apart
    assert.equal(nameKey('Oreshkin', 'en'), nameKey('Орешкин', 'ru'));
    assert.equal(nameKey('Livingston', 'en'), nameKey('ليفينغستون', 'ar'));
    assert.equal(nameKey('Maxim Oreshkin', 'en'), nameKey('ماكسيم اورشكين', 'ar'));
    assert.notEqual(nameKey('Moscow', 'en'), nameKey('Macau', 'en'));
  });
});

describe('entities: findMentions', () => {
  const pairs: [string, string, string][] = [
    // name, sentence, expected mention
    ['Mark Zavadskiy', 'Как заявил Марк Завадский, платформа растёт.', 'Марк Завадский'],
    ['Su Mingpu', 'Вице-президент Osell Су Минпу пообещал проводить мероприятия.', 'Су Минпу'],
    ['Су Минпу', 'Vice president of Osell, Su Mingpu.', 'Su Mingpu'],
    ['Maxim Oreshkin', 'حسبما أفاد ماكسيم اورشكين، وزير التنمية', 'ماكسيم اورشكين'],
    ['Maxim Oreshkin', 'встреча с Максимом Орешкиным прошла', 'Максимом Орешкиным'],
    ['ماكسيم اورشكين', 'Maxim Oreshkin told Xinhua', 'Maxim Oreshkin'],
    ['Livingston', 'Игра в Ливингстоне закончилась', 'Ливингстоне'],
    ['Livingston', 'فاز فريق ليفينغستون', 'ليفينغستون'],
    ['Encinitas', 'بالقرب من شاطئ في إنسينيتاس', 'إنسينيتاس'],
    ['Kavanaugh', 'кандидатуры судьи Кавано', 'Кавано'],
    ['Sulawesi', 'землетрясение на Сулавеси', 'Сулавеси'],
    ['Li Hui', 'وقال السفير الصيني لدى روسيا لى هوي " ان', 'لى هوي'],
    ['Li Huilai', 'وقال لي هوي لاي مساعد وزير', 'لي هوي لاي'],
    ['Boris Titov', 'يرأس بوريس تيتوف أيضا', 'بوريس تيتوف'],
    ['Ozon.ru', 'مثل (أوزون. رو) و(الدورادو. رو)', 'أوزون. رو'],
    ['Putin', 'سيعقد الرئيس الروسى فلاديمير بوتين محادثات', 'فلاديمير بوتين'],
    ['Putin', 'переговоры с Путиным', 'Путиным'],
    // English writes the g of Gerrard and of Geller alike; Russian and Arabic write дж/ج and г/غ.
    ['Gerrard', 'команда Стивена Джеррарда проиграла', 'Джеррарда'],
    ['Rangers', 'Ливингстон обыграл «Рейнджерс» в субботу', 'Рейнджерс'],
    ['Geller', 'журналист Геллер написал', 'Геллер'],
    ['Джеррард', 'Steven Gerrard\'s men lost', 'Gerrard'],
  ];
  for (const [name, sentence, want] of pairs) {
    it(`finds ${name} in "${sentence}"`, () => assert.deepEqual(mentions(name, sentence), [want]));
  }

  it('finds a known entity by all its forms, with clitics and case endings', () => {
    assert.deepEqual(mentions('Russia', 'التجارة بين روسيا والصين بروسيا الروسية'), ['روسيا', 'روسيا', 'الروسية']);
    assert.deepEqual(mentions('Russia', 'Экспорт из России вырос'), ['России']);
    assert.deepEqual(mentions('Russia', '中俄贸易和俄罗斯市场'), ['俄', '俄罗斯']);
    assert.deepEqual(mentions('China', 'التجارة بين روسيا والصين'), ['الصين']);
  });

  it('does not confirm a different name, or a name that runs on', () => {
    assert.ok(best('Bhutan', 'سيعقد الرئيس الروسى فلاديمير بوتين محادثات') < MENTION_CONFIRMED);
    assert.ok(best('Bhutan', 'talks with Putin') < MENTION_CONFIRMED);
    assert.ok(best('Li Hui', 'وقال لي هوي لاي مساعد وزير') < MENTION_CONFIRMED);
    assert.ok(best('Li Hui', 'Chinese Assistant Foreign Minister Li Huilai said') < MENTION_CONFIRMED);
    assert.ok(best('Moscow', 'The casino in Macau') < MENTION_CONFIRMED);
    assert.ok(best('Mark Zavadskiy', 'Марк Твен писал') < MENTION_CONFIRMED);
    assert.ok(best('Oreshkin', 'Путин и Медведев') < MENTION_CONFIRMED);
    assert.ok(best('Gerrard', 'журналист Жерар написал') < MENTION_CONFIRMED);
  });

  it('returns nothing for empty or odd input', function () {
    this.timeout(20_000);
    assert.deepEqual(findMentions('', 'en', 'Putin', 'en'), []);
    assert.deepEqual(findMentions('Putin', 'en', '', 'en'), []);
    for (const s of ['\u200F', 'بو\u200Dتين', 'Pu\u0301tin', 'ـــ', 'a'.repeat(100_000), '中'.repeat(30_000)]) {
      for (const m of findMentions('Putin', 'en', s, 'und')) assert.ok(m.start >= 0 && m.end <= s.length && m.start < m.end);
      for (const m of findMentions(s, 'und', 'Putin met Li Hui', 'en')) assert.ok(m.end <= 16);
    }
  });
});

describe('entities: sentenceNameKeys', () => {
  it('keys every name-like token so that a name finds its sentence', () => {
    const cases: [string, string][] = [
      ['Maxim Oreshkin', 'حسبما أفاد ماكسيم اورشكين، وزير التنمية'],
      ['Huilai', 'وقال لي هوي لاي مساعد وزير'],
      ['Oreshkin', 'встреча с Максимом Орешкиным'],
      ['Putin', 'الرئيس الروسى فلاديمير وبوتين'],
      ['Mingpu', '副总裁苏明普表示'],
    ];
    for (const [name, sentence] of cases) {
      const have = new Set(sentenceNameKeys(sentence, detectLang(sentence)).map((k) => k.key));
      for (const k of nameKey(name, 'en').split(' ')) assert.ok(have.has(k), `${name}: ${k} in ${[...have].join(',')}`);
    }
  });

  it('keys a soft g both ways, so that Gerrard finds Джеррард and Джеррард finds Gerrard', () => {
    const russian = new Set(sentenceNameKeys('команда Стивена Джеррарда', 'ru').map((k) => k.key));
    assert.ok(nameKeys('Gerrard', 'en').some((k) => russian.has(k)), [...russian].join(','));
    const english = new Set(sentenceNameKeys("Steven Gerrard's men", 'en').map((k) => k.key));
    assert.ok(nameKeys('Джеррард', 'ru').some((k) => english.has(k)), [...english].join(','));
  });

  it('adds the canonical keys of known entities, and nameKeys lists them for a query', () => {
    const keys = sentenceNameKeys('وتعد الصين أكبر شريك تجاري لروسيا', 'ar');
    assert.ok(keys.some((k) => k.key === 'region:RU'));
    assert.ok(keys.some((k) => k.key === 'region:CN'));
    assert.ok(nameKeys('Russia', 'en').includes('region:RU'));
    for (const k of keys) assert.ok(k.start < k.end);
  });

  it('handles a long text and odd input without throwing', function () {
    this.timeout(20_000);
    const text = 'Boris Titov met Li Hui in Moscow. وقال لي هوي لاي إن الرئيس شي سيزور روسيا. Максим Орешкин посетил Пекин. 阿里巴巴总裁马云。\n'.repeat(300);
    const keys = sentenceNameKeys(text, 'en');
    assert.ok(keys.length > 1000);
    for (const k of keys) assert.ok(k.start >= 0 && k.end <= text.length && k.start < k.end);
    for (const s of ['', '\u200F', 'ـ', '\uD800', 'A'.repeat(100_000)]) sentenceNameKeys(s, 'und');
  });
});

describe('entities: mayMention, the cheap test before the spelling comparison', () => {
  it('is true wherever findMention confirms the name, and false where no key is shared', () => {
    const claimText = 'Steven Gerrard and Rangers';
    const claims = analyzeText(claimText, 'en').entities;
    const sentence = analyzeText('Ливингстон обыграл «Рейнджерс» Стивена Джеррарда со счетом 1:0.', 'ru');
    for (const c of claims) {
      assert.ok(findMention(c, 'en', sentence), c.text);
      assert.ok(mayMention(c, 'en', sentence), c.text);
    }
    const elsewhere = analyzeText('Президент Путин провел переговоры в Пекине.', 'ru');
    for (const c of claims) assert.equal(mayMention(c, 'en', elsewhere), false, c.text);
  });
});
