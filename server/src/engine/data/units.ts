// Units written beside figures: per cent, time units, measures, "times a month", "ago", a.m./p.m., and the
// words that mark a four-digit figure as a year. Lookups normalise case and Arabic spelling (hamza, tanween).
import type { TimeUnit } from '../types';

export const PERCENT_WORDS: readonly string[] = [
  '%', '٪', '％', 'per cent', 'percent', 'pct', 'pc',
  'процент', 'процента', 'процентов', 'процентам', 'процентами', 'процентах', 'проц.',
  'بالمئة', 'بالمائة', 'في المئة', 'في المائة', 'بالمية', 'في المية',
];

/** Percentage points, a difference of two percentages. */
export const POINTS_WORDS: readonly string[] = [
  'percentage point', 'percentage points', 'percent points', 'pct points', 'pp', 'p.p.', 'ppt', 'ppts',
  'процентный пункт', 'процентного пункта', 'процентных пункта', 'процентных пунктов', 'процентным пунктам', 'п.п.', 'п. п.',
  'نقطة مئوية', 'نقاط مئوية', 'نقطتين مئويتين', 'نقطتان مئويتان',
  '个百分点', '百分点',
];

/** Time units; the number multiplies the unit's length ("decade" stands for ten years). */
export const TIME_UNIT_WORDS: readonly [string, TimeUnit][] = [
  ...(['second', 'seconds', 'sec', 'secs'] as const).map((w): [string, TimeUnit] => [w, 'second']),
  ...(['minute', 'minutes', 'min', 'mins'] as const).map((w): [string, TimeUnit] => [w, 'minute']),
  ...(['hour', 'hours', 'hr', 'hrs'] as const).map((w): [string, TimeUnit] => [w, 'hour']),
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['quarter', 'quarter'], ['quarters', 'quarter'], ['year', 'year'], ['years', 'year'], ['yrs', 'year'],
  ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'],
  ...['секунда', 'секунду', 'секунды', 'секунд', 'секундам', 'секундами'].map((w): [string, TimeUnit] => [w, 'second']),
  ...['минута', 'минуту', 'минуты', 'минут', 'минутам', 'минутами'].map((w): [string, TimeUnit] => [w, 'minute']),
  ...['час', 'часа', 'часов', 'часам', 'часами', 'часу'].map((w): [string, TimeUnit] => [w, 'hour']),
  ...['день', 'дня', 'дней', 'дням', 'днями', 'днях', 'сутки', 'суток', 'суткам'].map((w): [string, TimeUnit] => [w, 'day']),
  ...['неделя', 'неделю', 'недели', 'недель', 'неделям', 'неделями', 'неделе'].map((w): [string, TimeUnit] => [w, 'week']),
  ...['месяц', 'месяца', 'месяцев', 'месяцам', 'месяцами', 'месяцах', 'месяцу'].map((w): [string, TimeUnit] => [w, 'month']),
  ...['квартал', 'квартала', 'кварталов'].map((w): [string, TimeUnit] => [w, 'quarter']),
  ...['год', 'года', 'лет', 'годам', 'годами', 'годах', 'годом'].map((w): [string, TimeUnit] => [w, 'year']),
  ...['десятилетие', 'десятилетия', 'десятилетий', 'десятилетиями'].map((w): [string, TimeUnit] => [w, 'decade']),
  ...['век', 'века', 'веков'].map((w): [string, TimeUnit] => [w, 'century']),
  ...['ثانية', 'ثوان', 'ثوانٍ', 'ثواني'].map((w): [string, TimeUnit] => [w, 'second']),
  ...['دقيقة', 'دقائق'].map((w): [string, TimeUnit] => [w, 'minute']),
  ...['ساعة', 'ساعات'].map((w): [string, TimeUnit] => [w, 'hour']),
  ...['يوم', 'أيام', 'يوما', 'يوماً'].map((w): [string, TimeUnit] => [w, 'day']),
  ...['أسبوع', 'أسابيع', 'أسبوعا', 'أسبوعاً'].map((w): [string, TimeUnit] => [w, 'week']),
  ...['شهر', 'أشهر', 'شهور', 'شهرا', 'شهراً'].map((w): [string, TimeUnit] => [w, 'month']),
  ...['عام', 'أعوام', 'عاما', 'عاماً', 'سنة', 'سنوات', 'سنين', 'سنه'].map((w): [string, TimeUnit] => [w, 'year']),
  ...['عقد', 'عقود', 'عقدا', 'عقداً'].map((w): [string, TimeUnit] => [w, 'decade']),
  ...['قرن', 'قرون', 'قرنا', 'قرناً'].map((w): [string, TimeUnit] => [w, 'century']),
  ['秒', 'second'], ['秒钟', 'second'], ['分钟', 'minute'], ['小时', 'hour'], ['个小时', 'hour'], ['天', 'day'], ['日', 'day'],
  ['周', 'week'], ['个星期', 'week'], ['星期', 'week'], ['个月', 'month'], ['季度', 'quarter'], ['个季度', 'quarter'],
  ['年', 'year'], ['岁', 'year'], ['周岁', 'year'], ['世纪', 'century'], ['个世纪', 'century'],
];

