// Countries, territories and world regions in every supported language, from Node's ICU
// (Intl.DisplayNames for every ISO 3166 code and the UN M.49 macro-regions), plus the short and
// colloquial forms news writers use that ICU does not list.

export const REGION_LOCALES = ['en', 'ru', 'ar', 'zh'] as const;
export type RegionLocale = (typeof REGION_LOCALES)[number];

export interface RegionNames {
  /** "region:RU", "region:143". */
  key: string;
  code: string;
  /** English display name. */
  name: string;
  /** Every spelling per language (long, short, colloquial). */
  forms: Record<RegionLocale, string[]>;
  /** Supranational bodies (EU, UN) are organisations rather than places. */
  type: 'place' | 'org';
}

/** Codes ICU knows that are not places a report would name. */
const SKIP = new Set(['XA', 'XB', 'ZZ', 'QO', 'EZ', 'UN']);

/** UN M.49 macro-regions worth recognising. */
const M49 = ['142', '143', '145', '030', '034', '035', '150', '151', '154', '155', '039', '002', '015', '202', '019', '419', '005', '013', '029', '009', '011', '014', '018'];

/** Names ICU gives that collide with ordinary words or with other readings in running text. */
const AMBIGUOUS: Record<RegionLocale, ReadonlySet<string>> = {
  en: new Set(['Chad', 'Jordan', 'Georgia', 'Jersey', 'Man', 'Guernsey', 'Sark', 'Turkey', 'Niger', 'Guinea', 'Americas']),
  ru: new Set(['Того', 'Чад', 'Америка']),
  ar: new Set(['مالي', 'بنين', 'تشاد', 'جيرسي', 'الأمريكتان']),
  zh: new Set(['中非', '乍得', '马里', '加纳', '多哥', '美洲', '关岛']),
};

/** Colloquial and short forms, keyed by code. */
const EXTRA: Record<string, Partial<Record<RegionLocale, string[]>>> = {
  US: { en: ['USA', 'U.S.', 'U.S.A.', 'United States of America', 'America'], ru: ['США', 'Соединённые Штаты', 'Соединенные Штаты Америки', 'Соединённые Штаты Америки'], ar: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'], zh: ['美利坚合众国'] },
  RU: { en: ['Russian Federation'], ru: ['РФ', 'Российская Федерация'], ar: ['روسيا الاتحادية', 'الاتحاد الروسي'], zh: ['俄国', '俄罗斯联邦'] },
  CN: { en: ['PRC', "People's Republic of China", 'Mainland China'], ru: ['КНР', 'Китайская Народная Республика', 'Поднебесная'], ar: ['جمهورية الصين الشعبية', 'الصين الشعبية'], zh: ['中华人民共和国', '中国大陆'] },
  GB: { en: ['Britain', 'Great Britain', 'UK', 'U.K.'], ru: ['Британия', 'Соединённое Королевство', 'Соединенное Королевство'], ar: ['بريطانيا', 'بريطانيا العظمى'], zh: ['大不列颠'] },
  KR: { en: ['Republic of Korea'], ru: ['Республика Корея', 'Южная Корея'], ar: ['كوريا الجنوبية'], zh: ['南韩'] },
  KP: { en: ['DPRK'], ru: ['КНДР', 'Северная Корея'], ar: ['كوريا الشمالية'], zh: ['北韩'] },
  AE: { en: ['UAE', 'Emirates'], ru: ['Объединённые Арабские Эмираты', 'Объединенные Арабские Эмираты', 'Эмираты'], ar: ['الإمارات'], zh: ['阿联酋'] },
  SA: { en: ['Saudi'], ru: ['Саудовская Аравия'], ar: ['السعودية'], zh: ['沙特'] },
  DE: { ru: ['ФРГ'] },
  CZ: { en: ['Czech Republic'], ru: ['Чехия'], zh: ['捷克共和国'] },
  TR: { en: ['Turkey'], ru: ['Турция'], ar: ['تركيا'], zh: ['土耳其'] },
  NL: { en: ['Holland'], ru: ['Голландия'], ar: ['هولندا'] },
  MM: { en: ['Burma'], ru: ['Бирма'] },
  MK: { en: ['Macedonia'], ru: ['Македония'], ar: ['مقدونيا'], zh: ['马其顿'] },
  CI: { en: ['Ivory Coast', "Cote d'Ivoire"] },
  CD: { en: ['Democratic Republic of the Congo', 'DRC', 'DR Congo'] },
  PS: { en: ['Palestine'], ru: ['Палестина'], ar: ['فلسطين'], zh: ['巴勒斯坦'] },
  SY: { ar: ['سورية'] },
  KZ: { ar: ['قازاقستان', 'كازاخستان'] },
  KG: { ru: ['Кыргызстан', 'Киргизия'], ar: ['قيرغيزستان', 'قرغيزستان'] },
  BY: { en: ['Belorussia'], ru: ['Белоруссия', 'Беларусь'], ar: ['روسيا البيضاء', 'بيلاروسيا'] },
  MD: { ru: ['Молдавия'] },
  VN: { en: ['Viet Nam'], ru: ['Вьетнам'] },
  IR: { en: ['Persia'] },
  VA: { en: ['Vatican', 'Holy See'], ru: ['Ватикан'], ar: ['الفاتيكان'], zh: ['梵蒂冈'] },
  HK: { en: ['Hong Kong'], ru: ['Гонконг', 'Сянган'], ar: ['هونغ كونغ', 'هونج كونج'], zh: ['香港'] },
  MO: { en: ['Macau', 'Macao'], ru: ['Макао', 'Аомынь'], ar: ['ماكاو', 'مكاو'], zh: ['澳门'] },
  TW: { ru: ['Тайвань'], ar: ['تايوان'], zh: ['台湾'] },
  EU: { en: ['EU'], ru: ['ЕС', 'Евросоюз'], ar: ['الاتحاد الأوروبي'], zh: ['欧盟'] },
  '143': { en: ['Central Asian'], ru: ['Средняя Азия'], ar: ['آسيا الوسطى'], zh: ['中亚地区'] },
  '142': { ar: ['اسيا'] },
  '150': { ar: ['أوربا'] },
  '002': { ar: ['إفريقيا'] },
  '419': { ar: ['أميركا اللاتينية'] },
};

/** Regions no ICU code covers. */
const NON_ICU: RegionNames[] = [
  {
    key: 'region:GB-ENG', code: 'GB-ENG', name: 'England', type: 'place',
    forms: { en: ['England'], ru: ['Англия'], ar: ['إنجلترا', 'انكلترا', 'إنكلترا'], zh: ['英格兰'] },
  },
  {
    key: 'region:GB-SCT', code: 'GB-SCT', name: 'Scotland', type: 'place',
    forms: { en: ['Scotland'], ru: ['Шотландия'], ar: ['اسكتلندا', 'إسكتلندا'], zh: ['苏格兰'] },
  },
  {
    key: 'region:GB-WLS', code: 'GB-WLS', name: 'Wales', type: 'place',
    forms: { en: ['Wales'], ru: ['Уэльс'], ar: ['ويلز'], zh: ['威尔士'] },
  },
  {
    key: 'region:GB-NIR', code: 'GB-NIR', name: 'Northern Ireland', type: 'place',
    forms: { en: ['Northern Ireland'], ru: ['Северная Ирландия'], ar: ['أيرلندا الشمالية', 'إيرلندا الشمالية'], zh: ['北爱尔兰'] },
  },
  {
    key: 'region:middle-east', code: 'middle-east', name: 'Middle East', type: 'place',
    forms: { en: ['Middle East'], ru: ['Ближний Восток'], ar: ['الشرق الأوسط'], zh: ['中东'] },
  },
  {
    key: 'region:eurasia', code: 'eurasia', name: 'Eurasia', type: 'place',
    forms: { en: ['Eurasia'], ru: ['Евразия'], ar: ['أوراسيا'], zh: ['欧亚', '欧亚大陆'] },
  },
  {
    key: 'region:asia-pacific', code: 'asia-pacific', name: 'Asia-Pacific', type: 'place',
    forms: { en: ['Asia-Pacific', 'Asia Pacific'], ru: ['Азиатско-Тихоокеанский регион', 'АТР'], ar: ['آسيا والمحيط الهادئ'], zh: ['亚太', '亚太地区'] },
  },
];

function isoCodes(): string[] {
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) out.push(String.fromCharCode(a, b));
  }
  return out;
}

