// Scale words (thousand, million, млрд, مليار, 亿 …) and the factor each stands for.
// The spelled-out and abbreviated forms, inflected for each plural category, come from ICU's compact notation;
// the abbreviations, case forms and Chinese compounds ICU does not give are typed below.

/** A group of scale words written in one style, so that a formatter can swap "million" for "billion" and "m" for "bn". */
export type ScaleFamily = 'en-long' | 'en-abbr' | 'en-upper' | 'en-mn' | 'en-mln' | 'ru-long' | 'ru-short' | 'ar-long' | 'zh';

export interface ScaleWord {
  word: string;
  factor: number;
  family: ScaleFamily;
}

type Category = Intl.LDMLPluralRule;

/** The factors of the ICU-derived families, with the plural forms of each word (one, few, many, other …). */
export type ScaleForms = ReadonlyMap<number, ReadonlyMap<Category, string>>;

const ICU_FACTORS = [1e3, 1e6, 1e9, 1e12];

/** One sample number per plural category of a locale, as ICU's plural rules sort them. */
function categorySamples(locale: string): Map<Category, number> {
  const rules = new Intl.PluralRules(locale);
  const out = new Map<Category, number>();
  for (const n of [1, 2, 3, 5, 11, 21, 100, 1.5]) {
    const c = rules.select(n);
    if (!out.has(c)) out.set(c, n);
  }
  return out;
}

function icuForms(locale: string, display: 'long' | 'short', factors: readonly number[]): Map<number, Map<Category, string>> {
  const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 3 });
  const out = new Map<number, Map<Category, string>>();
  for (const factor of factors) {
    const forms = new Map<Category, string>();
    for (const [category, n] of categorySamples(locale)) {
      const word = format
        .formatToParts(n * factor)
        .filter((p) => p.type === 'compact')
        .map((p) => p.value)
        .join('');
      if (word) forms.set(category, word);
    }
    if (forms.size) out.set(factor, forms);
  }
  return out;
}

let icuScales: Readonly<Partial<Record<ScaleFamily, ScaleForms>>> | undefined;

/**
 * Forms of each factor, by plural category, for the families ICU writes itself. Read from ICU on first use,
 * not at module load (its formatters take milliseconds each to make).
 */
export function icuScaleForms(): Readonly<Partial<Record<ScaleFamily, ScaleForms>>> {
  return (icuScales ??= {
    'en-long': icuForms('en', 'long', ICU_FACTORS),
    'ru-long': icuForms('ru', 'long', ICU_FACTORS),
    'ru-short': icuForms('ru', 'short', ICU_FACTORS),
    'ar-long': icuForms('ar', 'long', ICU_FACTORS),
    zh: icuForms('zh', 'long', [1e4, 1e8, 1e12]),
  });
}

/** Abbreviation families: one fixed word per factor. */
export const ABBREVIATIONS: Readonly<Partial<Record<ScaleFamily, readonly [number, string][]>>> = {
  'en-abbr': [[1e3, 'k'], [1e6, 'm'], [1e9, 'bn'], [1e12, 'tn']],
  'en-upper': [[1e3, 'K'], [1e6, 'M'], [1e9, 'B'], [1e12, 'T']],
  'en-mn': [[1e3, 'k'], [1e6, 'mn'], [1e9, 'bn'], [1e12, 'tn']],
  'en-mln': [[1e3, 'k'], [1e6, 'mln'], [1e9, 'bln'], [1e12, 'trln']],
};

const RU_NOUN_ENDINGS = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
const RU_THOUSAND = ['тысяча', 'тысячи', 'тысяч', 'тысячу', 'тысячей', 'тысячью', 'тысяче', 'тысячам', 'тысячами', 'тысячах'];

