// A small phonetic alphabet shared by all scripts, so that one name written in Latin, Cyrillic,
// Arabic or Chinese characters can be compared with another.
//
// One symbol per sound:
//   vowels      a e i o u, and @ (Arabic ى: a or i)
//   consonants  b p f v w t d s z l r m n h k g q y
//               S = sh, Z = zh/ж, C = ch/ч, j = j/dzh, c = ts/ц, X = pinyin x (between s and sh), x = kh/х
// Arabic script writes only long vowels, so its sequences are marked and compared leniently.

import { anyAscii } from '../text/anyAscii'; // any-ascii is ESM-only: see text/anyAscii.ts
import { pinyin } from 'pinyin-pro';
import { normalizeArabic } from './arabic';
import { remembered } from '../text/memo';

export interface Phones {
  /** The symbols. */
  s: string;
  /** Written in Arabic script: short vowels absent, b/p, f/v, j/g merged. */
  ar: boolean;
}

const VOWELS = 'aeiou@';
export function isVowel(sym: string): boolean {
  return VOWELS.includes(sym);
}

function collapse(s: string): string {
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}


/**
 * Symbols of a Latin-script word (any diacritics folded). `pinyin` selects Hanyu Pinyin readings of x, q, z;
 * `softG` reads g before e, i, y as j (Gerrard, Rangers, Nigel), as other scripts write it: Джеррард, جيرارد.
 */
export function latinPhones(word: string, pinyinMode = false, softG = false): string {
  const w = anyAscii(word).toLowerCase().replace(/[^a-z]/g, '');
  let out = '';
  const isV = (i: number) => i < w.length && i >= 0 && 'aeiouy'.includes(w[i]);
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const next = w[i + 1] ?? '';
    if (w.startsWith('shch', i)) { out += 'S'; i += 3; continue; }
    if (w.startsWith('sch', i)) { out += 'S'; i += 2; continue; }
    if (w.startsWith('tch', i)) { out += 'C'; i += 2; continue; }
    if (w.startsWith('dzh', i) || w.startsWith('tsz', i)) { out += 'j'; i += 2; continue; }
    const di = ch + next;
    switch (di) {
      case 'ch': out += 'C'; i++; continue;
      case 'sh': out += 'S'; i++; continue;
      case 'zh': out += 'Z'; i++; continue;
      case 'kh': out += 'x'; i++; continue;
      case 'ph': out += 'f'; i++; continue;
      case 'th': out += 't'; i++; continue;
      case 'ck': out += 'k'; i++; continue;
      case 'dj': out += 'j'; i++; continue;
      case 'ts': case 'tz': out += 'c'; i++; continue;
      case 'qu': out += 'k'; i++; continue;
      case 'gh':
        if (isV(i + 2)) out += 'g';
        i++;
        continue;
      case 'ng':
        out += 'n';
        if (isV(i + 2)) out += softG && 'eiy'.includes(w[i + 2]) ? 'j' : 'g';
        i++;
        continue;
    }
    switch (ch) {
      case 'g': out += softG && 'eiy'.includes(next) && w[i - 1] !== 'g' ? 'j' : 'g'; break;
      case 'c': out += next === 'e' || next === 'i' || next === 'y' ? 's' : 'k'; break;
      case 'x': out += pinyinMode || i === 0 ? 'X' : 'ks'; break;
      case 'q': out += pinyinMode ? 'C' : 'q'; break;
      case 'z': out += pinyinMode ? 'j' : 'z'; break;
      case 'y': out += i === 0 && isV(i + 1) ? 'y' : 'i'; break;
      case 'w': out += isV(i + 1) ? 'w' : 'u'; break;
      case 'h':
        // silent after a vowel before a consonant (John, Sarah) and after a consonant (Bhutan, Rhodes)
        if (i > 0 && !(isV(i - 1) && isV(i + 1))) break;
        out += 'h';
        break;
      default: out += ch;
    }
  }
  return collapse(out);
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'o', ж: 'Z', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'c', ч: 'C', ш: 'S', щ: 'S',
  ъ: '', ы: 'i', ь: '', э: 'e', ю: 'u', я: 'a',
  і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u', қ: 'k', ғ: 'g', ң: 'n', ө: 'o', ү: 'u', ұ: 'u', һ: 'h', ә: 'a',
  ј: 'y', љ: 'l', њ: 'n', ђ: 'j', ћ: 'C', џ: 'j',
};

