// Numbers spelled as words, cardinal and ordinal, in English, Russian, Arabic and Chinese, with the case and gender
// forms a writer uses (двух, шестью, седьмым; ثلاث/ثلاثة, السادسة; 两). Formatters use the same tables to write forms back.

export const EN_CARDINALS: readonly [string, number][] = [
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
];

/** Words that multiply the number before them, or stand for their value after "a": "two hundred", "a dozen". */
export const EN_MULTIPLIERS: readonly [string, number][] = [['hundred', 100], ['dozen', 12]];

export const EN_ORDINALS: readonly [string, number][] = [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40],
  ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
];

/** Russian grammatical case of a cardinal, with gendered nominatives for 1 and 2 (accusative of things = nominative). */
export type RuCase = 'nom' | 'nomF' | 'nomN' | 'gen' | 'dat' | 'ins' | 'prep';

export interface RuCardinal {
  value: number;
  forms: Partial<Record<RuCase, string>>;
}

/** A numeral ending in -ь: пять, пяти, пятью. */
function soft(nom: string, ins?: string): RuCardinal['forms'] {
  const stem = nom.slice(0, -1);
  return { nom, gen: `${stem}и`, dat: `${stem}и`, ins: ins ?? `${stem}ью`, prep: `${stem}и` };
}

/** пятьдесят → пятидесяти, пятьюдесятью. */
function tens(nom: string, gen: string, ins: string): RuCardinal['forms'] {
  return { nom, gen, dat: gen, ins, prep: gen };
}

/** двести → двухсот, двумстам, двумястами, двухстах. */
function hundreds(nom: string, gen: string, dat: string, ins: string, prep: string): RuCardinal['forms'] {
  return { nom, gen, dat, ins, prep };
}

export const RU_CARDINALS: readonly RuCardinal[] = [
  { value: 1, forms: { nom: 'один', nomF: 'одна', nomN: 'одно', gen: 'одного', dat: 'одному', ins: 'одним', prep: 'одном' } },
  { value: 2, forms: { nom: 'два', nomF: 'две', gen: 'двух', dat: 'двум', ins: 'двумя', prep: 'двух' } },
  { value: 3, forms: { nom: 'три', gen: 'трех', dat: 'трем', ins: 'тремя', prep: 'трех' } },
  { value: 4, forms: { nom: 'четыре', gen: 'четырех', dat: 'четырем', ins: 'четырьмя', prep: 'четырех' } },
  { value: 5, forms: soft('пять') },
  { value: 6, forms: soft('шесть') },
  // "семью" is also "family" (accusative): the instrumental of seven is left out.
  { value: 7, forms: { nom: 'семь', gen: 'семи', dat: 'семи', prep: 'семи' } },
  { value: 8, forms: { nom: 'восемь', gen: 'восьми', dat: 'восьми', ins: 'восемью', prep: 'восьми' } },
  { value: 9, forms: soft('девять') },
  { value: 10, forms: soft('десять') },
  { value: 11, forms: soft('одиннадцать') },
  { value: 12, forms: soft('двенадцать') },
  { value: 13, forms: soft('тринадцать') },
  { value: 14, forms: soft('четырнадцать') },
  { value: 15, forms: soft('пятнадцать') },
  { value: 16, forms: soft('шестнадцать') },
  { value: 17, forms: soft('семнадцать') },
  { value: 18, forms: soft('восемнадцать') },
  { value: 19, forms: soft('девятнадцать') },
  { value: 20, forms: soft('двадцать') },
  { value: 30, forms: soft('тридцать') },
  { value: 40, forms: tens('сорок', 'сорока', 'сорока') },
  { value: 50, forms: tens('пятьдесят', 'пятидесяти', 'пятьюдесятью') },
  { value: 60, forms: tens('шестьдесят', 'шестидесяти', 'шестьюдесятью') },
  { value: 70, forms: tens('семьдесят', 'семидесяти', 'семьюдесятью') },
  { value: 80, forms: tens('восемьдесят', 'восьмидесяти', 'восемьюдесятью') },
  { value: 90, forms: tens('девяносто', 'девяноста', 'девяноста') },
  { value: 100, forms: tens('сто', 'ста', 'ста') },
  { value: 200, forms: hundreds('двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах') },
  { value: 300, forms: hundreds('триста', 'трехсот', 'тремстам', 'тремястами', 'трехстах') },
  { value: 400, forms: hundreds('четыреста', 'четырехсот', 'четыремстам', 'четырьмястами', 'четырехстах') },
  { value: 500, forms: hundreds('пятьсот', 'пятисот', 'пятистам', 'пятьюстами', 'пятистах') },
  { value: 600, forms: hundreds('шестьсот', 'шестисот', 'шестистам', 'шестьюстами', 'шестистах') },
  { value: 700, forms: hundreds('семьсот', 'семисот', 'семистам', 'семьюстами', 'семистах') },
  { value: 800, forms: hundreds('восемьсот', 'восьмисот', 'восьмистам', 'восьмьюстами', 'восьмистах') },
  { value: 900, forms: hundreds('девятьсот', 'девятисот', 'девятистам', 'девятьюстами', 'девятистах') },
];

