// Property-based tests (fast-check) of the extractors and the whole checker: nothing throws on any string,
// spans are well-formed, a figure means the same in every language's notation, and the paragraph cache
// never changes a verdict.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { Checker, LineMap, SourceIndex, type CheckedClaim, type Lang, type Span } from '../../server/src/engine';
import { extractEntities } from '../../server/src/engine/entities';
import { extractNumbers } from '../../server/src/engine/numbers';

const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');
const LANGS: Lang[] = ['en', 'ru', 'ar', 'zh', 'und'];
const RUNS = 150;

/** Pieces of real text in the four languages, marks and separators, so random strings hit the grammar. */
const PIECES = [
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\u00a0', '\u202f', '\u200f', '\u200e', '\u200b', '\u200d', '\u2066', '\u2069', '\u0301', '\ufeff',
  '0', '7', '22', '33.7', '14,000', '70,2', '1 234', '٣٣٫٧', '٢٠١٧', '۱۲', '１２', '2017', '.', ',', ':', '%', '$', '-', '–', '(', ')', '"', '«', '»',
  'million', 'billion', 'percent', 'more than', 'about', 'in', 'the', 'rose', 'fell', 'to', 'Xi Jinping', 'Putin', 'Moscow', 'Beijing',
  'Alibaba', 'Mr.', 'U.S.', 'St.', 'A.', 'January', 'млн', 'миллиона', 'рублей', 'году', 'около', 'Москва', 'Путин', 'Россия',
  'مليون', 'دولار', 'في المئة', 'بكين', 'موسكو', 'عام', 'نحو', '亿', '万', '百万', '元', '年', '月', '日', '北京', '习近平', '百分之', '约',
  '一', '五', '十', '𠮷', '😀', '👍🏽', 'é', 'ñ', '#', '*', '[', ']', '<b>', '&amp;',
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
/** Any string: arbitrary UTF-16 (lone surrogates included), full Unicode, and pieces of real text. */
const anyText = fc.oneof(
  { arbitrary: pieced, weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 1 },
  { arbitrary: fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }).map((xs) => xs.join('')), weight: 2 },
);

function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Inside the text, on code-point boundaries, exact on the text, sorted and non-overlapping. */
function assertSpans(text: string, claims: readonly (Span & { text: string })[]): void {
  let last = 0;
  for (const c of claims) {
    assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end), 'integer offsets');
    assert.ok(c.start >= last, `sorted, not overlapping: ${c.start} after ${last}`);
    assert.ok(c.end > c.start && c.end <= text.length, `inside the text: ${c.start}-${c.end} of ${text.length}`);
    assert.ok(!splitsPair(text, c.start) && !splitsPair(text, c.end), `${c.start}-${c.end} splits a surrogate pair`);
    assert.equal(text.slice(c.start, c.end), c.text);
    last = c.end;
  }
}

/**
 * The checker's claims: sorted by start; numbers never overlap numbers, names never overlap names. (A name
 * inside a figure's span, "США" in "70,2 миллиарда долларов США", is another owner's open question: see the
 * skipped test below.)
 */
function assertChecked(text: string, claims: readonly CheckedClaim[]): void {
  for (let i = 1; i < claims.length; i++) assert.ok(claims[i].start >= claims[i - 1].start, 'sorted by start');
  assertSpans(text, claims.filter((c) => c.kind === 'number'));
  assertSpans(text, claims.filter((c) => c.kind === 'entity'));
  const lines = new LineMap(text);
  for (const c of claims) {
    assert.deepEqual(c.range, lines.range(c.start, c.end));
    assert.ok(['supported', 'contradicted', 'unverified'].includes(c.verdict));
    if (c.quantity) assert.ok(Number.isFinite(c.quantity.value), `value ${c.quantity.value}`);
    if (c.evidence) assert.ok(c.evidence.sentence.length > 0 && c.evidence.end >= c.evidence.start);
  }
}

// ---- a value written the way each language writes it ------------------------------------------

/** A decimal number as digits: `mantissa` × 10^`exp` (exp may be negative), with no float noise. */
function decimal(mantissa: bigint, exp: number): { int: string; frac: string } {
  const digits = mantissa.toString();
  if (exp >= 0) return { int: digits + '0'.repeat(exp), frac: '' };
  const padded = digits.padStart(-exp + 1, '0');
  const int = padded.slice(0, padded.length + exp);
  const frac = padded.slice(padded.length + exp).replace(/0+$/, '');
  return { int, frac };
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicIndic = (s: string): string => s.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]);

function ruScale(word: 'миллион' | 'миллиард', int: string, frac: string): string {
  if (frac) return word + 'а';
  const n = Number(int.slice(-2));
  if (n % 10 === 1 && n !== 11) return word;
  if (n % 10 >= 2 && n % 10 <= 4 && (n < 12 || n > 14)) return word + 'а';
  return word + 'ов';
}

