// Currency symbols, ISO codes and names in English, Russian, Arabic and Chinese, each mapped to its ISO 4217 code.
// Names come from ICU (Intl.DisplayNames and the plural names Intl.NumberFormat writes); everyday forms it lacks are typed.

/** The currencies whose names are listed in every language (ISO codes of other currencies are still recognised). */
const NAMED = ['USD', 'EUR', 'GBP', 'CNY', 'RUB', 'JPY', 'INR', 'KZT', 'UZS', 'KGS', 'TJS', 'TMT', 'HKD', 'CAD', 'AUD', 'CHF', 'KRW', 'TRY', 'SAR', 'AED', 'EGP', 'UAH', 'BYN'] as const;

const LOCALES = ['en', 'ru', 'ar', 'zh'] as const;

/** Symbols written before or after a figure. A bare "¥" is the yuan in Chinese text and the yen elsewhere (as ICU writes them). */
export const CURRENCY_SYMBOLS: readonly [string, string][] = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['$', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['HK$', 'HKD'],
  ['NZ$', 'NZD'], ['S$', 'SGD'], ['£', 'GBP'], ['UK£', 'GBP'], ['€', 'EUR'], ['₽', 'RUB'], ['₹', 'INR'], ['CN¥', 'CNY'], ['RMB¥', 'CNY'],
  ['JP¥', 'JPY'], ['¥', 'JPY'], ['￥', 'CNY'], ['₩', 'KRW'], ['₺', 'TRY'], ['₴', 'UAH'], ['₸', 'KZT'],
];

/** ISO 4217 codes ICU knows; matched only in upper case next to a figure ("USD 5", "5 RMB"). */
export const ISO_CODES: ReadonlySet<string> = new Set([...Intl.supportedValuesOf('currency'), 'RMB']);

function icuNames(): [string, string][] {
  const out: [string, string][] = [];
  for (const locale of LOCALES) {
    const names = new Intl.DisplayNames(locale, { type: 'currency' });
    for (const code of NAMED) {
      const name = names.of(code);
      if (name && name !== code) out.push([name, code]);
      // The plural names ("US dollars", "долларов США"): format a few counts and keep the words.
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'name', maximumFractionDigits: 0 });
      for (const n of [1, 2, 5, 21]) {
        const words = format
          .formatToParts(n)
          .filter((p) => p.type === 'currency')
          .map((p) => p.value)
          .join('')
          .trim();
        if (words && words !== code) out.push([words, code]);
      }
    }
  }
  return out;
}

const RU_HARD = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
const RU_SOFT = ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях'];

/** Everyday names and their inflections. */
const EXTRA: readonly [string, string][] = [
  ['dollar', 'USD'], ['dollars', 'USD'], ['US dollars', 'USD'], ['U.S. dollars', 'USD'], ['US dollar', 'USD'], ['U.S. dollar', 'USD'],
  ['American dollars', 'USD'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['Chinese yuan', 'CNY'], ['yuan renminbi', 'CNY'],
  ['pounds sterling', 'GBP'], ['pound sterling', 'GBP'], ['sterling', 'GBP'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['yen', 'JPY'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['tenge', 'KZT'],
  ...RU_HARD.map((e): [string, string] => [`доллар${e}`, 'USD']),
  ...RU_HARD.map((e): [string, string] => [`доллар${e} США`, 'USD']),
  ...RU_HARD.map((e): [string, string] => [`фунт${e} стерлингов`, 'GBP']),
  ...RU_SOFT.map((e): [string, string] => [`юан${e}`, 'CNY']),
  ...RU_SOFT.map((e): [string, string] => [`рубл${e}`, 'RUB']),
  ['долл.', 'USD'], ['долл', 'USD'], ['руб.', 'RUB'], ['руб', 'RUB'], ['евро', 'EUR'], ['иен', 'JPY'], ['иена', 'JPY'], ['иены', 'JPY'],
  ['тенге', 'KZT'], ['жэньминьби', 'CNY'],
  ['دولار', 'USD'], ['دولارا', 'USD'], ['دولاراً', 'USD'], ['دولارات', 'USD'], ['دولار أمريكي', 'USD'], ['دولار أميركي', 'USD'],
  ['دولارا أمريكيا', 'USD'], ['دولار امريكي', 'USD'], ['يوان', 'CNY'], ['يوان صيني', 'CNY'], ['رنمينبي', 'CNY'],
  ['جنيه إسترليني', 'GBP'], ['جنيه استرليني', 'GBP'], ['جنيها إسترلينيا', 'GBP'], ['جنيه', 'EGP'], ['يورو', 'EUR'],
  ['روبل', 'RUB'], ['روبلا', 'RUB'], ['روبل روسي', 'RUB'], ['ين', 'JPY'], ['ين ياباني', 'JPY'], ['ريال', 'SAR'], ['درهم', 'AED'],
  ['美元', 'USD'], ['元', 'CNY'], ['人民币', 'CNY'], ['元人民币', 'CNY'], ['英镑', 'GBP'], ['欧元', 'EUR'], ['卢布', 'RUB'],
  ['日元', 'JPY'], ['港元', 'HKD'], ['港币', 'HKD'], ['坚戈', 'KZT'],
];

let names: readonly [string, string][] | undefined;

/** Names written after (or, for Chinese "人民币", before) a figure; read from ICU on first use. */
export function currencyNames(): readonly [string, string][] {
  return (names ??= [...icuNames(), ...EXTRA]);
}

/**
 * The word a writer of each language puts after a figure (and after a scale word), for suggestions:
 * "223.1 billion yuan", "70,2 млрд долларов", "32.8 مليار دولار", "2231亿元".
 */
export const CURRENCY_WORD: Readonly<Record<'en' | 'ru' | 'ar' | 'zh', Readonly<Record<string, string>>>> = {
  en: { USD: 'dollars', CNY: 'yuan', GBP: 'pounds', EUR: 'euros', RUB: 'rubles', JPY: 'yen', INR: 'rupees', KZT: 'tenge' },
  ru: { USD: 'долларов', CNY: 'юаней', GBP: 'фунтов стерлингов', EUR: 'евро', RUB: 'рублей', JPY: 'иен', KZT: 'тенге' },
  ar: { USD: 'دولار', CNY: 'يوان', GBP: 'جنيه إسترليني', EUR: 'يورو', RUB: 'روبل', JPY: 'ين', EGP: 'جنيه' },
  zh: { USD: '美元', CNY: '元', GBP: '英镑', EUR: '欧元', RUB: '卢布', JPY: '日元', HKD: '港元', KZT: '坚戈' },
};

/** The symbol a suggestion writes for a currency when the claim used a symbol. */
export const CURRENCY_SYMBOL: Readonly<Record<string, string>> = {
  USD: '$', GBP: '£', EUR: '€', RUB: '₽', CNY: '¥', JPY: '¥', INR: '₹', KRW: '₩', TRY: '₺', UAH: '₴', KZT: '₸',
};