/** Symbols of a Cyrillic word. */
export function cyrillicPhones(word: string): string {
  const w = word.toLowerCase();
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const di = ch + (w[i + 1] ?? '');
    if (di === 'дж' || di === 'цз') { out += 'j'; i++; continue; }
    if (di === 'чж') { out += 'Z'; i++; continue; }
    if (di === 'нг' && !'аеёиоуыэюя'.includes(w[i + 2] ?? '')) { out += 'n'; i++; continue; }
    const m = CYRILLIC[ch];
    if (m === undefined) {
      if (/\p{L}/u.test(ch)) out += latinPhones(ch);
      continue;
    }
    // я ю е after a vowel or at the start carry a y-glide; it is weak, so only mark it initially.
    if ((ch === 'я' || ch === 'ю') && i === 0) out += 'y';
    out += m;
  }
  return collapse(out);
}

const ARABIC: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'x', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 'S', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'g', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  ء: '', ؤ: 'u', ئ: 'i', ة: 'a', پ: 'p', گ: 'g', ڤ: 'v', چ: 'C', ژ: 'Z', ک: 'k', ی: 'i',
};

/** Symbols of an Arabic-script word: long vowels only, as the script writes them. */
export function arabicPhones(word: string): string {
  // Keep ى apart from ي: at the end of a word it reads a or i.
  const w = normalizeArabic(word.replace(/ى/g, '\u0001'));
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const next = w[i + 1] ?? '';
    if (ch === 'ا') {
      if (i === 0 && (next === 'و' || next === 'ي')) continue; // alef carrying a long vowel: أو, إي
      out += i === 0 ? '@' : 'a'; // an initial alef carries any short vowel
      continue;
    }
    if (ch === '\u0001') { out += '@'; continue; }
    if (ch === 'و') { out += i === 0 || next === 'ا' ? 'w' : 'u'; continue; }
    if (ch === 'ي') { out += i === 0 || next === 'ا' || next === 'و' ? 'y' : 'i'; continue; }
    if (ch === 'ت' && next === 'ش') { out += 'C'; i++; continue; }
    if (ch === 'ن' && (next === 'غ' || next === 'ج') && (i + 2 >= w.length || !'اوي'.includes(w[i + 2]))) {
      out += 'n';
      i++;
      continue;
    }
    if (ch === 'ه' && i === w.length - 1 && i > 0) { out += 'a'; continue; } // final ة written ه
    const m = ARABIC[ch];
    if (m !== undefined) out += m;
  }
  return collapse(out);
}

const hanCache = new Map<string, string>();

/** Pinyin syllables of a run of Han characters, one per character. */
export function hanSyllables(run: string): string[] {
  return pinyin(run, { toneType: 'none', type: 'array', nonZh: 'removed' }).filter((s) => s.length > 0);
}

/** Symbols of one Han character (its first pinyin reading). */
export function hanPhones(ch: string): string {
  let p = hanCache.get(ch);
  if (p === undefined) {
    const syl = hanSyllables(ch)[0] ?? '';
    p = pinyinPhones(syl);
    if (hanCache.size < 20_000) hanCache.set(ch, p);
  }
  return p;
}

/** Symbols of one pinyin syllable or several run together. */
export function pinyinPhones(syllables: string): string {
  return latinPhones(syllables.replace(/ü|v/g, 'u'), true);
}

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'han' | 'other';

export function scriptOfWord(word: string): Script {
  for (let i = 0; i < word.length; i++) {
    const c = word.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    const sc = scriptOfCode(c);
    if (sc !== 'other') return sc;
  }
  return 'other';
}

/** The script of one code point. */
export function scriptOfCode(c: number): Script {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c < 0x400) return 'other';
  if (c <= 0x52f) return 'cyrillic';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return 'arabic';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2a6df)) return 'han';
  return 'other';
}

const phoneMemo = remembered(computePhones, 100_000);

/** Phonetic symbols of one word in whatever script it is written (cached: text repeats its words). */
export function phonesOf(word: string): Phones {
  return phoneMemo(word);
}

const softGMemo = remembered((word): Phones | null => {
  if (scriptOfWord(word) !== 'latin') return null;
  const soft = latinPhones(word, false, true);
  return soft === phonesOf(word).s ? null : { s: soft, ar: false };
});

/**
 * A Latin word's second reading with its g before e, i, y soft (see latinPhones), when it has one: English
 * writes both sounds with one letter (Gerrard, Geller), other scripts each with its own.
 */
export function softGPhonesOf(word: string): Phones | undefined {
  return softGMemo(word) ?? undefined;
}

/** A word's readings: its phones, then for a Latin word with a soft g its second reading (see softGPhonesOf). */
export function phoneReadings(word: string): Phones[] {
  const soft = softGMemo(word);
  return soft ? [phonesOf(word), soft] : [phonesOf(word)];
}

function computePhones(word: string): Phones {
  switch (scriptOfWord(word)) {
    case 'latin': return { s: latinPhones(word), ar: false };
    case 'cyrillic': return { s: cyrillicPhones(word), ar: false };
    case 'arabic': return { s: arabicPhones(word), ar: true };
    case 'han': {
      let s = '';
      for (const ch of word) s += hanPhones(ch);
      return { s: collapse(s), ar: false };
    }
    default: return { s: '', ar: false };
  }
}