/** "полтора года", "полторы тысячи": one and a half. */
export const RU_ONE_AND_HALF: readonly string[] = ['полтора', 'полторы', 'полутора'];

/** The form of a Russian ordinal adjective: gender (or plural) and case. */
export type RuOrdinalForm =
  | 'm.nom' | 'm.gen' | 'm.dat' | 'm.ins' | 'm.prep'
  | 'f.nom' | 'f.obl' | 'f.acc'
  | 'n.nom'
  | 'pl.nom' | 'pl.gen' | 'pl.dat' | 'pl.ins';

type Declension = 'hard' | 'stressed' | 'soft';

const ORDINAL_ENDINGS: Record<Declension, Record<RuOrdinalForm, string>> = {
  hard: {
    'm.nom': 'ый', 'm.gen': 'ого', 'm.dat': 'ому', 'm.ins': 'ым', 'm.prep': 'ом', 'f.nom': 'ая', 'f.obl': 'ой', 'f.acc': 'ую',
    'n.nom': 'ое', 'pl.nom': 'ые', 'pl.gen': 'ых', 'pl.dat': 'ым', 'pl.ins': 'ыми',
  },
  stressed: {
    'm.nom': 'ой', 'm.gen': 'ого', 'm.dat': 'ому', 'm.ins': 'ым', 'm.prep': 'ом', 'f.nom': 'ая', 'f.obl': 'ой', 'f.acc': 'ую',
    'n.nom': 'ое', 'pl.nom': 'ые', 'pl.gen': 'ых', 'pl.dat': 'ым', 'pl.ins': 'ыми',
  },
  soft: {
    'm.nom': 'ий', 'm.gen': 'ьего', 'm.dat': 'ьему', 'm.ins': 'ьим', 'm.prep': 'ьем', 'f.nom': 'ья', 'f.obl': 'ьей', 'f.acc': 'ью',
    'n.nom': 'ье', 'pl.nom': 'ьи', 'pl.gen': 'ьих', 'pl.dat': 'ьим', 'pl.ins': 'ьими',
  },
};

const RU_ORDINAL_STEMS: readonly [string, number, Declension][] = [
  ['перв', 1, 'hard'], ['втор', 2, 'stressed'], ['трет', 3, 'soft'], ['четверт', 4, 'hard'], ['пят', 5, 'hard'],
  ['шест', 6, 'stressed'], ['седьм', 7, 'stressed'], ['восьм', 8, 'stressed'], ['девят', 9, 'hard'], ['десят', 10, 'hard'],
  ['одиннадцат', 11, 'hard'], ['двенадцат', 12, 'hard'], ['тринадцат', 13, 'hard'], ['четырнадцат', 14, 'hard'],
  ['пятнадцат', 15, 'hard'], ['шестнадцат', 16, 'hard'], ['семнадцат', 17, 'hard'], ['восемнадцат', 18, 'hard'],
  ['девятнадцат', 19, 'hard'], ['двадцат', 20, 'hard'], ['тридцат', 30, 'hard'], ['сороков', 40, 'stressed'],
  ['пятидесят', 50, 'hard'], ['шестидесят', 60, 'hard'], ['семидесят', 70, 'hard'], ['восьмидесят', 80, 'hard'],
  ['девяност', 90, 'hard'], ['сот', 100, 'hard'],
];

export interface RuOrdinal {
  word: string;
  value: number;
  form: RuOrdinalForm;
}

/** Every form of every Russian ordinal in the table ("шестым" → 6, m.ins). */
export const RU_ORDINALS: readonly RuOrdinal[] = RU_ORDINAL_STEMS.flatMap(([stem, value, declension]) =>
  (Object.entries(ORDINAL_ENDINGS[declension]) as [RuOrdinalForm, string][]).map(([form, ending]) => ({ word: stem + ending, value, form })),
);

