// Deterministic benchmark data: multilingual source folders and Markdown reports.
//
//   node bench/generate.mjs [--sizes 100,1000,10000] [--reports 1000,5000,20000] [--seed 42]
//
// Articles recombine real sentences (seeds/ and ../shared/eval/ntrex-dev/sources/) within one
// language, vary their numbers (digits and scale words) and swap names, and open with a dateline.
// Reports take sentences from the first 100 articles (a subset of every corpus size), so they talk
// about the same facts; some figures are altered. Everything is cached in bench/.work/ by size+seed.
import { promises as fs, existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN_VERSION = 3; // bump when the output changes, to invalidate caches
export const REPORT_VERSION = 4; // the same for reports alone (4: no sentence repeated)
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WORK = path.join(ROOT, 'bench', '.work');
const FACT_BASE = 100; // reports draw on articles 0..99, present in every corpus

// ---------------------------------------------------------------- seeded PRNG
function hash32(str) {
  // xmur3
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}
/** sfc32 seeded from a string; returns a function giving floats in [0, 1). */
export function rngFrom(key) {
  let a = hash32(key + '#a'), b = hash32(key + '#b'), c = hash32(key + '#c'), d = hash32(key + '#d');
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}
const pick = (rng, arr) => arr[Math.floor(rng() * arr.length)];
const randInt = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
function weighted(rng, entries) {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [v, w] of entries) if ((r -= w) < 0) return v;
  return entries[entries.length - 1][0];
}

// ---------------------------------------------------------------- language data
function langOf(text) {
  let latin = 0, cyr = 0, ar = 0, han = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c >= 0x600 && c <= 0x6ff) ar++;
    else if (c >= 0x4e00 && c <= 0x9fff) han += 2;
  }
  const best = Math.max(latin, cyr, ar, han);
  if (best === 0) return undefined;
  return best === ar ? 'ar' : best === cyr ? 'ru' : best === han ? 'zh' : 'en';
}

const LANG_WEIGHT = { en: 0.25, ar: 0.25, ru: 0.3, zh: 0.2 };
const SCALE = {
  en: ['thousand', 'million', 'billion'],
  ru: ['тыс.', 'млн', 'млрд', 'тысяч', 'миллионов', 'миллиардов'],
  ar: ['ألف', 'مليون', 'مليار'],
  zh: ['万', '亿'],
};
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
const CITIES = {
  en: ['BEIJING', 'MOSCOW', 'LONDON', 'WASHINGTON', 'CAIRO', 'DUBAI', 'SHANGHAI', 'NEW YORK', 'BRUSSELS'],
  ru: ['МОСКВА', 'ПЕКИН', 'ЛОНДОН', 'ВАШИНГТОН', 'КАИР', 'САНКТ-ПЕТЕРБУРГ', 'АСТАНА', 'ШАНХАЙ'],
  ar: ['بكين', 'موسكو', 'القاهرة', 'دبي', 'لندن', 'واشنطن', 'الرياض', 'بيروت'],
  zh: ['北京', '上海', '莫斯科', '伦敦', '华盛顿', '开罗', '广州', '深圳'],
};
const AGENCY = {
  en: ['Xinhua', 'Reuters', 'AP', 'AFP', 'TASS'],
  ru: ['Синьхуа', 'ТАСС', 'РИА Новости', 'Интерфакс'],
  ar: ['شينخوا', 'رويترز', 'أ ف ب', 'وام'],
  zh: ['新华社', '中新社', '路透社'],
};
const OUTLETS = ['xinhua', 'reuters', 'bbc', 'cnn', 'tass', 'ria', 'aljazeera', 'cgtn', 'upi', 'scmp', 'interfax', 'ahram'];
// Synthetic persons, so that a large corpus has a large vocabulary of names, as real news does.
const PERSON = {
  en: [
    ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Emma', 'Daniel', 'Olivia', 'Thomas', 'Grace', 'Peter', 'Helen'],
    ['Smith', 'Johnson', 'Carter', 'Walker', 'Hughes', 'Bennett', 'Foster', 'Reed', 'Morgan', 'Collins', 'Hayes', 'Porter', 'Fletcher', 'Ward', 'Lambert', 'Doyle'],
  ],
  ru: [
    ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Михаил', 'Игорь', 'Николай', 'Павел', 'Виктор', 'Олег', 'Юрий'],
    ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Федоров', 'Морозов', 'Волков', 'Лебедев', 'Козлов'],
  ],
  ar: [
    ['محمد', 'أحمد', 'علي', 'خالد', 'سارة', 'فاطمة', 'يوسف', 'عمر', 'ليلى', 'حسن', 'مريم', 'طارق'],
    ['العلي', 'الحسيني', 'منصور', 'حداد', 'الخطيب', 'نصار', 'الشامي', 'عثمان', 'القاسم', 'يعقوب', 'البزاز', 'سليمان'],
  ],
  zh: [
    ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'],
    ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '建华', '志强', '晓东', '海燕', '国庆'],
  ],
};
// Names looked for in scripts without capital letters.
const KNOWN_NAMES = {
  ar: ['الصين', 'روسيا', 'موسكو', 'بكين', 'الولايات المتحدة', 'أمريكا', 'ترامب', 'المكسيك', 'بريطانيا', 'لندن', 'واشنطن', 'فرنسا', 'باريس', 'اليابان', 'الهند', 'ألمانيا', 'كوريا الشمالية', 'بلفاست', 'أيرلندا', 'إيران', 'تركيا', 'مصر', 'علي بابا', 'أمازون', 'كازاخستان', 'أوروبا', 'أفريقيا', 'كندا', 'أستراليا', 'إسبانيا', 'إيطاليا'],
  zh: ['中国', '美国', '俄罗斯', '北京', '上海', '莫斯科', '日本', '英国', '法国', '德国', '印度', '特朗普', '阿里巴巴', '朝鲜', '联合国', '华盛顿', '伦敦', '欧洲', '韩国', '卡瓦诺', '西弗吉尼亚', '苏格兰', '爱丁堡', '李勇浩', '加拿大', '澳大利亚'],
};
const KNOWN_PERSONS = new Set(['ترامب', 'علي بابا', '特朗普', '卡瓦诺', '李勇浩']);
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