interface Figure {
  /** Digits of the value before the decimal point, and value = mantissa × 10^exp. */
  mantissa: bigint;
  exp: number;
  /** The scale the writer uses: none, million or billion. */
  scale: 0 | 6 | 9;
}

const figure: fc.Arbitrary<Figure> = fc
  .record({ mantissa: fc.bigInt({ min: 1n, max: 999_999n }), decimals: fc.integer({ min: 0, max: 2 }), scale: fc.constantFrom<0 | 6 | 9>(0, 6, 9) })
  .map(({ mantissa, decimals, scale }) => ({ mantissa, exp: -decimals, scale }))
  // Keep the written figure below 10,000 million: scales are for figures people write.
  .filter((f) => f.scale === 0 || f.mantissa < 10_000n * 10n ** BigInt(-f.exp));

function expectedValue(f: Figure): number {
  const { int, frac } = decimal(f.mantissa, f.exp + f.scale);
  return Number(frac ? `${int}.${frac}` : int);
}

/** The renderings of a figure: [language, text, what it is]. */
function renderings(f: Figure): [Lang, string, string][] {
  const { int, frac } = decimal(f.mantissa, f.exp);
  const out: [Lang, string, string][] = [];
  if (f.scale === 0) {
    out.push(['en', group(int, ',') + (frac ? '.' + frac : ''), 'English digits with grouping']);
    out.push(['ru', (int.length > 4 ? group(int, '\u00a0') : int) + (frac ? ',' + frac : ''), 'Russian: decimal comma, nbsp grouping']);
    out.push(['ru', group(int, '\u202f') + (frac ? ',' + frac : ''), 'Russian: narrow nbsp grouping']);
    out.push(['ar', toArabicIndic(group(int, '٬')) + (frac ? '٫' + toArabicIndic(frac) : ''), 'Arabic-Indic digits']);
    out.push(['zh', group(int, ',') + (frac ? '.' + frac : ''), 'Chinese text with ASCII digits']);
    return out;
  }
  const plain = int + (frac ? '.' + frac : '');
  const en = f.scale === 6 ? 'million' : 'billion';
  const ru = ruScale(f.scale === 6 ? 'миллион' : 'миллиард', int, frac);
  const ar = f.scale === 6 ? 'مليون' : 'مليار';
  out.push(['en', `${group(int, ',')}${frac ? '.' + frac : ''} ${en}`, `English with "${en}"`]);
  out.push(['ru', `${int}${frac ? ',' + frac : ''} ${ru}`, `Russian with "${ru}"`]);
  out.push(['ru', `${int}${frac ? ',' + frac : ''} ${f.scale === 6 ? 'млн' : 'млрд'}`, 'Russian abbreviation']);
  out.push(['ar', `${toArabicIndic(int)}${frac ? '٫' + toArabicIndic(frac) : ''} ${ar}`, `Arabic-Indic digits with "${ar}"`]);
  out.push(['ar', `${plain} ${ar}`, `ASCII digits with "${ar}"`]);
  // Chinese: 百万 (10^6) as is; 万 (10^4) and 亿 (10^8) by moving the point.
  const wan = decimal(f.mantissa, f.exp + f.scale - 4);
  const yi = decimal(f.mantissa, f.exp + f.scale - 8);
  if (f.scale === 6) out.push(['zh', `${plain}百万`, '百万']);
  out.push(['zh', `${wan.int}${wan.frac ? '.' + wan.frac : ''}万`, '万']);
  if (yi.int !== '0') out.push(['zh', `${yi.int}${yi.frac ? '.' + yi.frac : ''}亿`, '亿']);
  return out;
}

const CONTEXT: Record<Lang, [string, string]> = {
  en: ['The city counted ', ' visitors last year.'],
  ru: ['Город принял ', ' туристов за год.'],
  ar: ['استقبلت المدينة ', ' زائر العام الماضي.'],
  zh: ['该市去年接待游客', '人次。'],
  und: ['', ''],
};