/** Arabic cardinals 1–10 (masculine and feminine forms), tens and hundreds. Written without hamza variants: lookups normalise. */
export const AR_CARDINALS: readonly [string, number][] = [
  ['واحد', 1], ['واحدة', 1],
  ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2], ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2],
  ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6],
  ['سبع', 7], ['سبعة', 7], ['ثمان', 8], ['ثماني', 8], ['ثمانية', 8], ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
  ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['أربعون', 40], ['أربعين', 40], ['خمسون', 50], ['خمسين', 50],
  ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70], ['ثمانون', 80], ['ثمانين', 80], ['تسعون', 90], ['تسعين', 90],
  ['مائة', 100], ['مئة', 100], ['مائتان', 200], ['مائتين', 200], ['مئتان', 200], ['مئتين', 200],
  ['ثلاثمائة', 300], ['ثلاثمئة', 300], ['أربعمائة', 400], ['أربعمئة', 400], ['خمسمائة', 500], ['خمسمئة', 500],
  ['ستمائة', 600], ['ستمئة', 600], ['سبعمائة', 700], ['سبعمئة', 700], ['ثمانمائة', 800], ['ثمانمئة', 800],
  ['تسعمائة', 900], ['تسعمئة', 900],
  ['أحد', 1], ['إحدى', 1],
];

/** Arabic words that are numbers only inside a compound ("أحد عشر") or with a counted noun after them. */
export const AR_NEEDS_NOUN: readonly string[] = ['واحد', 'واحدة', 'أحد', 'إحدى', 'ست', 'سبع', 'عشر', 'ثمان'];

/** Forms of two that stand only before the ten of a teen: "اثنا عشر" (twelve); alone "أثنى" is a verb. */
export const AR_TEEN_ONLY: readonly string[] = ['اثنا', 'اثني', 'اثنتا', 'اثنتي'];

/** The ten-word of Arabic teens: "خمسة عشر", "خمس عشرة". */
export const AR_TEEN_TEN: readonly string[] = ['عشر', 'عشرة'];

/** Arabic ordinals 1–10, masculine and feminine (without the article, which lookups strip). */
export const AR_ORDINALS: readonly { value: number; m: string; f: string }[] = [
  { value: 1, m: 'أول', f: 'أولى' }, { value: 2, m: 'ثاني', f: 'ثانية' }, { value: 3, m: 'ثالث', f: 'ثالثة' },
  { value: 4, m: 'رابع', f: 'رابعة' }, { value: 5, m: 'خامس', f: 'خامسة' }, { value: 6, m: 'سادس', f: 'سادسة' },
  { value: 7, m: 'سابع', f: 'سابعة' }, { value: 8, m: 'ثامن', f: 'ثامنة' }, { value: 9, m: 'تاسع', f: 'تاسعة' },
  { value: 10, m: 'عاشر', f: 'عاشرة' },
];

/** Arabic cardinals 3–10 as a writer pairs them with a noun: masculine form (with ة) and feminine form (without). */
export const AR_UNITS_BY_GENDER: readonly { value: number; withTa: string; without: string }[] = [
  { value: 3, withTa: 'ثلاثة', without: 'ثلاث' }, { value: 4, withTa: 'أربعة', without: 'أربع' }, { value: 5, withTa: 'خمسة', without: 'خمس' },
  { value: 6, withTa: 'ستة', without: 'ست' }, { value: 7, withTa: 'سبعة', without: 'سبع' }, { value: 8, withTa: 'ثمانية', without: 'ثماني' },
  { value: 9, withTa: 'تسعة', without: 'تسع' }, { value: 10, withTa: 'عشرة', without: 'عشر' },
];

export const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const ZH_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const ZH_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
/** The decimal point of a Chinese numeral: 三十三点七. */
export const ZH_POINT = '点';
/** Marks an ordinal: 第六. */
export const ZH_ORDINAL_PREFIX = '第';
/** Marks a percentage written before the number: 百分之三十. */
export const ZH_PERCENT_PREFIX = '百分之';

/**
 * Measure words (classifiers) and nouns that follow a Chinese numeral and make it a count: 五个, 三名, 两家.
 * A numeral character with none of these after it ("统一", "一带一路") is not a number.
 */
export const ZH_CLASSIFIERS: readonly string[] = [
  '个', '名', '位', '人', '家', '项', '件', '份', '种', '条', '座', '架', '辆', '艘', '只', '头', '匹', '台', '场', '届', '所',
  '例', '批', '国', '省', '城', '倍', '栋', '张', '篇', '轮', '支', '队', '枚', '颗',
  '吨', '美元', '元', '次', '岁', '周', '天', '年', '月', '日', '号', '小时', '分钟', '秒', '季度', '世纪', '公里', '米', '英尺', '英里',
  '平方', '度', '亿', '万', '千', '百', '%', '％', '多', '余', '几',
];