// ---------------------------------------------------------------- sentence pools
function splitSentencesSimple(line, lang) {
  if (lang === 'zh') return line.match(/[^。！？!?]+[。！？!?]*[”"」]?/g) ?? [line];
  const parts = line.split(/(?<=[.!?؟…][»"”)]?)\s+(?=[^\s\p{Ll}])/u);
  const out = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && (/(?:^|\s)(?:St|Mr|Mrs|Ms|Dr|Rev|U\.S|г|им|т\.е)\.$/u.test(prev) || prev.length < 25)) out[out.length - 1] = prev + ' ' + p;
    else out.push(p);
  }
  return out;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let poolCache;
/** Sentence, title and name pools per language, from the real articles. */
export function loadPools() {
  if (poolCache) return poolCache;
  const dirs = [path.join(ROOT, 'seeds'), path.join(ROOT, '..', 'shared', 'eval', 'ntrex-dev', 'sources')];
  const files = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (/\.(txt|md)$/.test(f)) files.push(path.join(d, f));
  }
  const pools = { sentences: {}, titles: {}, names: {}, files: files.length, usedShared: files.some((f) => f.includes('ntrex-dev')) };
  for (const l of Object.keys(LANG_WEIGHT)) (pools.sentences[l] = []), (pools.titles[l] = []);
  const capRuns = { en: new Map(), ru: new Map() };
  for (const f of files) {
    const lines = readFileSync(f, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    lines.forEach((line, i) => {
      const lang = langOf(line);
      if (!lang) return;
      if (i === 0) {
        pools.titles[lang].push(line);
        return;
      }
      if (/^(-|Фото:|Photo:)/.test(line)) return;
      for (let s of splitSentencesSimple(line, lang)) {
        s = s.trim();
        if (s.length < (lang === 'zh' ? 10 : 25) || langOf(s) !== lang) continue;
        pools.sentences[lang].push(s);
        if (capRuns[lang]) {
          for (const m of s.matchAll(/(?<=[\s«"“(])[\p{Lu}][\p{Ll}]+(?:[ -][\p{Lu}][\p{Ll}]+){0,2}/gu)) {
            capRuns[lang].set(m[0], (capRuns[lang].get(m[0]) ?? 0) + 1);
          }
        }
      }
    });
  }
  // Fall back to borrowing titles from sentences when a language has none.
  for (const l of Object.keys(LANG_WEIGHT)) {
    if (!pools.titles[l].length) pools.titles[l] = pools.sentences[l].filter((s) => s.length < 120).slice(0, 10);
  }
  for (const l of ['en', 'ru']) pools.names[l] = [...capRuns[l].keys()].filter((n) => n.length >= 3);
  for (const l of ['ar', 'zh']) pools.names[l] = KNOWN_NAMES[l].filter((n) => pools.sentences[l].some((s) => s.includes(n)));
  pools.nameGroups = {};
  for (const l of Object.keys(LANG_WEIGHT)) {
    const all = pools.names[l] ?? [];
    const multi = all.filter((n) => /\s/.test(n));
    pools.nameGroups[l] = l === 'en' || l === 'ru' ? [all.filter((n) => !/\s/.test(n)), multi.length ? multi : all] : [all];
  }
  pools.nameRe = {};
  for (const l of Object.keys(LANG_WEIGHT)) {
    const names = [...pools.names[l]].sort((a, b) => b.length - a.length).map(escapeRe);
    pools.nameRe[l] = names.length ? new RegExp(l === 'zh' ? `(?:${names.join('|')})` : `(?<![\\p{L}])(?:${names.join('|')})(?![\\p{L}])`, 'gu') : null;
  }
  pools.langs = Object.keys(LANG_WEIGHT).filter((l) => pools.sentences[l].length > 0);
  poolCache = pools;
  return pools;
}

// ---------------------------------------------------------------- variation
function syntheticPerson(rng, lang) {
  const [first, last] = PERSON[lang];
  if (lang === 'zh') return pick(rng, first) + pick(rng, last);
  return `${pick(rng, first)} ${pick(rng, last)}`;
}

function parseNum(str, lang) {
  const decSep = lang === 'ru' ? ',' : '.';
  const thouSep = lang === 'ru' ? null : ',';
  let s = str;
  if (thouSep && new RegExp(`^\\d{1,3}(?:${escapeRe(thouSep)}\\d{3})+(?:\\.\\d+)?$`).test(s)) s = s.split(thouSep).join('');
  const [int, frac = ''] = s.split(decSep);
  if (!/^\d+$/.test(int) || (frac && !/^\d+$/.test(frac))) return undefined;
  return { value: Number(int + (frac ? '.' + frac : '')), decimals: frac.length, grouped: s !== str };
}

function formatNum(value, decimals, lang, grouped) {
  let [int, frac] = value.toFixed(decimals).split('.');
  if (grouped || (value >= 10000 && decimals === 0)) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'ru' ? '\u00a0' : ',');
  return frac ? int + (lang === 'ru' ? ',' : '.') + frac : int;
}

function roundSig(v, sig) {
  if (v === 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - sig + 1);
  return Math.round(v / p) * p;
}

/** A new value for a number written in a source: same look, different digits, sometimes another scale. */
function varyNumber(rng, m, lang) {
  const [whole, digits, space = '', scale] = m;
  const n = parseNum(digits, lang);
  if (!n) return whole;
  let { value, decimals } = n;
  if (decimals === 0 && !scale && digits.length === 4 && value >= 1800 && value <= 2035) {
    return String(Math.min(2024, value + pick(rng, [-2, -1, 0, 0, 0, 1, 2])));
  }
  if (decimals === 0 && !scale && value <= 31) {
    return rng() < 0.5 ? whole : String(randInt(rng, 1, value <= 12 ? 12 : 31));
  }
  const sig = Math.max(1, Math.min(4, String(digits).replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length));
  value = roundSig(value * Math.exp((rng() * 2 - 1) * 0.9), sig);
  if (decimals === 0) value = Math.max(1, Math.round(value));
  let newScale = scale;
  if (scale && rng() < 0.15) newScale = pick(rng, SCALE[lang]);
  else if (!scale && value < 1000 && rng() < 0.08) newScale = pick(rng, SCALE[lang]);
  const sp = newScale && !space && lang !== 'zh' ? ' ' : space;
  return formatNum(value, decimals, lang, n.grouped) + (newScale ? sp + newScale : '');
}

function numberRe(lang) {
  const scales = SCALE[lang].map(escapeRe).join('|');
  const digits = lang === 'ru' ? '\\d+(?:,\\d+)?' : '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
  const tail = lang === 'zh' ? `()(${scales})?` : `(\\s?)(${scales})?(?![\\p{L}])`;
  return new RegExp(`(?<![\\d.,])(${digits})${tail}`, 'gu');
}
const NUMBER_RE = Object.fromEntries(Object.keys(SCALE).map((l) => [l, numberRe(l)]));

function varySentence(rng, s, lang, nameMap, pools) {
  let out = s.replace(NUMBER_RE[lang], (...m) => varyNumber(rng, m.slice(0, 5), lang));
  const re = pools.nameRe[lang];
  if (re) {
    out = out.replace(re, (name) => {
      if (!nameMap.has(name)) {
        // Persons (multi-word runs, known persons) become other or new persons; places stay places.
        const person = KNOWN_PERSONS.has(name) || (/\s/.test(name) && (lang === 'en' || lang === 'ru'));
        const r = rng();
        let to = name;
        if (r < 0.3) to = person && r < 0.2 ? syntheticPerson(rng, lang) : pick(rng, pools.nameGroups[lang][lang === 'en' || lang === 'ru' ? +/\s/.test(name) : 0]);
        nameMap.set(name, to);
      }
      return nameMap.get(name);
    });
  }
  return out;
}

function dateline(rng, lang, date) {
  const [y, m, d] = date;
  const city = pick(rng, CITIES[lang]);
  const agency = pick(rng, AGENCY[lang]);
  switch (lang) {
    case 'en': return `${city}, ${MONTHS.en[m - 1]} ${d}, ${y} (${agency}) -- `;
    case 'ru': return `${city}, ${d} ${MONTHS.ru[m - 1]} ${y} г. (${agency}) — `;
    case 'ar': return `${city} ${d} ${MONTHS.ar[m - 1]} ${y} (${agency}) `;
    default: return `${agency}${city}${y}年${m}月${d}日电 `;
  }
}

const utf8Len = (s) => Buffer.byteLength(s, 'utf8');

/** Article i of the corpus for `seed`: the same for every corpus size. */
export function genArticle(seed, i) {
  const pools = loadPools();
  const rng = rngFrom(`${seed}:article:${i}`);
  const lang = weighted(rng, pools.langs.map((l) => [l, LANG_WEIGHT[l]]));
  const sents = pools.sentences[lang];
  // Article sizes like real news: 2–8 KB, most around 3–5 KB.
  const target = Math.round(2048 + 6144 * Math.pow((rng() + rng() + rng()) / 3, 1.3));
  const date = [randInt(rng, 2015, 2024), randInt(rng, 1, 12), randInt(rng, 1, 28)];
  const nameMap = new Map();
  const title = varySentence(rng, pick(rng, pools.titles[lang]), lang, nameMap, pools);
  const perLine = weighted(rng, [[1, 0.6], [3, 0.3], [5, 0.1]]); // sentences a line; 1 like ntrex, more like seeds
  const blankLines = rng() < 0.2;
  const joiner = lang === 'zh' ? '' : ' ';
  const body = [];
  let bytes = utf8Len(title) + 1;
  let start = Math.floor(rng() * sents.length);
  let line = [];
  const facts = [];
  const used = new Set();
  while (bytes < target && used.size < sents.length) {
    // Runs of consecutive sentences from one source, then a jump: recombination, not noise.
    // No sentence twice in one article: a small pool (English) gives shorter articles.
    if (rng() < 0.3) start = Math.floor(rng() * sents.length);
    while (used.has(start % sents.length)) start = Math.floor(rng() * sents.length);
    used.add(start % sents.length);
    const s = varySentence(rng, sents[start++ % sents.length], lang, nameMap, pools);
    facts.push(s);
    line.push(s);
    bytes += utf8Len(s) + 1;
    if (line.length >= perLine) body.push(line.join(joiner)), (line = []);
  }
  if (line.length) body.push(line.join(joiner));
  body[0] = dateline(rng, lang, date) + body[0];
  let text = [title, '', ...body].join('\n').replace(/\n(?!\n)/g, blankLines ? '\n\n' : '\n').replace(/\n{3,}/g, '\n\n') + '\n';
  if (lang === 'ar' && rng() < 0.2) text = text.replace(/[0-9]/g, (d) => ARABIC_DIGITS[+d]);
  const outlet = pick(rng, OUTLETS);
  const name = `${outlet}.${100000 + i}.${lang}.txt`;
  return { i, lang, name, dir: lang, text, facts, date };
}

// ---------------------------------------------------------------- corpus folders
export function corpusDir(size, seed) {
  return path.join(WORK, 'corpus', `${size}-s${seed}-v${GEN_VERSION}`);
}

/** Generates (or reuses) a corpus of `size` articles; returns { dir, files, bytes, langs }. */
export async function ensureCorpus(size, seed = 42) {
  const dir = corpusDir(size, seed);
  const marker = path.join(dir, '.done.json');
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (!info.lines) {
      // A marker written before lines were counted: count them once, from the files, and keep the count.
      const lines = new LineCounter();
      for (const f of readdirSync(dir, { recursive: true })) if (f.endsWith('.txt')) lines.add(readFileSync(path.join(dir, f), 'utf8'));
      info.lines = lines.counts();
      await fs.writeFile(marker, JSON.stringify(info));
    }
    return { dir, ...info, cached: true };
  }
  await fs.rm(dir, { recursive: true, force: true });
  const langs = {};
  let bytes = 0;
  const made = new Set();
  const pending = [];
  const lines = new LineCounter();
  for (let i = 0; i < size; i++) {
    const a = genArticle(seed, i);
    lines.add(a.text);
    const sub = path.join(dir, a.dir);
    if (!made.has(sub)) await fs.mkdir(sub, { recursive: true }), made.add(sub);
    langs[a.lang] = (langs[a.lang] ?? 0) + 1;
    bytes += utf8Len(a.text);
    pending.push(fs.writeFile(path.join(sub, a.name), a.text));
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  const info = { size, seed, files: size, bytes, langs, lines: lines.counts(), version: GEN_VERSION, pools: loadPools().files, usedShared: loadPools().usedShared };
  await fs.writeFile(marker, JSON.stringify(info));
  return { dir, ...info, cached: false };
}

/**
 * Non-blank lines of the articles, and how many differ: articles recombine a few thousand pool sentences,
 * so most lines recur, and the engine's per-sentence caches turn recurring lines into cache hits a real
 * folder would get far less often (see README).
 */
class LineCounter {
  #distinct = new Set();
  #total = 0;

  add(text) {
    for (const line of text.split('\n')) if (line.trim()) (this.#total++, this.#distinct.add(line));
  }

  counts() {
    return { total: this.#total, distinct: this.#distinct.size };
  }
}

// ---------------------------------------------------------------- reports
export function reportPath(words, seed) {
  return path.join(WORK, 'reports', `report-${words}w-s${seed}-v${REPORT_VERSION}.md`);
}

function countWords(text) {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const other = text.replace(/[\u4e00-\u9fff]/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return other + Math.round(han / 1.7);
}

/** Alters one figure of a sentence, as a careless writer would. */
function alterFigure(rng, s) {
  const nums = [...s.matchAll(/\d+(?:[.,]\d+)?/g)];
  if (!nums.length) return s;
  const m = pick(rng, nums);
  const v = Number(m[0].replace(',', '.'));
  let nv = rng() < 0.5 ? v * (1.2 + rng() * 1.8) : v + randInt(rng, 1, 9);
  const dec = (m[0].split(/[.,]/)[1] ?? '').length;
  const txt = nv.toFixed(dec).replace('.', m[0].includes(',') ? ',' : '.');
  return s.slice(0, m.index) + txt + s.slice(m.index + m[0].length);
}

const EN_TEMPLATES = [
  (f) => `Officials quoted in ${f.outlet} put the figure at ${f.num}.`,
  (f) => `By ${f.month} ${f.year}, the total had reached ${f.num}, according to ${f.name}.`,
  (f) => `${f.name} said the number could rise above ${f.num} next year.`,
  (f) => `The report dated ${f.month} ${f.day}, ${f.year} cites ${f.name} on this point.`,
];

/** A Markdown report of about `words` words, mostly English, with ru/ar/zh paragraphs. */
export function genReport(words, seed) {
  const rng = rngFrom(`${seed}:report:${words}`);
  const pools = loadPools();
  const byLang = {};
  for (let i = 0; i < FACT_BASE; i++) {
    const a = genArticle(seed, i);
    (byLang[a.lang] ??= []).push(a);
  }
  const langs = Object.keys(byLang);
  const weights = langs.map((l) => [l, l === 'en' ? 0.78 : 0.22 / Math.max(1, langs.length - 1)]);
  const parts = [`# Briefing: trade, politics and the week in numbers (${words} words)`];
  let count = countWords(parts[0]);
  let sinceHeading = 0;
  // A writer does not repeat a sentence word for word (and a checker that judges each distinct sentence
  // once would gain from it): a sentence used already comes back with a figure altered, or not at all.
  const used = new Set();
  const fresh = (s) => {
    if (used.has(s)) s = alterFigure(rng, s);
    if (used.has(s)) return undefined;
    used.add(s);
    return s;
  };
  let barren = 0;
  while (count < words) {
    if (sinceHeading >= randInt(rng, 6, 10)) {
      const h = `## ${pick(rng, pools.titles.en.length ? pools.titles.en : ['Section'])}`;
      if (!used.has(h)) {
        used.add(h);
        parts.push(h);
        count += countWords(h);
      }
      sinceHeading = 0;
    }
    const lang = weighted(rng, weights);
    const a = pick(rng, byLang[lang]);
    const n = randInt(rng, 3, 6);
    let k = Math.floor(rng() * a.facts.length);
    const sentences = [];
    for (let j = 0; j < n; j++) {
      let s = a.facts[k++ % a.facts.length];
      if (rng() < 0.15) s = alterFigure(rng, s);
      s = fresh(s);
      if (s === undefined) continue;
      sentences.push(s);
      if (lang === 'en' && rng() < 0.12) {
        const num = s.match(/\d[\d,.]*\d|\d/)?.[0] ?? String(randInt(rng, 2, 900));
        const name = s.match(/(?<=\s)[A-Z][a-z]+(?: [A-Z][a-z]+)?/)?.[0] ?? syntheticPerson(rng, 'en');
        const t = fresh(pick(rng, EN_TEMPLATES)({ num, name, outlet: pick(rng, AGENCY.en), month: MONTHS.en[a.date[1] - 1], day: a.date[2], year: a.date[0] }));
        if (t !== undefined) sentences.push(t);
      }
    }
    if (sentences.length === 0) {
      if (++barren > 1000) throw new Error(`genReport: the first ${FACT_BASE} articles hold too few sentences for ${words} words`);
      continue;
    }
    barren = 0;
    let para = sentences.join(lang === 'zh' ? '' : ' ');
    // Some writers hard-wrap their Markdown paragraphs.
    if (lang !== 'zh' && rng() < 0.3) para = para.replace(/(.{60,80}?) /g, '$1\n');
    parts.push(para);
    count += countWords(para);
    sinceHeading++;
  }
  return { text: parts.join('\n\n') + '\n', words: count };
}

export async function ensureReport(words, seed = 42) {
  const file = reportPath(words, seed);
  if (existsSync(file)) return { file, words: countWords(readFileSync(file, 'utf8')), cached: true };
  const r = genReport(words, seed);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, r.text);
  return { file, words: r.words, cached: false };
}

// ---------------------------------------------------------------- CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const seed = Number(arg('--seed', '42'));
  const sizes = arg('--sizes', '100,1000,10000').split(',').map(Number);
  const reports = arg('--reports', '1000,5000,20000').split(',').map(Number);
  const pools = loadPools();
  console.log(`pools from ${pools.files} files${pools.usedShared ? '' : ' (seeds only: ../shared missing)'}: ` +
    Object.entries(pools.sentences).map(([l, s]) => `${l} ${s.length} sentences/${pools.names[l]?.length ?? 0} names`).join(', '));
  for (const s of sizes) {
    const t = performance.now();
    const c = await ensureCorpus(s, seed);
    console.log(`corpus ${s}: ${c.dir} ${(c.bytes / 1e6).toFixed(1)} MB ${JSON.stringify(c.langs)}${c.cached ? ' (cached)' : ` in ${((performance.now() - t) / 1000).toFixed(1)} s`}`);
  }
  for (const w of reports) {
    const r = await ensureReport(w, seed);
    console.log(`report ${w}: ${r.file} (${r.words} words)${r.cached ? ' (cached)' : ''}`);
  }
}