/** Arabic dual nouns: the word alone says "two days", "two years", "twice". */
export const AR_DUAL_TIME_UNITS: readonly [string, TimeUnit][] = [
  ['يومين', 'day'], ['يومان', 'day'], ['عامين', 'year'], ['عامان', 'year'], ['سنتين', 'year'], ['سنتان', 'year'],
  ['شهرين', 'month'], ['شهران', 'month'], ['أسبوعين', 'week'], ['أسبوعان', 'week'], ['ساعتين', 'hour'], ['ساعتان', 'hour'],
  ['دقيقتين', 'minute'], ['دقيقتان', 'minute'], ['عقدين', 'decade'], ['عقدان', 'decade'], ['قرنين', 'century'], ['قرنان', 'century'],
];

/** "ago": after the duration ("15 years ago", "15 лет назад", "15年前") or, in Arabic, before it ("قبل 15 عاما"). */
export const AGO_AFTER: readonly string[] = ['ago', 'назад', 'тому назад', '前', '以前'];
export const AGO_BEFORE: readonly string[] = ['قبل'];

/** Written after a count, making it a count of occurrences: "three times", "два раза", "ثلاث مرات", "两次". */
export const TIMES_WORDS: readonly string[] = ['times', 'time', 'раз', 'раза', 'مرات', 'مرة', 'مرّات', '次'];

/** Words that are themselves a count of occurrences. */
export const TIMES_ALONE: readonly [string, number][] = [
  ['once', 1], ['twice', 2], ['thrice', 3], ['дважды', 2], ['трижды', 3], ['четырежды', 4],
  ['مرتين', 2], ['مرتان', 2],
];

/** "a month", "в месяц", "في الشهر", "每月": the period a frequency counts over. Chinese ones come before the count. */
export const PER_PERIOD: readonly [string, TimeUnit][] = [
  ...(['a', 'per', 'each', 'every', 'an'] as const).flatMap((p) =>
    (['day', 'week', 'month', 'quarter', 'year', 'hour', 'minute', 'decade'] as const).map((u): [string, TimeUnit] => [`${p} ${u}`, u]),
  ),
  ['daily', 'day'], ['weekly', 'week'], ['monthly', 'month'], ['quarterly', 'quarter'], ['yearly', 'year'], ['annually', 'year'],
  ['a year', 'year'], ['per annum', 'year'],
  ['в день', 'day'], ['в сутки', 'day'], ['в неделю', 'week'], ['в месяц', 'month'], ['в квартал', 'quarter'], ['в год', 'year'],
  ['в час', 'hour'], ['в минуту', 'minute'], ['за день', 'day'], ['за неделю', 'week'], ['за месяц', 'month'], ['за год', 'year'],
  ['ежедневно', 'day'], ['еженедельно', 'week'], ['ежемесячно', 'month'], ['ежеквартально', 'quarter'], ['ежегодно', 'year'],
  ['في اليوم', 'day'], ['في الأسبوع', 'week'], ['في الشهر', 'month'], ['في السنة', 'year'], ['في العام', 'year'], ['في الساعة', 'hour'],
  ['كل يوم', 'day'], ['كل أسبوع', 'week'], ['كل شهر', 'month'], ['كل سنة', 'year'], ['كل عام', 'year'], ['كل ساعة', 'hour'],
  ['يوميا', 'day'], ['يومياً', 'day'], ['أسبوعيا', 'week'], ['أسبوعياً', 'week'], ['شهريا', 'month'], ['شهرياً', 'month'],
  ['سنويا', 'year'], ['سنوياً', 'year'],
];