/** ICU's long names have parentheses and " - " qualifiers; writers drop them. */
function variantsOf(name: string, taken: ReadonlySet<string>): string[] {
  const out = [name];
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare !== name && !taken.has(bare)) out.push(bare);
  // "Myanmar (Burma)": the parenthesis is another name, unless it names another region ("(США)")
  const paren = /\(([^)]+)\)/.exec(name)?.[1];
  if (paren && !taken.has(paren) && !/SAR|САР|منطقة|Keeling/.test(paren)) out.push(paren);
  if (name.includes(' - ')) out.push(name.split(' - ')[0]);
  if (name.includes('&')) out.push(name.replace(/&/g, 'and'));
  if (/^St\. /.test(name)) out.push(name.replace(/^St\. /, 'Saint '));
  if (name.includes('’')) out.push(name.replace(/’/g, "'"));
  return out;
}

let cached: RegionNames[] | undefined;

/** Every region with its names in every language. Built once from ICU. */
export function regionTable(): RegionNames[] {
  if (cached) return cached;
  const displays = REGION_LOCALES.map((l) => ({
    l,
    long: new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }),
    short: new Intl.DisplayNames([l], { type: 'region', fallback: 'none', style: 'short' }),
  }));
  const out: RegionNames[] = [];
  const taken = new Set<string>();
  const allCodes = [...isoCodes(), ...M49];
  for (const d of displays) for (const c of allCodes) for (const n of [d.long.of(c), d.short.of(c), ...(EXTRA[c]?.[d.l] ?? [])]) if (n && !n.includes('(')) taken.add(n);
  const codes = [...isoCodes().filter((c) => !SKIP.has(c) && Intl.getCanonicalLocales(`und-${c}`)[0] === `und-${c}`), ...M49];
  for (const code of codes) {
    const en = displays[0].long.of(code);
    if (!en) continue;
    const forms = { en: [], ru: [], ar: [], zh: [] } as Record<RegionLocale, string[]>;
    for (const d of displays) {
      const names = new Set<string>();
      for (const n of [d.long.of(code), d.short.of(code), ...(EXTRA[code]?.[d.l] ?? [])]) {
        if (!n) continue;
        for (const v of variantsOf(n, taken)) if (!AMBIGUOUS[d.l].has(v)) names.add(v);
      }
      forms[d.l] = [...names];
    }
    const name = /\(|SAR/.test(en) ? displays[0].short.of(code) ?? en : en;
    out.push({ key: `region:${code}`, code, name, forms, type: code === 'EU' ? 'org' : 'place' });
  }
  out.push(...NON_ICU);
  cached = out;
  return out;
}