// ---- comparison -------------------------------------------------------------------------

/** Consonant pairs that renderings confuse: [pair, cost between non-Arabic spellings, cost when one is Arabic]. */
const CONSONANT_PAIRS: readonly [string, number, number][] = [
  ['bp', 0.6, 0.05], ['fv', 0.4, 0.05], ['vw', 0.3, 0.15], ['fw', 0.7, 0.4], ['td', 0.6, 0.5], ['sz', 0.4, 0.3],
  ['sS', 0.5, 0.4], ['SC', 0.3, 0.2], ['SZ', 0.4, 0.3], ['Zj', 0.3, 0.1], ['jg', 0.6, 0.15], ['jC', 0.4, 0.3],
  ['kg', 0.4, 0.2], ['kq', 0.2, 0.1], ['gq', 0.4, 0.15], ['kx', 0.5, 0.5], ['hx', 0.15, 0.2], ['gh', 0.6, 0.6],
  ['gx', 0.6, 0.4], ['cs', 0.4, 0.4], ['cC', 0.4, 0.4], ['cj', 0.4, 0.4], ['cz', 0.4, 0.4], ['jz', 0.5, 0.4],
  ['Xs', 0.1, 0.1], ['XS', 0.15, 0.1], ['Xc', 0.4, 0.4], ['XC', 0.4, 0.3], ['qC', 0.4, 0.3], ['yi', 0.1, 0.1], ['wu', 0.1, 0.1],
  ['yj', 0.5, 0.5], ['ZC', 0.4, 0.3],
];

// Substitution costs by character codes (phone symbols are ASCII): the edit distance below runs for every
// pair of names compared, and a string key per cell was most of its cost. NaN: no special cost.
const CODES = 128;
const PAIR_PLAIN = new Float64Array(CODES * CODES).fill(NaN);
const PAIR_ARABIC = new Float64Array(CODES * CODES).fill(NaN);
for (const [p, plain, ar] of CONSONANT_PAIRS) {
  const x = p.charCodeAt(0);
  const y = p.charCodeAt(1);
  if (x >= CODES || y >= CODES) throw new Error(`phone pair ${p} is not ASCII`);
  PAIR_PLAIN[x * CODES + y] = PAIR_PLAIN[y * CODES + x] = plain;
  PAIR_ARABIC[x * CODES + y] = PAIR_ARABIC[y * CODES + x] = ar;
}

const VOWEL_COST: Record<string, number> = {
  ae: 0.4, ai: 1, ao: 0.5, au: 0.6, ei: 0.2, eo: 0.6, eu: 0.8, io: 0.9, iu: 0.8, ou: 0.2,
};

/** Substitution cost of two different vowels, by codes (both orders), plain and with Arabic on one side. */
const VOWEL_PLAIN = new Float64Array(CODES * CODES).fill(NaN);
const VOWEL_ARABIC = new Float64Array(CODES * CODES).fill(NaN);
for (const x of VOWELS) {
  for (const y of VOWELS) {
    if (x === y) continue;
    const at = x.charCodeAt(0) * CODES + y.charCodeAt(0);
    VOWEL_PLAIN[at] = vowelSub(x, y, false);
    VOWEL_ARABIC[at] = vowelSub(x, y, true);
  }
}

function vowelSub(x: string, y: string, arabic: boolean): number {
  if (x === '@' || y === '@') return x === 'u' || y === 'u' || x === 'o' || y === 'o' ? 0.8 : 0;
  const k = x < y ? x + y : y + x;
  const c = VOWEL_COST[k] ?? 1;
  // Arabic ا also renders e; ي renders e; و renders o.
  return arabic && (k === 'ae' || k === 'ei' || k === 'ou') ? Math.min(c, 0.1) : c;
}

function sub(x: string, y: string, arabic: boolean): number {
  if (x === y) return 0;
  const vx = isVowel(x);
  const vy = isVowel(y);
  const cx = x.charCodeAt(0);
  const cy = y.charCodeAt(0);
  const at = cx < CODES && cy < CODES ? cx * CODES + cy : -1;
  if (vx && vy) return at >= 0 ? (arabic ? VOWEL_ARABIC : VOWEL_PLAIN)[at] : vowelSub(x, y, arabic);
  const p = at >= 0 ? (arabic ? PAIR_ARABIC : PAIR_PLAIN)[at] : NaN;
  if (!Number.isNaN(p)) return p;
  return vx || vy ? 1.2 : 1;
}