export const ZH_PER_PERIOD: readonly [string, TimeUnit][] = [
  ['每天', 'day'], ['每日', 'day'], ['每周', 'week'], ['每星期', 'week'], ['每个星期', 'week'], ['每月', 'month'], ['每个月', 'month'],
  ['每季度', 'quarter'], ['每个季度', 'quarter'], ['每年', 'year'], ['每小时', 'hour'], ['每个小时', 'hour'],
];

/** Measures, each mapped to one id per unit. */
export const MEASURE_UNITS: readonly [string, string][] = [
  ...['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'км', 'километр', 'километра', 'километров', 'километрах', 'километрами',
    'كم', 'كيلومتر', 'كيلومترا', 'كيلومتراً', 'كيلومترات', 'كيلو متر', '公里', '千米'].map((w): [string, string] => [w, 'km']),
  ...['m', 'meter', 'meters', 'metre', 'metres', 'метр', 'метра', 'метров', 'метрах', 'метрами', 'متر', 'مترا', 'متراً', 'أمتار', '米']
    .map((w): [string, string] => [w, 'meter']),
  ...['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres', 'см', 'сантиметр', 'сантиметра', 'сантиметров', 'سم', 'سنتيمتر', 'سنتيمترا', '厘米']
    .map((w): [string, string] => [w, 'cm']),
  ...['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres', 'мм', 'миллиметр', 'миллиметра', 'миллиметров', 'ملم', 'مليمتر', '毫米']
    .map((w): [string, string] => [w, 'mm']),
  ...['mile', 'miles', 'mi', 'миля', 'мили', 'миль', 'милях', 'ميل', 'ميلا', 'ميلاً', 'أميال', '英里'].map((w): [string, string] => [w, 'mile']),
  ...['mph', 'miles per hour', 'miles an hour', 'миль в час', 'ميلا في الساعة', 'ميل في الساعة', '英里每小时'].map((w): [string, string] => [w, 'mph']),
  ...['kph', 'km/h', 'kmh', 'kilometers per hour', 'kilometres per hour', 'kilometers an hour', 'kilometres an hour', 'км/ч', 'км/час',
    'километров в час', 'كيلومترا في الساعة', 'كيلومتر في الساعة', 'كم/ساعة', 'كم في الساعة', '公里每小时'].map((w): [string, string] => [w, 'kph']),
  ...['knot', 'knots', 'узел', 'узла', 'узлов', 'عقدة'].map((w): [string, string] => [w, 'knot']),
  ...['ft', 'foot', 'feet', 'фут', 'фута', 'футов', 'قدم', 'أقدام', 'قدما', 'قدماً', '英尺'].map((w): [string, string] => [w, 'foot']),
  ...['in.', 'inch', 'inches', 'дюйм', 'дюйма', 'дюймов', 'بوصة', 'بوصات', 'إنش', 'إنشات', '英寸'].map((w): [string, string] => [w, 'inch']),
  ...['yard', 'yards', 'yd', 'yds', 'ярд', 'ярда', 'ярдов', 'ياردة', 'ياردات', '码'].map((w): [string, string] => [w, 'yard']),
  ...['lb', 'lbs', 'pound', 'pounds', 'фунт', 'фунта', 'фунтов', 'رطل', 'أرطال', '磅'].map((w): [string, string] => [w, 'pound']),
  ...['kg', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'кг', 'килограмм', 'килограмма', 'килограммов', 'كغ', 'كجم', 'كيلوغرام',
    'كيلوغراما', 'كيلوجرام', '公斤', '千克'].map((w): [string, string] => [w, 'kg']),
  ...['g', 'gram', 'grams', 'gramme', 'grammes', 'г', 'грамм', 'грамма', 'граммов', 'غرام', 'غراما', 'جرام', '克'].map((w): [string, string] => [w, 'gram']),
  ...['ton', 'tons', 'tonne', 'tonnes', 'т', 'тонна', 'тонны', 'тонн', 'тонну', 'طن', 'أطنان', 'طنا', 'طناً', '吨'].map((w): [string, string] => [w, 'ton']),
  ...['degree', 'degrees', '°', '°c', '°f', 'degrees celsius', 'degrees fahrenheit', 'градус', 'градуса', 'градусов', 'градусам',
    'درجة', 'درجات', 'درجة مئوية', '度', '摄氏度'].map((w): [string, string] => [w, 'degree']),
  ...['square meters', 'square metres', 'square meter', 'square metre', 'sq m', 'sqm', 'm2', 'm²', 'кв. м', 'кв.м', 'кв м', 'квадратных метров',
    'квадратных метра', 'м²', 'متر مربع', 'مترا مربعا', 'أمتار مربعة', '平方米'].map((w): [string, string] => [w, 'sqm']),
  ...['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km', 'km2', 'km²', 'кв. км', 'кв.км',
    'квадратных километров', 'квадратных километра', 'км²', 'كيلومتر مربع', 'كيلومترا مربعا', 'كم مربع', '平方公里', '平方千米']
    .map((w): [string, string] => [w, 'sqkm']),
  ...['square miles', 'square mile', 'sq mi', 'квадратных миль', 'ميل مربع', '平方英里'].map((w): [string, string] => [w, 'sqmile']),
  ...['square feet', 'square foot', 'sq ft', 'sqft', 'квадратных футов', 'قدم مربع', '平方英尺'].map((w): [string, string] => [w, 'sqft']),
  ...['hectare', 'hectares', 'ha', 'гектар', 'гектара', 'гектаров', 'га', 'هكتار', 'هكتارا', 'هكتارات', '公顷'].map((w): [string, string] => [w, 'hectare']),
  ...['acre', 'acres', 'акр', 'акра', 'акров', 'فدان', 'أفدنة', 'فدانا', '英亩'].map((w): [string, string] => [w, 'acre']),
  ...['liter', 'liters', 'litre', 'litres', 'l', 'литр', 'литра', 'литров', 'л', 'لتر', 'لترا', 'لترات', '升'].map((w): [string, string] => [w, 'liter']),
  ...['barrel', 'barrels', 'bbl', 'баррель', 'барреля', 'баррелей', 'برميل', 'براميل', 'برميلا', '桶'].map((w): [string, string] => [w, 'barrel']),
  ...['gallon', 'gallons', 'галлон', 'галлона', 'галлонов', 'غالون', 'جالون', '加仑'].map((w): [string, string] => [w, 'gallon']),
  ...['cubic meters', 'cubic metres', 'cubic meter', 'cubic metre', 'm3', 'm³', 'кубометров', 'кубических метров', 'куб. м', 'متر مكعب',
    'مترا مكعبا', 'أمتار مكعبة', '立方米'].map((w): [string, string] => [w, 'cubicmeter']),
];

