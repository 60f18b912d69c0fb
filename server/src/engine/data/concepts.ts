// The multilingual concept table: the measures, changes, roles and events that news about economy,
// politics and public life talks about, so that a measure named in one language meets the same
// measure in another. Data only; matching lives in ../text/concepts.ts.
//
// Form syntax, per language:
//   en, ru: a lower-case word; a trailing * matches any ending ("export*" → exports, exported).
//   ar:     a word stem after clitics are stripped (و ف ب ل ك ال); a trailing * matches any ending.
//   zh:     a substring.
// Keep entries general: each must name a notion that recurs across many news stories.

export type ConceptKind =
  /** What a number measures: trade, visitors, population. Two sentences about different measures are about different quantities. */
  | 'measure'
  /** How a measure moved: growth, decline. */
  | 'change'
  /** A person's office or function: ambassador, minister. Ties a name to a slot. */
  | 'role'
  /** What happened: summit, visit, earthquake. */
  | 'event'
  /** What the text is about, without naming a measure: economy, internet. */
  | 'topic';

export interface Concept {
  id: string;
  kind: ConceptKind;
  en: readonly string[];
  ru: readonly string[];
  ar: readonly string[];
  zh: readonly string[];
}

const c = (id: string, kind: ConceptKind, en: string, ru: string, ar: string, zh: string): Concept => ({
  id,
  kind,
  en: split(en),
  ru: split(ru),
  ar: split(ar),
  zh: split(zh),
});

function split(s: string): string[] {
  return s.split('|').map((x) => x.trim()).filter(Boolean);
}