/** Cost of a symbol present on one side only. `mine`: this side is Arabic; `other`: the other side is. */
function indel(seq: string, i: number, mine: boolean, other: boolean): number {
  const x = seq[i];
  if (isVowel(x)) {
    const nearVowel = (i > 0 && isVowel(seq[i - 1])) || (i + 1 < seq.length && isVowel(seq[i + 1]));
    if (other && !mine) return 0.12; // short vowel the Arabic spelling leaves out
    if (mine) return 0.9; // a long vowel Arabic wrote that the other spelling lacks
    return nearVowel ? 0.25 : 0.45;
  }
  if (x === 'h') return 0.5;
  if (x === 'y' || x === 'w') return 0.3;
  if (x === 'g' && i > 0 && seq[i - 1] === 'n') return 0.3;
  return 1;
}

function weight(s: string): number {
  let w = 0;
  for (const ch of s) w += isVowel(ch) ? 0.5 : 1;
  return w;
}

/** Weighted edit distance between two symbol sequences. */
export function phoneDistance(a: Phones, b: Phones): number {
  const n = a.s.length;
  const m = b.s.length;
  const arabic = a.ar || b.ar;
  if (rowA.length < m + 1) (rowA = new Float64Array(2 * m + 2)), (rowB = new Float64Array(2 * m + 2));
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + indel(b.s, j - 1, b.ar, a.ar);
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0] + indel(a.s, i - 1, a.ar, b.ar);
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(
        prev[j - 1] + sub(a.s[i - 1], b.s[j - 1], arabic),
        prev[j] + indel(a.s, i - 1, a.ar, b.ar),
        cur[j - 1] + indel(b.s, j - 1, b.ar, a.ar),
      );
    }
    const done = cur;
    cur = prev;
    prev = done;
  }
  return prev[m];
}

/** The two rows phoneDistance works in, reused from call to call. */
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

/**
 * Similarity of two phone sequences in [0, 1]: 1 − distance / size. The size is the heavier side,
 * vowels counting half; when one side is Arabic the other side's vowels count less, since Arabic omits them.
 */
export function phoneSimilarity(a: Phones, b: Phones): number {
  if (!a.s || !b.s) return 0;
  const size = Math.max(weight(a.s), weight(b.s), 1.5);
  return Math.max(0, 1 - phoneDistance(a, b) / size);
}

/** Consonant classes for the coarse key: letters that any pair of scripts may exchange share a class. */
const COARSE: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', v: 'F', w: 'F', t: 'T', d: 'T', s: 'S', z: 'S', S: 'S', Z: 'S', C: 'S', j: 'S', c: 'S', X: 'S',
  k: 'K', g: 'K', q: 'K', x: 'H', h: 'H', l: 'L', r: 'R', m: 'M', n: 'N', y: '',
};

/** The consonant skeleton of a phone sequence in coarse classes, doubled classes merged ("" when all vowels). */
export function coarseSkeleton(p: string): string {
  return skeletonMemo(p);
}

const skeletonMemo = remembered(computeSkeleton, 100_000);

function computeSkeleton(p: string): string {
  let out = '';
  let prevSym = '';
  for (const ch of p) {
    const c = COARSE[ch];
    if (c === undefined || c === '') { prevSym = ch; continue; }
    if (c === 'K' && ch === 'g' && prevSym === 'n') { prevSym = ch; continue; } // -ng
    if (out[out.length - 1] !== c) out += c;
    prevSym = ch;
  }
  return out;
}

/**
 * coarseSkeleton(a + b) from the parts' skeletons, without rebuilding it: `aSkel` is the skeleton of a,
 * `aLast` the last symbol of a ("" when a is empty), b the next phones and `bSkel` their skeleton.
 */
export function joinSkeleton(aSkel: string, aLast: string, b: string, bSkel: string): string {
  // the -ng rule reaches across the join: "n" + "g..." drops the g
  const rest = aLast === 'n' && b.charCodeAt(0) === 0x67 ? coarseSkeleton(b.slice(1)) : bSkel;
  if (aSkel === '' || rest === '') return aSkel + rest;
  return aSkel.charCodeAt(aSkel.length - 1) === rest.charCodeAt(0) ? aSkel + rest.slice(1) : aSkel + rest;
}

/** Lower-case ASCII romanisation of a word, for display and for keys of unknown names. */
export function asciiOf(word: string): string {
  return asciiMemo(word);
}

const asciiMemo = remembered(computeAscii);

function computeAscii(word: string): string {
  switch (scriptOfWord(word)) {
    case 'han': return hanSyllables(word).join('');
    case 'arabic': return arabicPhones(word).replace(/@/g, 'a').replace(/S/g, 'sh').replace(/C/g, 'ch').replace(/x/g, 'kh').replace(/Z/g, 'zh').toLowerCase();
    default: return anyAscii(word).toLowerCase().replace(/[^a-z0-9]/g, '');
  }
}