/** Which measures convert into each other. */
export const MEASURE_FAMILY: Readonly<Record<string, string>> = {
  km: 'length', meter: 'length', cm: 'length', mm: 'length', mile: 'length', foot: 'length', inch: 'length', yard: 'length',
  mph: 'speed', kph: 'speed', knot: 'speed',
  pound: 'mass', kg: 'mass', gram: 'mass', ton: 'mass',
  degree: 'degree',
  sqm: 'area', sqkm: 'area', sqmile: 'area', sqft: 'area', hectare: 'area', acre: 'area',
  liter: 'volume', barrel: 'volume', gallon: 'volume', cubicmeter: 'volume',
};

/** Abbreviated measures that also spell ordinary words: they count only glued to a figure ("5km", not "5 m"). */
export const GLUED_ONLY_MEASURES: ReadonlySet<string> = new Set(['m', 'g', 'l', 'ha', 'mi', 'in.', 'т', 'г', 'л', 'га', 'pc']);

/** a.m. / p.m. and their equivalents: the hours to add (p.m. adds 12). Chinese ones come before the hour. */
export const DAY_HALVES: readonly [string, 'am' | 'pm'][] = [
  ['a.m.', 'am'], ['a.m', 'am'], ['am', 'am'], ['p.m.', 'pm'], ['p.m', 'pm'], ['pm', 'pm'],
  ['утра', 'am'], ['ночи', 'am'], ['дня', 'pm'], ['вечера', 'pm'],
  ['صباحا', 'am'], ['صباحاً', 'am'], ['صباحًا', 'am'], ['فجرا', 'am'], ['فجراً', 'am'], ['مساء', 'pm'], ['مساءً', 'pm'], ['مساء اليوم', 'pm'],
  ['ظهرا', 'pm'], ['ظهراً', 'pm'], ['عصرا', 'pm'], ['عصراً', 'pm'], ['ليلا', 'pm'], ['ليلاً', 'pm'],
];

