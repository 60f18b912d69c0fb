import { strict as assert } from 'node:assert';
import { extractEntities } from '../../server/src/engine/entities/extract';
import type { Lang } from '../../server/src/engine/types';

/** The claims of a sentence as "surface=key" strings, in order. */
function found(text: string, lang: Lang): string[] {
  return extractEntities(text, lang).map((c) => `${c.text}=${c.entity.key}`);
}

function surfaces(text: string, lang: Lang): string[] {
  return extractEntities(text, lang).map((c) => c.text);
}

describe('entities: English', () => {
  it('finds capitalised runs with connectors and known names', () => {
    const s = 'Boris Titov, chairman of the Russian part of the China-Russia Friendship Committee for Peace and Development, suggests there be more native competitors.';
    assert.deepEqual(surfaces(s, 'en'), ['Boris Titov', 'Russian', 'China-Russia Friendship Committee for Peace and Development']);
    assert.deepEqual(found('In January, AliExpress left domestic rivals such as Ozon.ru and JD.com behind.', 'en'), [
      'AliExpress=aliexpress', 'Ozon.ru=~ozonru', 'JD.com=jd-com',
    ]);
    assert.deepEqual(surfaces('The long-haul airliner is a joint plan of COMAC and the United Aircraft Corporation.', 'en'), ['COMAC', 'United Aircraft Corporation']);
    assert.deepEqual(surfaces('AliExpress develops in Russia with Mail.ru Group.', 'en'), ['AliExpress', 'Russia', 'Mail.ru Group']);
  });

  it('keeps a possessive outside the span and splits hyphenated pairs', () => {
    assert.deepEqual(found("China's Belt and Road Initiative is linked with the Russia-led Eurasian Economic Union.", 'en'), [
      'China=region:CN', 'Belt and Road Initiative=belt-and-road', 'Russia=region:RU', 'Eurasian Economic Union=eaeu',
    ]);
    assert.deepEqual(found('The China-Central Asia summit took place in Xi\'an, in north-western China.', 'en'), [
      'China=region:CN', 'Central Asia=region:143', "Xi'an=xian", 'China=region:CN',
    ]);
    assert.deepEqual(found('Alibaba’s President Jack Ma spoke at the St. Petersburg International Economic Forum.', 'en'), [
      'Alibaba=alibaba', 'Jack Ma=jack-ma', 'St. Petersburg International Economic Forum=spief',
    ]);
  });

  it('ignores sentence-initial ordinary words, months and weekdays', () => {
    assert.deepEqual(surfaces('Internet service covers about 70 percent of the population.', 'en'), []);
    assert.deepEqual(surfaces('More Russians shop online than ever.', 'en'), ['Russians']);
    assert.deepEqual(surfaces('Two-way trade grew in January and on Monday.', 'en'), []);
    assert.deepEqual(surfaces('Measured by sales, the platform leads.', 'en'), []);
    assert.deepEqual(surfaces('The platform opened on Friday in Moscow.', 'en'), ['Moscow']);
    assert.deepEqual(surfaces('Trade hit a record US$70.2 billion, the US said.', 'en'), ['US']); // US$ belongs to the number
  });

  it('separates titles and nationality adjectives from the names they introduce', () => {
    assert.deepEqual(found('Russian Prime Minister Dmitry Medvedev met Chinese Assistant Foreign Minister Li Huilai.', 'en'), [
      'Russian=region:RU', 'Dmitry Medvedev=medvedev', 'Chinese=region:CN', 'Li Huilai=~li huilai',
    ]);
    const oreshkin = extractEntities('Russian Economic Development Minister Maxim Oreshkin spoke.', 'en');
    assert.deepEqual(oreshkin.map((c) => c.text), ['Russian', 'Maxim Oreshkin']);
    assert.equal(oreshkin[1].entity.type, 'person');
    assert.deepEqual(surfaces('Most parcels are delivered by Russian Post.', 'en'), ['Russian Post']);
    assert.deepEqual(surfaces('Xi and Putin will hold talks.', 'en'), ['Xi', 'Putin']);
  });
});