export const CONCEPTS: readonly Concept[] = [
  // Measures: economy and trade.
  c('trade', 'measure', 'trade|trading|two-way|bilateral|turnover', 'торгов*|товарооборот*|товарообмен*|двусторонн*', 'تجار*|التبادل|تبادل|البينية|بينية', '贸易|贸易额|双边贸易|进出口'),
  c('exports', 'measure', 'export*', 'экспорт*|вывоз*', 'صادر*|تصدير', '出口'),
  c('imports', 'measure', 'import*', 'импорт*|ввоз*', 'واردات|استيراد', '进口'),
  c('sales', 'measure', 'sales|sale|sold|sell*|revenue*|turnover', 'продаж*|выручк*|продал*', 'مبيعات|بيع|إيرادات|ايرادات', '销售|销量|营收|收入'),
  c('profit', 'measure', 'profit*|earnings|income', 'прибыл*|доход*', 'أرباح|ارباح|ربح', '利润|盈利'),
  c('investment', 'measure', 'invest*', 'инвест*|вложени*', 'استثمار*|تستثمر|يستثمر|استثمر*', '投资'),
  c('gdp', 'measure', 'gdp|economy|economic|economies', 'ввп|экономик*|экономическ*', 'اقتصاد*|الناتج', '经济|国内生产总值|GDP'),
  c('price', 'measure', 'price*|cost*', 'цен|цена|цены|ценам|ценах|ценами|стоимост*', 'أسعار|اسعار|سعر|تكلف*', '价格|价'),
  c('energy', 'topic', 'energy|oil|gas|fuel', 'энерг*|нефт*|газ*|топлив*', 'طاق*|نفط|غاز|وقود', '能源|石油|天然气'),
  c('budget', 'measure', 'budget*|spending|debt*|deficit', 'бюджет*|расход*|долг*|дефицит*', 'ميزاني*|إنفاق|دين|ديون|عجز', '预算|支出|债务|赤字'),
  c('inflation', 'measure', 'inflation', 'инфляци*', 'تضخم', '通胀|通货膨胀'),
  c('unemployment', 'measure', 'unemployment|jobless', 'безработиц*', 'بطالة', '失业'),
  c('jobs', 'measure', 'job|jobs|workers|employees|staff|employ*', 'рабоч*|сотрудник*|работник*', 'وظائف|عمال|موظف*|عامل', '工作|员工|就业|工人'),
  c('tax', 'measure', 'tax|taxes|tariff*|duty|duties', 'налог*|пошлин*|тариф*', 'ضريب*|رسوم|تعريف*', '税|关税'),
  c('market', 'measure', 'market|markets', 'рын*', 'سوق|أسواق', '市场'),
  c('retail', 'measure', 'retail|retailer*|shops|shopping|stores|store', 'рознич*|магазин*|покуп*', 'تجزئة|متاجر|متجر|تسوق|المتسوقين', '零售|商店|购物'),
  c('ecommerce', 'topic', 'e-commerce|ecommerce|online|internet|web|website*|websites|platform', 'интернет*|онлайн*|электронн*|сайт*|платформ*', 'الإنترنت|الانترنت|الإلكترونية|الالكترونية|موقع|مواقع|منصة|منصات', '电子商务|电商|网上|在线|互联网|网站|平台'),
  c('users', 'measure', 'users|user|visitors|visitor|visits|visited|audience|viewers|watched|subscribers', 'пользовател*|посетител*|зрител*|аудитори*|посмотрел*', 'مستخدم*|زائر|زوار|مشاهد*|جمهور', '用户|访客|访问|观众|收看'),
  c('buyers', 'measure', 'buyers|customers|consumers|shoppers|clients', 'покупател*|клиент*|потребител*', 'مشتر*|زبائن|عملاء|مستهلك*|المتسوقين', '买家|顾客|消费者|客户'),
  c('population', 'measure', 'population|inhabitants|residents|people|citizens|russians|locals', 'населени*|жител*|граждан*|людей|человек*', 'سكان|مواطن*|شخص|أشخاص|الناس', '人口|居民|公民|人'),
  c('share', 'measure', 'share|proportion|portion|accounts|account|penetration|covers|cover|coverage', 'дол*|приходится|охват*|покрыва*', 'حصة|تغطي|تمثل|يمثل', '份额|占|比例|覆盖'),
  c('target', 'measure', 'target*|goal|goals|aim*|plan*|expected', 'цел*|план*|намерен*|ожида*', 'هدف|أهداف|خطة|مستهدف', '目标|计划'),
  c('record', 'measure', 'record', 'рекорд*', 'قياسي*|رقم', '纪录|创纪录'),
  c('documents', 'measure', 'document*|agreement*|deal|deals|contract*|treaty|accord*', 'документ*|соглашени*|договор*|контракт*', 'وثيق*|وثائق|اتفاق*|عقد|عقود|صفق*', '文件|协议|合同|协定'),
  c('countries', 'measure', 'country|countries|nations|states', 'стран*|государств*', 'دول|دولة|بلد|بلدان|البلدين', '国家'),
  c('companies', 'measure', 'company|companies|firm|firms|enterprise*|business*', 'компани*|фирм*|предприяти*|бизнес*', 'شرك*|مؤسس*|أعمال', '公司|企业'),
  c('products', 'measure', 'product*|goods|items|brands', 'товар*|продукт*|продукци*|бренд*', 'منتج*|سلع|بضائع', '产品|商品|货物'),
  c('visitsTrips', 'event', 'visit|trip|tour|visiting', 'визит*|поездк*|посещени*', 'زيار*', '访问|出访|之行'),
  c('rank', 'measure', 'rank|ranks|ranked|ranking|place|position', 'мест*|позици*|рейтинг*', 'مرتب*|ترتيب|المركز', '排名|名次|位居'),
  c('occasion', 'measure', 'time|times|occasion', 'раз|раза', 'مرة|المرة|مرات', '次'),
  c('partner', 'measure', 'partner*', 'партнер*|партнёр*', 'شريك', '伙伴'),
  // Changes.
  c('growth', 'change', 'grew|grow*|rise|rose|risen|rising|increase*|jump*|climb*|soar*|surge*|gain*|expand*|boost*', 'рост*|вырос*|увелич*|расш*|повыс*|прирост*', 'ارتفع*|ارتفاع|نم*|زياد*|زاد|ازدياد|تعزيز', '增长|增加|上升|提高|增'),
  c('decline', 'change', 'fell|fall*|drop*|declin*|decreas*|contract*|shrank|shrink*|slump*|cut*|loss*', 'сниз*|сокращ*|сократ*|упал*|паден*|спад*|уменьш*', 'انخفا*|انخفض|تراجع*|انكماش|هبوط|تقلص', '下降|减少|下跌|萎缩'),
  c('reach', 'topic', 'reach*|totall*|amount*|stood', 'достиг*|состав*', 'بلغ*|وصل*|لتصل', '达到|达'),
  // Public life: people and bodies.
  c('killed', 'measure', 'killed|dead|deaths|death|died|toll|fatalities|lives', 'погиб*|смерт*|убит*|жертв*|жизни|скончал*', 'قتل*|قتيل|وفا*|ضحايا|موت|مصرع', '死亡|遇难|丧生|死'),
  c('injured', 'measure', 'injured|injuries|wounded|hurt|injur*', 'ранен*|пострадал*|травм*', 'جرح*|إصاب*|مصاب*|أصيب*', '受伤|伤'),
  c('arrest', 'event', 'arrest*|detain*|charged|custody|booked', 'арест*|задерж*|обвин*', 'اعتقال|اعتقل*|القبض|احتجاز|اتهام|اتهم*', '逮捕|拘留|被捕'),
  c('police', 'role', 'police|officers|officer|cops', 'полици*', 'شرطة|الشرطة', '警察|警方'),
  c('evacuated', 'measure', 'evacuat*|displaced|homeless|refugees|dislocated', 'эвакуир*|беженц*|переселен*', 'إجلاء|نازح*|لاجئ*|مشرد*', '疏散|撤离|难民|流离失所'),
  c('vote', 'event', 'vote*|voting|voters|ballot*|turnout|election*|referendum|polls', 'голос*|выбор*|референдум*|явк*|избират*', 'تصويت|انتخاب*|استفتاء|مشارك*|الناخب*', '投票|选举|公投|选民'),
  c('students', 'measure', 'student*|pupil*|school*|exam*', 'студент*|ученик*|школ*|экзамен*', 'طلاب|طالب|مدرس*|مدارس|امتحان*', '学生|学校|考试'),
  c('cases', 'measure', 'case|cases|patients|infections|infected', 'случа*|пациент*|заражен*|инфицир*', 'حالات|حالة|مرضى|إصابات|مصاب', '病例|患者|感染'),
  c('prisoners', 'measure', 'prisoners|inmates', 'заключенн*|заключённ*', 'سجناء|سجين', '囚犯'),
  c('passengers', 'measure', 'passengers|seats|seat', 'пассажир*|мест', 'ركاب|مقعد', '乘客|座位'),
  c('aircraft', 'topic', 'aircraft|plane*|airliner*|jet|jets|aviation', 'самолет*|самолёт*|авиа*|лайнер*', 'طائر*|طيران', '飞机|客机|航空'),
  c('trains', 'topic', 'train|trains|rail*|freight', 'поезд*|железнодорож*|грузов*', 'قطار*|شحن', '火车|列车|铁路|货运'),
  c('age', 'measure', 'aged|age|year-old|years-old|old', 'возраст*|летн*', 'العمر|عمر|يبلغ', '岁|年龄'),
  // Sport.
  c('match', 'event', 'match|matches|game|games|fixture|season|league|cup|tournament', 'матч*|игр*|сезон*|лиг*|кубк*|турнир*', 'مبارا*|الدوري|دوري|كأس|بطول*|موسم', '比赛|赛季|联赛|杯'),
  c('score', 'measure', 'goal|goals|score*|scored|points|try|wins|win|won|defeat*|lost|beat', 'гол*|очк*|счет*|счёт*|побед*|поражени*|забил*', 'هدف|أهداف|سجل|نقاط|فوز|هزيم*|نقطة', '进球|得分|分|胜|负'),
  c('minute', 'measure', 'minute|minutes', 'минут*', 'دقيق*|دقائق', '分钟'),
  // Nature and weather.
  c('earthquake', 'event', 'earthquake*|quake|magnitude|tremor*|seismic', 'землетрясени*|магнитуд*|толчк*|сейсм*', 'زلزال|زلازل|قوته|بقوة|درجات', '地震|震级|级'),
  c('magnitude', 'measure', 'magnitude|richter', 'магнитуд*|рихтер*', 'بقوة|قوته|ريختر', '震级|里氏'),
  c('tsunami', 'event', 'tsunami*|waves|wave', 'цунами|волн*', 'تسونامي|أمواج|موج*', '海啸|海浪'),
  c('storm', 'event', 'hurricane*|storm*|cyclone*|typhoon*|winds|wind|rain*|rainfall|flood*', 'ураган*|шторм*|циклон*|тайфун*|ветр*|дожд*|осадк*|наводнени*', 'إعصار|أعاصير|عاصف*|رياح|أمطار|مطر|فيضان*', '飓风|风暴|台风|风|雨|降雨|洪水'),
  c('temperature', 'measure', 'temperature*|degrees|degree|warm*|heat|cold', 'температур*|градус*|жар*|холод*', 'حرار*|درج*', '温度|气温|度'),
  c('volcano', 'event', 'volcano*|eruption*|ash', 'вулкан*|извержени*|пепл*', 'بركان*|ثوران|رماد', '火山|喷发'),
  c('fire', 'event', 'fire|fires|blaze|burn*', 'пожар*|огн*|сгорел*', 'حريق|حرائق|نيران', '火灾|大火'),
  c('shark', 'topic', 'shark*', 'акул*', 'قرش', '鲨鱼'),
  // Events of politics and business.
  c('summit', 'event', 'summit*', 'саммит*', 'قمة|القمة', '峰会'),
  c('forum', 'event', 'forum|conference|congress|festival', 'форум*|конференци*|съезд*|фестивал*', 'منتدى|المنتدى|مؤتمر|مهرجان', '论坛|会议|大会|节'),
  c('talks', 'event', 'talks|meeting|meet|met|negotiation*', 'переговор*|встреч*|встрет*', 'محادثات|لقاء|اجتماع|يلتقي*|مفاوضات', '会谈|会晤|会见|谈判'),
  c('speech', 'event', 'speech|said|says|told|announced|statement|interview', 'заявил*|сказал*|сообщ*|выступлени*|интервью|речи|речь', 'قال|أفاد|صرح|أعلن|كلمة|خطاب|تصريح*', '说|表示|宣布|讲话|声明'),
  c('exhibition', 'event', 'exhibition*|showroom|hall', 'выставк*|зал*|шоурум*', 'معرض|قاعة|صالة', '展厅|展览|展会'),
  c('office', 'event', 'office|representative|branch|headquarters', 'представительств*|офис*|филиал*|штаб-квартир*', 'مكتب|فرع|تمثيلي*|مقر', '办事处|代表处|办公室|分公司|总部'),
  c('diplomacy', 'topic', 'diplomatic|relations|ties|cooperation|cooperate', 'дипломатическ*|отношени*|связ*|сотрудничеств*', 'دبلوماسي*|علاقات|العلاقات|روابط|تعاون|التعاون', '外交|关系|合作'),
  c('sanctions', 'topic', 'sanction*', 'санкци*', 'عقوبات', '制裁'),
  c('military', 'topic', 'military|troops|soldiers|army|forces', 'военн*|войск*|солдат*|арми*', 'عسكري*|قوات|جنود|جيش', '军队|士兵|军事|部队'),
  c('court', 'event', 'court|judge|trial|ruling|lawsuit', 'суд*|судья|процесс*', 'محكم*|قاضي|حكم', '法院|法官|审判|裁决'),
  c('vaccine', 'topic', 'vaccine*|cancer|treatment|drug*|medication|hiv|aids', 'вакцин*|рак*|лечени*|препарат*|вич|спид', 'لقاح*|سرطان|علاج|دواء|أدوية|الإيدز|فيروس', '疫苗|癌症|治疗|药物|艾滋病'),
  c('research', 'topic', 'research*|study|studies|scientist*|science', 'исследован*|учен*|наук*', 'بحث|البحوث|أبحاث|دراس*|علم*|العلوم', '研究|科学'),
  c('technology', 'topic', 'technology|technologies|tech|ai|artificial|intelligence|digital', 'технолог*|искусственн*|интеллект*|цифров*', 'تكنولوج*|تقني*|الذكاء|الاصطناعي|الرقمي*', '技术|科技|人工智能|数字'),
  c('pigs', 'topic', 'pig|pigs|hog|hogs|farmer*', 'свин*|ферм*', 'خنزير|خنازير|مزارع', '猪|农民'),
  c('church', 'topic', 'church*|congregation*|carillon|bells', 'церк*|прихож*|колокол*|карильон*', 'كنيس*|أجراس', '教堂|钟'),
  // Roles: an office ties a name to a slot ("the ambassador", "the minister of economic development").
  c('president', 'role', 'president|presidents|presidential', 'президент*', 'رئيس|الرئيس|رئاس*', '总统|主席|总裁'),
  c('vicePresident', 'role', 'vice-president|vice', 'вице-президент*|вице', 'نائب', '副总裁|副总统|副主席'),
  c('primeMinister', 'role', 'premier|prime', 'премьер*', 'الوزراء', '总理'),
  c('minister', 'role', 'minister*|ministry|secretary', 'министр*|министерств*', 'وزير|وزار*|الوزير', '部长|部|大臣'),
  c('assistant', 'role', 'assistant|deputy', 'заместител*|помощник*|замминистр*', 'مساعد|نائب', '助理|副'),
  c('ambassador', 'role', 'ambassador*|envoy', 'посол|посл*', 'سفير|السفير', '大使'),
  c('chairman', 'role', 'chairman|chairs|chair|chairwoman|chairperson', 'председател*', 'رئيس|يرأس', '主席|董事长'),
  c('ceo', 'role', 'ceo|executive', 'генеральн*|гендиректор*|директор*', 'التنفيذي|مدير', '首席执行官|总裁|CEO'),
  c('officer', 'role', 'officer|director|manager|head|chief', 'руководител*|директор*|менеджер*|глав*', 'مدير|رئيس|مسؤول', '主管|经理|负责人|官'),
  c('founder', 'role', 'founder|founded|co-founder', 'основател*|основал*', 'مؤسس|أسس', '创始人|创办'),
  c('spokesman', 'role', 'spokesman|spokeswoman|spokesperson', 'представител*|пресс-секретар*', 'المتحدث|متحدث', '发言人'),
  c('leads', 'event', 'led|leads|lead|leader|leaders|heads|headed', 'возглав*|лидер*|руковод*', 'تقود*|يقود*|قاد*|زعيم*|زعما', '领导|领导人|主导'),
  c('foreignAffairs', 'topic', 'foreign', 'иностранн*|внешн*|мид', 'الخارجية|خارجي*', '外交|外交部'),
  c('development', 'topic', 'development', 'развити*', 'التنمية|تنمية|تطوير', '发展'),
  c('coach', 'role', 'coach|manager', 'тренер*|наставник*', 'مدرب', '教练|主帅'),
];