export const ZH_DAY_HALVES: readonly [string, 'am' | 'pm'][] = [
  ['上午', 'am'], ['早上', 'am'], ['凌晨', 'am'], ['早晨', 'am'], ['下午', 'pm'], ['晚上', 'pm'], ['傍晚', 'pm'], ['中午', 'pm'],
];

/** Words before a four-digit figure that make it a year: "in 2017", "с 2015", "عام 2017", "منذ 1999". */
export const YEAR_BEFORE: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'before', 'after', 'during', 'between', 'through', 'circa', 'year', 'early',
  'late', 'mid', 'mid-', 'spring', 'summer', 'autumn', 'fall', 'winter', 'and', 'to', 'for', 'as of', 'around', 'in early', 'in late',
  'в', 'во', 'с', 'со', 'к', 'до', 'после', 'по', 'за', 'году', 'год', 'начиная с', 'весной', 'летом', 'осенью', 'зимой', 'и', 'или',
  'عام', 'العام', 'سنة', 'السنة', 'منذ', 'حتى', 'بحلول', 'في', 'قبل', 'بعد', 'خلال', 'مطلع', 'أوائل', 'أواخر', 'نهاية', 'بداية',
  'منتصف', 'من', 'إلى', 'الى', 'و',
];

/** Words after a four-digit figure that make it a year: "2017 году", "2017 г.", "2017م". */
export const YEAR_AFTER: readonly string[] = [
  'год', 'года', 'году', 'годом', 'годах', 'годы', 'годов', 'годам', 'г.', 'г', 'гг.', 'гг', 'м', 'م', 'ميلادي', 'ميلادية', 'هـ', 'ad', 'bc', 'a.d.', 'b.c.', 'ce', 'bce',
];

/** "this year", "этого года", "العام الجاري", "今年": a year the article's date resolves. */
export const THIS_YEAR: readonly string[] = [
  'this year', 'the year', 'the current year', 'этого года', 'текущего года', 'этом году', 'текущем году', 'нынешнего года',
  'هذا العام', 'العام الجاري', 'العام الحالي', 'هذه السنة', 'السنة الحالية', 'السنة الجارية', '今年', '本年',
];

/** Periods of a year: quarters and halves written as nouns; months come from the calendar. */
export const PERIOD_NOUNS: readonly [string, 'month' | 'quarter' | 'half'][] = [
  ['month', 'month'], ['months', 'month'], ['quarter', 'quarter'], ['quarters', 'quarter'], ['half', 'half'], ['halves', 'half'],
  ['месяц', 'month'], ['месяца', 'month'], ['месяцев', 'month'], ['месяцы', 'month'], ['месяцах', 'month'], ['месяцам', 'month'],
  ['квартал', 'quarter'], ['квартала', 'quarter'], ['квартале', 'quarter'], ['кварталы', 'quarter'], ['кварталах', 'quarter'],
  ['кварталов', 'quarter'], ['полугодие', 'half'], ['полугодия', 'half'], ['полугодии', 'half'], ['полугодий', 'half'],
  ['الشهور', 'month'], ['الأشهر', 'month'], ['الربع', 'quarter'], ['الفصل', 'quarter'], ['النصف', 'half'],
];

/** Words joining the ends of a range: "January-May", "с января по май", "من يناير إلى مايو", "1至5月". */
export const RANGE_JOINERS: readonly string[] = ['-', '–', '—', 'to', 'through', 'and', 'по', 'до', 'и', 'إلى', 'الى', 'حتى', 'و', '至', '到', '~', '－'];

/** Length of each time unit in days, to convert durations and frequencies. */
export const TIME_UNIT_DAYS: Readonly<Record<TimeUnit, number>> = {
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 365.25 / 12, quarter: 365.25 / 4, year: 365.25,
  decade: 3652.5, century: 36525,
};

/** Each measure in its family's base unit (metre, m/s, kilogram, square metre, litre), to convert within a family. */
export const MEASURE_IN_BASE: Readonly<Record<string, number>> = {
  km: 1000, meter: 1, cm: 0.01, mm: 0.001, mile: 1609.344, foot: 0.3048, inch: 0.0254, yard: 0.9144,
  mph: 0.44704, kph: 1 / 3.6, knot: 1852 / 3600,
  pound: 0.45359237, kg: 1, gram: 0.001, ton: 1000,
  degree: 1,
  sqm: 1, sqkm: 1e6, sqmile: 2589988.110336, sqft: 0.09290304, hectare: 1e4, acre: 4046.8564224,
  liter: 1, barrel: 158.987294928, gallon: 3.785411784, cubicmeter: 1000,
};