describe('entities: Russian', () => {
  it('folds case forms of known names to one key', () => {
    assert.deepEqual(found('Россия, России, Россией и Россию', 'ru').map((x) => x.split('=')[1]), ['region:RU', 'region:RU', 'region:RU', 'region:RU']);
    assert.deepEqual(found('Саммит прошёл в Сиане, а не в Пекине или Москве, на северо-западе Китая.', 'ru'), [
      'Сиане=xian', 'Пекине=beijing', 'Москве=moscow', 'Китая=region:CN',
    ]);
    assert.deepEqual(found('Китай и страны Центральной Азии укрепляют связи.', 'ru'), ['Китай=region:CN', 'Центральной Азии=region:143']);
  });

  it('finds unknown names after the sentence start, quoted names and Latin names', () => {
    assert.deepEqual(surfaces('Вице-президент Osell Су Минпу пообещал проводить мероприятия.', 'ru'), ['Osell', 'Су Минпу']);
    assert.deepEqual(surfaces('Джек Ма призвал молодых россиян открывать бизнес.', 'ru'), ['Джек Ма', 'россиян']);
    assert.deepEqual(surfaces('Министр экономического развития России Максим Орешкин рассказал агентству Синьхуа.', 'ru'), ['России', 'Максим Орешкин', 'Синьхуа']);
    assert.deepEqual(found('Стороны договорились о сопряжении «Пояса и пути» с ЕАЭС.', 'ru'), ['Пояса и пути=belt-and-road', 'ЕАЭС=eaeu']);
    assert.deepEqual(surfaces('Об этом сообщает Optimism.kz.', 'ru'), ['Optimism.kz']);
    assert.deepEqual(found('Российский рынок и русский язык', 'ru').map((x) => x.split('=')[1]), ['region:RU', 'region:RU']);
  });

  it('does not take a capitalised sentence opener for a name', () => {
    assert.deepEqual(surfaces('Министерство коммерции заявило о росте.', 'ru'), []);
    assert.deepEqual(surfaces('В Москве открылся зал.', 'ru'), ['Москве']);
    assert.deepEqual(surfaces('ВВП вырос на 2 процента.', 'ru'), []);
  });
});

describe('entities: Arabic', () => {
  it('finds countries with clitics and nisba adjectives, excluding the clitic from the span', () => {
    assert.deepEqual(found('التجارة بين روسيا والصين بروسيا الروسية الروسى', 'ar'), [
      'روسيا=region:RU', 'الصين=region:CN', 'روسيا=region:RU', 'الروسية=region:RU', 'الروسى=region:RU',
    ]);
    assert.deepEqual(found('تعد الصين أكبر شريك تجاري لروسيا وللصين', 'ar').map((x) => x.split('=')[1]), ['region:CN', 'region:RU', 'region:CN']);
  });

  it('finds known people and companies, names after titles and transliterated names', () => {
    assert.deepEqual(found('سيعقد الرئيس شى والرئيس الروسى فلاديمير بوتين محادثات', 'ar'), [
      'شى=xi-jinping', 'الروسى=region:RU', 'فلاديمير بوتين=putin',
    ]);
    assert.deepEqual(surfaces('حسبما أفاد ماكسيم اورشكين، وزير التنمية الاقتصادية الروسي', 'ar'), ['ماكسيم اورشكين', 'الروسي']);
    assert.deepEqual(found('وذلك لكسر سيطرة شركتى إيرباص وبوينج.', 'ar'), ['إيرباص=airbus', 'بوينج=boeing']);
    assert.deepEqual(surfaces('تاركا نظراءه المحليين مثل (أوزون. رو) و(الدورادو. رو) فى الخلف', 'ar'), ['أوزون. رو', 'الدورادو. رو']);
    assert.deepEqual(found('موقع للتجارة الإلكترونية يتبع مجموعة على بابا الصينية', 'ar'), ['مجموعة على بابا=alibaba', 'الصينية=region:CN']);
    assert.deepEqual(surfaces('تشارك مؤسسة روستيخ الحكومية في المشروع', 'ar'), ['مؤسسة روستيخ']);
    assert.deepEqual(surfaces('يرأس بوريس تيتوف أيضا حزب النمو الروسي.', 'ar'), ['بوريس تيتوف', 'حزب النمو', 'الروسي']);
  });

  it('finds Chinese names written syllable by syllable', () => {
    assert.deepEqual(surfaces('وقال السفير الصيني لدى روسيا لى هوي " ان', 'ar'), ['الصيني', 'روسيا', 'لى هوي']);
    assert.deepEqual(surfaces('وقال لي هوي لاي مساعد وزير الشئون الخارجية الصينية', 'ar'), ['لي هوي لاي', 'الصينية']);
    assert.deepEqual(surfaces('وقال لي ان هناك نقاطا جديدة للنمو', 'ar'), []);
    assert.deepEqual(surfaces('ما هو الحل', 'ar'), []);
  });

  it('leaves ordinary Arabic words alone', () => {
    assert.deepEqual(surfaces('وسيوقع البلدان سلسلة من الوثائق التعاونية في مجالات مثل التجارة والاقتصاد والاستثمار.', 'ar'), []);
    assert.deepEqual(surfaces('وارتفعت المبيعات خلال السنوات القليلة الماضية مدعومة بقطارات البضائع السريعة', 'ar'), []);
  });
});