describe('properties: extractors and checker (fast-check)', function () {
  this.timeout(30000);
  let index: SourceIndex;
  let sentences: string[];

  before(async () => {
    index = await SourceIndex.load(SEEDS);
    sentences = index.articles.flatMap((a) => a.sentences.map((s) => s.text)).filter((s) => s.length < 400);
  });

  it('extractNumbers never throws; its spans are well-formed', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        assertSpans(text, extractNumbers(text, lang));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('extractEntities never throws; its spans are well-formed', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        const claims = extractEntities(text, lang);
        assertSpans(text, claims);
        for (const c of claims) assert.ok(c.entity.key.length > 0, 'an entity has a key');
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('Checker.check never throws; claims are sorted, non-overlapping, on code points, with exact ranges', () => {
    const checker = () => new Checker(index);
    fc.assert(
      fc.property(anyText, (text) => assertChecked(text, checker().check(text))),
      { numRuns: RUNS },
    );
    // Real source sentences with hostile pieces spliced in.
    const spliced = fc
      .tuple(fc.constantFrom(...sentences), fc.nat(), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }))
      .map(([s, at, xs]) => {
        const i = at % (s.length + 1);
        return s.slice(0, i) + xs.join('') + s.slice(i);
      });
    fc.assert(
      fc.property(spliced, (text) => assertChecked(text, checker().check(text))),
      { numRuns: RUNS },
    );
  });

  // "70,2 миллиарда долларов США" (money) holds the name "США"; "St.1 234" gives the name "St.1" and the number "1":
  // one stretch of text gets one claim.
  it('claims of different kinds never overlap', () => {
    for (const text of ['В 2022 году объем торговли достиг 70,2 миллиарда долларов США.', 'St.1 234']) {
      const claims = new Checker(index).check(text);
      assertSpans(text, claims);
    }
  });

  it('a value reads the same in every language: English, Russian, Arabic-Indic digits, scale words, 万/亿/百万', () => {
    fc.assert(
      fc.property(figure, (f) => {
        const want = expectedValue(f);
        for (const [lang, written, what] of renderings(f)) {
          const [before, after] = CONTEXT[lang];
          const text = before + written + after;
          const claims = extractNumbers(text, lang).filter((c) => c.start < before.length + written.length && c.end > before.length);
          assert.equal(claims.length, 1, `${what}: ${JSON.stringify(text)} → ${claims.map((c) => c.text).join(' | ')}`);
          assert.equal(claims[0].text, written, `${what}: the whole figure is the claim`);
          const got = claims[0].quantity.value;
          assert.ok(Math.abs(got - want) <= Math.abs(want) * 1e-12, `${what}: ${JSON.stringify(written)} → ${got}, expected ${want}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('re-checking unchanged text gives the same claims and verdicts (same checker and a fresh one)', () => {
    const doc = fc.array(fc.oneof(fc.constantFrom(...sentences), pieced), { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n'));
    fc.assert(
      fc.property(doc, (text) => {
        const checker = new Checker(index);
        const first = checker.check(text);
        assert.deepEqual(checker.check(text), first);
        assert.deepEqual(new Checker(index).check(text), first);
      }),
      { numRuns: RUNS / 3 },
    );
  });

  it('changing one paragraph leaves the verdicts of the others as they were, and equal to a fresh check', () => {
    const paragraph = fc.oneof(
      { arbitrary: fc.constantFrom(...sentences), weight: 3 },
      { arbitrary: fc.array(fc.constantFrom(...sentences), { minLength: 2, maxLength: 3 }).map((xs) => xs.join(' ')), weight: 1 },
      { arbitrary: pieced.filter((p) => p.trim().length > 0), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 5 }), fc.nat(), paragraph, fc.constantFrom('\n\n', '\r\n\r\n', '\n \n'), (paras, which, replacement, blank) => {
        const clean = paras.map((p) => p.replace(/(\r\n|\r|\n)\s*(\r\n|\r|\n)/g, ' ').trim()).filter(Boolean);
        fc.pre(clean.length >= 2);
        const k = which % clean.length;
        const edited = [...clean];
        edited[k] = replacement.replace(/(\r\n|\r|\n)\s*(\r\n|\r|\n)/g, ' ').trim() || 'Changed.';
        const before = clean.join(blank);
        const after = edited.join(blank);
        const checker = new Checker(index);
        const local = (text: string, ps: string[], claims: CheckedClaim[]) => {
          // Claims per paragraph, with offsets relative to the paragraph.
          const starts: number[] = [];
          let at = 0;
          for (const p of ps) {
            starts.push(text.indexOf(p, at));
            at = starts[starts.length - 1] + p.length;
          }
          return ps.map((p, i) =>
            claims
              .filter((c) => c.start >= starts[i] && c.end <= starts[i] + p.length)
              .map((c) => ({ text: c.text, start: c.start - starts[i], verdict: c.verdict, reason: c.reason, source: c.evidence?.source, evidence: c.evidence?.sentence })),
          );
        };
        const a = local(before, clean, checker.check(before));
        const checkedAfter = checker.check(after);
        assert.deepEqual(checkedAfter, new Checker(index).check(after), 'the cache changes nothing');
        assertChecked(after, checkedAfter);
        const b = local(after, edited, checkedAfter);
        for (let i = 0; i < clean.length; i++) if (i !== k) assert.deepEqual(b[i], a[i], `paragraph ${i} (paragraph ${k} changed)`);
      }),
      { numRuns: RUNS / 3 },
    );
  });
});