/** English unit words, singular and plural, for suggestions that change the count ("three days" → "one day"). */
export const EN_SINGULAR_PLURAL: readonly [string, string][] = [
  ['second', 'seconds'], ['minute', 'minutes'], ['hour', 'hours'], ['day', 'days'], ['week', 'weeks'], ['month', 'months'],
  ['quarter', 'quarters'], ['year', 'years'], ['decade', 'decades'], ['century', 'centuries'], ['dollar', 'dollars'],
  ['euro', 'euros'], ['pound', 'pounds'], ['ruble', 'rubles'], ['rouble', 'roubles'], ['rupee', 'rupees'], ['mile', 'miles'],
  ['kilometer', 'kilometers'], ['kilometre', 'kilometres'], ['meter', 'meters'], ['metre', 'metres'], ['foot', 'feet'],
  ['inch', 'inches'], ['yard', 'yards'], ['degree', 'degrees'], ['ton', 'tons'], ['tonne', 'tonnes'], ['time', 'times'],
  ['percentage point', 'percentage points'], ['point', 'points'],
];

/** Russian nouns after a numeral: the form for "one" (1, 21), "few" (2–4, fractions) and "many" (5–20, 0). */
export const RU_AGREEMENT: readonly [string, string, string][] = [
  ['год', 'года', 'лет'], ['день', 'дня', 'дней'], ['месяц', 'месяца', 'месяцев'], ['неделя', 'недели', 'недель'],
  ['неделю', 'недели', 'недель'], ['час', 'часа', 'часов'], ['минута', 'минуты', 'минут'], ['минуту', 'минуты', 'минут'],
  ['секунда', 'секунды', 'секунд'], ['секунду', 'секунды', 'секунд'], ['век', 'века', 'веков'], ['квартал', 'квартала', 'кварталов'],
  ['процент', 'процента', 'процентов'], ['процентный пункт', 'процентных пункта', 'процентных пунктов'],
  ['доллар', 'доллара', 'долларов'], ['доллар США', 'доллара США', 'долларов США'], ['рубль', 'рубля', 'рублей'],
  ['юань', 'юаня', 'юаней'], ['фунт', 'фунта', 'фунтов'], ['фунт стерлингов', 'фунта стерлингов', 'фунтов стерлингов'],
  ['раз', 'раза', 'раз'], ['километр', 'километра', 'километров'], ['метр', 'метра', 'метров'], ['градус', 'градуса', 'градусов'],
  ['миля', 'мили', 'миль'], ['тонна', 'тонны', 'тонн'], ['сантиметр', 'сантиметра', 'сантиметров'],
];

/** Arabic nouns after a numeral: singular (1, 100+), dual (2), plural (3–10) and accusative singular (11–99). */
export const AR_AGREEMENT: readonly [string, string, string, string][] = [
  ['عام', 'عامين', 'أعوام', 'عاما'], ['سنة', 'سنتين', 'سنوات', 'سنة'], ['يوم', 'يومين', 'أيام', 'يوما'], ['شهر', 'شهرين', 'أشهر', 'شهرا'],
  ['أسبوع', 'أسبوعين', 'أسابيع', 'أسبوعا'], ['ساعة', 'ساعتين', 'ساعات', 'ساعة'], ['دقيقة', 'دقيقتين', 'دقائق', 'دقيقة'],
  ['عقد', 'عقدين', 'عقود', 'عقدا'], ['قرن', 'قرنين', 'قرون', 'قرنا'], ['مرة', 'مرتين', 'مرات', 'مرة'],
  ['دولار', 'دولارين', 'دولارات', 'دولارا'], ['كيلومتر', 'كيلومترين', 'كيلومترات', 'كيلومترا'], ['ميل', 'ميلين', 'أميال', 'ميلا'],
  ['درجة', 'درجتين', 'درجات', 'درجة'], ['قدم', 'قدمين', 'أقدام', 'قدما'], ['متر', 'مترين', 'أمتار', 'مترا'],
];