describe('entities: Chinese', () => {
  it('finds known names, abbreviation compounds and names after titles', () => {
    assert.deepEqual(found('阿里巴巴总裁马云在圣彼得堡国际经济论坛上鼓励俄罗斯年轻人。', 'zh'), [
      '阿里巴巴=alibaba', '马云=jack-ma', '圣彼得堡国际经济论坛=spief', '俄罗斯=region:RU',
    ]);
    assert.deepEqual(found('2017年1至5月，中俄贸易额达到2231亿元。', 'zh'), ['中=region:CN', '俄=region:RU']);
    assert.deepEqual(found('京东也计划在莫斯科开设展厅。', 'zh'), ['京东=jd-com', '莫斯科=moscow']);
    assert.deepEqual(surfaces('副总裁苏明普表示，合作将继续。', 'zh'), ['苏明普']);
  });

  it('does not read ordinary words as names', () => {
    assert.deepEqual(surfaces('发展中国家的美德', 'zh'), []);
    assert.deepEqual(surfaces('7月2日俄罗斯总统', 'zh'), ['俄罗斯']);
    assert.deepEqual(found('美元和日元', 'zh'), []);
  });

  it('finds Latin names inside Chinese text', () => {
    assert.deepEqual(surfaces('68 岁的Narcis Termes表示', 'zh'), ['Narcis Termes']);
  });
});

describe('entities: claims are well formed', () => {
  const samples: [string, Lang][] = [
    ['Boris Titov met Li Hui in Moscow.', 'en'],
    ['Максим Орешкин посетил Пекин.', 'ru'],
    ['قال لي هوي لاي إن الرئيس شي سيزور روسيا', 'ar'],
    ['阿里巴巴总裁马云访问俄罗斯', 'zh'],
    ['𠮷野家 in Tokyo 中俄 𠀋', 'zh'],
  ];
  for (const [text, lang] of samples) {
    it(`sorted, non-overlapping, exact spans on code points: ${text}`, () => {
      const claims = extractEntities(text, lang);
      assert.ok(claims.length > 0);
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i];
        assert.equal(text.slice(c.start, c.end), c.text);
        assert.ok(c.start < c.end);
        assert.ok(!/^[\uDC00-\uDFFF]/.test(c.text) && !/[\uD800-\uDBFF]$/.test(c.text), 'splits a surrogate pair');
        assert.ok(c.entity.key.length > 0 && c.entity.name.length > 0);
        if (i > 0) assert.ok(claims[i - 1].end <= c.start, 'overlap or order');
      }
    });
  }

  it('never throws on odd input', function () {
    this.timeout(20_000);
    const odd = [
      '', ' ', '\u200F', 'Boris\u200D Titov', 'روسيا\u200F والصين', 'Mosco\u0301w Russia', '\u0301\u0301', 'ـــ', '🙂 Russia 🙂',
      'a'.repeat(100_000), 'Б'.repeat(100_000), 'ب'.repeat(100_000), '中'.repeat(100_000), 'A '.repeat(50_000), '\uD800 unpaired',
    ];
    for (const s of odd) {
      for (const lang of ['en', 'ru', 'ar', 'zh', 'und'] as Lang[]) {
        const claims = extractEntities(s, lang);
        for (const c of claims) assert.equal(s.slice(c.start, c.end), c.text);
      }
    }
  });
});