/** Words ICU does not list: English abbreviations, Russian case forms, Arabic accusative and plural forms, Chinese compounds. */
const EXTRA: readonly ScaleWord[] = [
  { word: 'thousand', factor: 1e3, family: 'en-long' },
  { word: 'hundred', factor: 1e2, family: 'en-long' },
  { word: 'million', factor: 1e6, family: 'en-long' },
  { word: 'billion', factor: 1e9, family: 'en-long' },
  { word: 'trillion', factor: 1e12, family: 'en-long' },
  { word: 'k', factor: 1e3, family: 'en-abbr' },
  { word: 'm', factor: 1e6, family: 'en-abbr' },
  { word: 'bn', factor: 1e9, family: 'en-abbr' },
  { word: 'b', factor: 1e9, family: 'en-upper' },
  { word: 'tn', factor: 1e12, family: 'en-abbr' },
  { word: 'mn', factor: 1e6, family: 'en-mn' },
  { word: 'mln', factor: 1e6, family: 'en-mln' },
  { word: 'bln', factor: 1e9, family: 'en-mln' },
  { word: 'trln', factor: 1e12, family: 'en-mln' },
  ...RU_THOUSAND.map((word) => ({ word, factor: 1e3, family: 'ru-long' as const })),
  ...RU_NOUN_ENDINGS.flatMap((e) => [
    { word: `миллион${e}`, factor: 1e6, family: 'ru-long' as const },
    { word: `миллиард${e}`, factor: 1e9, family: 'ru-long' as const },
    { word: `триллион${e}`, factor: 1e12, family: 'ru-long' as const },
  ]),
  { word: 'тыс', factor: 1e3, family: 'ru-short' },
  { word: 'млн', factor: 1e6, family: 'ru-short' },
  { word: 'млрд', factor: 1e9, family: 'ru-short' },
  { word: 'трлн', factor: 1e12, family: 'ru-short' },
  ...['ألف', 'ألفا', 'ألفاً', 'آلاف', 'الف', 'الاف'].map((word) => ({ word, factor: 1e3, family: 'ar-long' as const })),
  ...['مليون', 'مليونا', 'مليوناً', 'ملايين', 'ملايين'].map((word) => ({ word, factor: 1e6, family: 'ar-long' as const })),
  ...['مليار', 'مليارا', 'ملياراً', 'مليارات', 'بليون', 'بلايين'].map((word) => ({ word, factor: 1e9, family: 'ar-long' as const })),
  ...['ترليون', 'تريليون', 'ترليونات', 'تريليونات'].map((word) => ({ word, factor: 1e12, family: 'ar-long' as const })),
  { word: '十', factor: 10, family: 'zh' },
  { word: '百', factor: 100, family: 'zh' },
  { word: '千', factor: 1e3, family: 'zh' },
  { word: '万', factor: 1e4, family: 'zh' },
  { word: '十万', factor: 1e5, family: 'zh' },
  { word: '百万', factor: 1e6, family: 'zh' },
  { word: '千万', factor: 1e7, family: 'zh' },
  { word: '亿', factor: 1e8, family: 'zh' },
  { word: '十亿', factor: 1e9, family: 'zh' },
  { word: '百亿', factor: 1e10, family: 'zh' },
  { word: '千亿', factor: 1e11, family: 'zh' },
  { word: '万亿', factor: 1e12, family: 'zh' },
];

function collect(): ScaleWord[] {
  const out: ScaleWord[] = [];
  for (const [family, forms] of Object.entries(icuScaleForms()) as [ScaleFamily, ScaleForms][]) {
    for (const [factor, byCategory] of forms) for (const word of byCategory.values()) out.push({ word, factor, family });
  }
  return [...out, ...EXTRA];
}

let all: readonly ScaleWord[] | undefined;

/** Every scale word, spelled as written (lookups normalise case and Arabic spelling). */
export function scaleWords(): readonly ScaleWord[] {
  return (all ??= collect());
}

/**
 * Arabic dual forms that carry their own count: "ألفين" is 2000, "مليونين" two million.
 * They stand without a numeral before them.
 */
export const AR_DUAL_SCALES: readonly [string, number][] = [
  ['ألفين', 2e3], ['ألفان', 2e3], ['ألفي', 2e3],
  ['مليونين', 2e6], ['مليونان', 2e6], ['مليوني', 2e6],
  ['مليارين', 2e9], ['ملياران', 2e9], ['ملياري', 2e9],
];

/** Scale words that stand alone for one unit of their scale in a language that drops "one" ("миллион долларов", "مليون زائر"). */
export const BARE_SCALE_WORDS: readonly [string, number][] = [
  ['тысяча', 1e3], ['тысячу', 1e3], ['миллион', 1e6], ['миллиона', 1e6], ['миллиард', 1e9], ['миллиарда', 1e9],
  ['ألف', 1e3], ['مليون', 1e6], ['مليار', 1e9],
];
