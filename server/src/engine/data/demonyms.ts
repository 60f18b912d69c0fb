// Nationality adjectives and demonyms: they name a country ("Russian", "российский", "الروسية", "俄").
// Arabic nisba adjectives are derived from ICU's country names (see gazetteer); this table holds what
// cannot be derived: English and Russian forms, irregular Arabic ones, and Chinese one-character abbreviations.

export interface Demonym {
  /** ISO 3166 or M.49 code of the region. */
  code: string;
  /** English adjectives and nouns, singular and plural. */
  en: string[];
  /** Russian stems: a word that starts with one and ends in at most four more letters is a form of it. */
  ru: string[];
  /** Irregular Arabic nisba bases (the masculine singular without the article). */
  ar?: string[];
}

function d(code: string, en: string, ru: string, ar?: string): Demonym {
  return { code, en: en.split('|'), ru: ru.split('|'), ar: ar ? ar.split('|') : undefined };
}

export const DEMONYMS: readonly Demonym[] = [
  d('RU', 'Russian|Russians', 'российск|русск|россиян', 'روسي'),
  d('CN', 'Chinese', 'китайск|китайц|китаянк', 'صيني'),
  d('US', 'American|Americans', 'американск|американц', 'أمريكي|أميركي'),
  d('GB', 'British|Briton|Britons', 'британск|британц', 'بريطاني'),
  d('DE', 'German|Germans', 'германск|немецк|немц|немец', 'ألماني'),
  d('FR', 'French|Frenchman|Frenchwoman', 'французск|француз|францужен', 'فرنسي'),
  d('IT', 'Italian|Italians', 'итальянск|итальянц', 'إيطالي'),
  d('ES', 'Spanish|Spaniard|Spaniards', 'испанск|испанц', 'إسباني'),
  d('JP', 'Japanese', 'японск|японц', 'ياباني'),
  d('KR', 'South Korean|South Koreans', 'южнокорейск', 'كوري جنوبي'),
  d('KP', 'North Korean|North Koreans', 'северокорейск', 'كوري شمالي'),
  d('IN', 'Indian|Indians', 'индийск|индийц', 'هندي'),
  d('BR', 'Brazilian|Brazilians', 'бразильск|бразильц', 'برازيلي'),
  d('KZ', 'Kazakh|Kazakhs|Kazakhstani', 'казахстанск|казахск|казахстанц|казах', 'كازاخستاني|كازاخي'),
  d('UZ', 'Uzbek|Uzbeks|Uzbekistani', 'узбекистанск|узбекск|узбек', 'أوزبكي|أوزبكستاني'),
  d('KG', 'Kyrgyz|Kyrgyzstani', 'киргизск|кыргызск|кыргызстанск|киргиз', 'قيرغيزي|قرغيزي'),
  d('TJ', 'Tajik|Tajiks|Tajikistani', 'таджикистанск|таджикск|таджик', 'طاجيكي|طاجيكستاني'),
  d('TM', 'Turkmen|Turkmens', 'туркменск|туркменистанск|туркмен', 'تركماني|تركمانستاني'),
  d('UA', 'Ukrainian|Ukrainians', 'украинск|украинц', 'أوكراني'),
  d('BY', 'Belarusian|Belarusians|Belarussian', 'белорусск|белорус', 'بيلاروسي'),
  d('TR', 'Turkish|Turk|Turks', 'турецк|турк|турок', 'تركي'),
  d('IR', 'Iranian|Iranians', 'иранск|иранц', 'إيراني'),
  d('IQ', 'Iraqi|Iraqis', 'иракск|иракц', 'عراقي'),
  d('SY', 'Syrian|Syrians', 'сирийск|сирийц', 'سوري'),
  d('EG', 'Egyptian|Egyptians', 'египетск|египтян', 'مصري'),
  d('SA', 'Saudi|Saudis', 'саудовск', 'سعودي'),
  d('IL', 'Israeli|Israelis', 'израильск|израильтян', 'إسرائيلي'),
  d('PS', 'Palestinian|Palestinians', 'палестинск|палестинц', 'فلسطيني'),
  d('PK', 'Pakistani|Pakistanis', 'пакистанск|пакистанц', 'باكستاني'),
  d('AF', 'Afghan|Afghans|Afghani', 'афганск|афганц', 'أفغاني'),
  d('CA', 'Canadian|Canadians', 'канадск|канадц', 'كندي'),
  d('MX', 'Mexican|Mexicans', 'мексиканск|мексиканц', 'مكسيكي'),
  d('AU', 'Australian|Australians', 'австралийск|австралийц', 'أسترالي'),
  d('PL', 'Polish|Pole|Poles', 'польск|поляк', 'بولندي'),
  d('VN', 'Vietnamese', 'вьетнамск|вьетнамц', 'فيتنامي'),
  d('TH', 'Thai', 'таиландск', 'تايلاندي'),
  d('ID', 'Indonesian|Indonesians', 'индонезийск|индонезийц', 'إندونيسي'),
  d('MY', 'Malaysian|Malaysians', 'малайзийск', 'ماليزي'),
  d('PH', 'Filipino|Filipinos|Philippine', 'филиппинск', 'فلبيني'),
  d('SG', 'Singaporean|Singaporeans', 'сингапурск', 'سنغافوري'),
  d('MN', 'Mongolian|Mongolians', 'монгольск|монгол', 'منغولي'),
  d('AM', 'Armenian|Armenians', 'армянск|армян', 'أرميني'),
  d('AZ', 'Azerbaijani|Azerbaijanis|Azeri', 'азербайджанск|азербайджанц', 'أذربيجاني'),
  d('GE', 'Georgian|Georgians', 'грузинск|грузин', 'جورجي'),
  d('NL', 'Dutch', 'нидерландск|голландск', 'هولندي'),
  d('CH', 'Swiss', 'швейцарск|швейцарц', 'سويسري'),
  d('SE', 'Swedish|Swede|Swedes', 'шведск|швед', 'سويدي'),
  d('NO', 'Norwegian|Norwegians', 'норвежск|норвежц', 'نرويجي'),
  d('FI', 'Finnish|Finn|Finns', 'финляндск|финск', 'فنلندي'),
  d('DK', 'Danish|Dane|Danes', 'датск', 'دنماركي'),
  d('GR', 'Greek|Greeks', 'греческ|грек', 'يوناني'),
  d('AT', 'Austrian|Austrians', 'австрийск|австрийц', 'نمساوي'),
  d('BE', 'Belgian|Belgians', 'бельгийск|бельгийц', 'بلجيكي'),
  d('IE', 'Irish', 'ирландск|ирландц', 'إيرلندي|أيرلندي'),
  d('PT', 'Portuguese', 'португальск|португальц', 'برتغالي'),
  d('CZ', 'Czech|Czechs', 'чешск', 'تشيكي'),
  d('HU', 'Hungarian|Hungarians', 'венгерск|венгр', 'مجري'),
  d('RO', 'Romanian|Romanians', 'румынск|румын', 'روماني'),
  d('BG', 'Bulgarian|Bulgarians', 'болгарск|болгар', 'بلغاري'),
  d('RS', 'Serbian|Serb|Serbs', 'сербск|серб', 'صربي'),
  d('AE', 'Emirati|Emiratis', 'эмиратск', 'إماراتي'),
  d('QA', 'Qatari|Qataris', 'катарск', 'قطري'),
  d('LB', 'Lebanese', 'ливанск', 'لبناني'),
  d('JO', 'Jordanian|Jordanians', 'иорданск', 'أردني'),
  d('AR', 'Argentine|Argentinian|Argentinians', 'аргентинск', 'أرجنتيني'),
  d('CU', 'Cuban|Cubans', 'кубинск|кубинц', 'كوبي'),
  d('VE', 'Venezuelan|Venezuelans', 'венесуэльск', 'فنزويلي'),
  d('NG', 'Nigerian|Nigerians', 'нигерийск', 'نيجيري'),
  d('ZA', 'South African|South Africans', 'южноафриканск', 'جنوب أفريقي'),
  d('KE', 'Kenyan|Kenyans', 'кенийск', 'كيني'),
  d('ET', 'Ethiopian|Ethiopians', 'эфиопск', 'إثيوبي'),
  d('DZ', 'Algerian|Algerians', 'алжирск', 'جزائري'),
  d('MA', 'Moroccan|Moroccans', 'марокканск', 'مغربي'),
  d('TN', 'Tunisian|Tunisians', 'тунисск', 'تونسي'),
  d('LY', 'Libyan|Libyans', 'ливийск', 'ليبي'),
  d('SD', 'Sudanese', 'суданск', 'سوداني'),
  d('YE', 'Yemeni|Yemenis', 'йеменск', 'يمني'),
  d('KW', 'Kuwaiti|Kuwaitis', 'кувейтск', 'كويتي'),
  d('TW', 'Taiwanese', 'тайваньск', 'تايواني'),
  d('BD', 'Bangladeshi|Bangladeshis', 'бангладешск', 'بنغلاديشي'),
  d('NP', 'Nepali|Nepalese', 'непальск', 'نيبالي'),
  d('MM', 'Burmese', 'мьянманск', 'ميانماري'),
  d('CL', 'Chilean|Chileans', 'чилийск', 'تشيلي'),
  d('CO', 'Colombian|Colombians', 'колумбийск', 'كولومبي'),
  d('NZ', 'New Zealander|New Zealanders', 'новозеландск', 'نيوزيلندي'),
  d('150', 'European|Europeans', 'европейск|европейц', 'أوروبي'),
  d('142', 'Asian|Asians', 'азиатск', 'آسيوي'),
  d('002', 'African|Africans', 'африканск', 'أفريقي|إفريقي'),
  d('419', 'Latin American|Latin Americans', 'латиноамериканск', 'أمريكي لاتيني'),
  d('143', 'Central Asian', 'центральноазиатск|среднеазиатск'),
  d('eurasia', 'Eurasian', 'евразийск', 'أوراسي'),
  d('GB-ENG', 'English', 'английск|англичан', 'إنجليزي|إنكليزي'),
  d('GB-SCT', 'Scottish|Scot|Scots', 'шотландск|шотландц', 'اسكتلندي'),
  d('GB-WLS', 'Welsh', 'валлийск|уэльсск', 'ويلزي'),
];

/**
 * Chinese one-character abbreviations used in compounds (中俄 = China and Russia, 俄方 = the Russian side).
 * Only characters whose compound reading is unambiguous in news text.
 */
export const ZH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  中: 'CN', 俄: 'RU', 美: 'US', 日: 'JP', 英: 'GB', 法: 'FR', 德: 'DE', 韩: 'KR', 朝: 'KP', 印: 'IN',
  越: 'VN', 蒙: 'MN', 哈: 'KZ', 吉: 'KG', 澳: 'AU', 欧: '150',
};

/** Abbreviations that start a compound (the others only follow one: 中哈 but not 哈中 alone). */
export const ZH_LEADING_ABBREVIATIONS = '中俄美日英法德韩朝印欧';

/** Two- or three-character sequences of abbreviations that are ordinary words instead. */
export const ZH_ABBREVIATION_WORDS: readonly string[] = ['美德', '日中', '中美洲', '中非共和国'];
