// Chinese characters that matter for finding names in text without spaces.

/** The most common single-character surnames (plus 习, frequent in news); 于 is left out, being the preposition too. */
export const ZH_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温';

/** Titles and roles after which a person's name follows (longest first when matching). */
export const ZH_TITLES = [
  '国家主席', '国务院总理', '首席执行官', '董事长', '副总裁', '副总统', '副主席', '副总理', '副部长', '发言人',
  '总经理', '总书记', '秘书长', '外交部长', '总裁', '主席', '总统', '总理', '部长', '大使', '首相', '书记', '省长',
  '市长', '局长', '院长', '校长', '教授', '博士', '先生', '女士', '经理', '创始人', '议员', '主任', '司长', '助理',
];

/** Verbs that follow a speaker's name (马云说, 李辉表示). */
export const ZH_SPEECH_VERBS = ['表示', '指出', '强调', '认为', '介绍', '透露', '宣布', '称', '说', '说道'];

/**
 * Characters that end a name: a given name does not run on through them. Function words, verbs and
 * punctuation that typically follow a name.
 */
export const ZH_NAME_BOUNDARY = new Set([
  ...'在说表称指认等将也已对向于从今昨曾还就为被把了所及会都又并则才即要能可应该近前后上下中时的是和与及或、，。；：！？“”‘’（）《》「」…— ·'.split(''),
]);

/**
 * Characters that Chinese transliterations of foreign names are made of. A run of three or more of them,
 * at least one from ZH_TRANSLIT_STRONG, reads as a foreign name (扎瓦德斯基, 奥列什金).
 */
export const ZH_TRANSLIT_CHARS = new Set([
  ...'阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯博布查达戴丹德迪蒂丁东杜多俄厄恩尔法范菲费芬丰冯弗福盖甘冈戈格贡古瓜圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷里利莉丽连列林琳隆卢鲁伦罗洛马玛迈麦曼梅蒙米密明莫姆穆纳娜乃奈南内尼涅宁纽努诺欧帕潘佩彭皮珀普奇契恰乔切钦琼丘萨塞赛桑瑟森沙莎尚舍申施什史斯松苏索塔泰坦汤唐特提廷托瓦万威韦维温沃乌伍西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐'.split(''),
]);

export const ZH_TRANSLIT_STRONG = new Set([...'斯尔夫娃娜蒂纳诺奥洛玛莫穆塞谢兹扎佐尼耶伊维克基特德拉列罗姆'.split('')]);

/** Ordinary words that contain a place name across their word boundary (发展中 + 国家 = developing countries). */
export const ZH_NOT_NAMES: readonly string[] = ['发展中国家', '中国际', '美国际'];
