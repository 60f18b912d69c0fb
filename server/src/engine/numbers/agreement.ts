// Words that change with the count: cardinals written as words (in their case or gender), "twice"/"раз"/"مرة",
// and the nouns after a figure ("3 года" → "5 лет", "three days" → "one day", "3 سنوات" → "15 عاما").
import { AR_AGREEMENT, EN_SINGULAR_PLURAL, RU_AGREEMENT } from '../data/units';
import { AR_CARDINALS, RU_CARDINALS, type RuCase } from '../data/numberWords';
import { arabicCardinal, englishCardinal, matchCase, russianCardinal } from './render';
import { arabicStems, normWord } from './tokens';
import { lengthOfStem, type Lang4 } from './writer';

const RU_CASE_OF = new Map<string, RuCase>();
for (const c of RU_CARDINALS) for (const [form, word] of Object.entries(c.forms) as [RuCase, string][]) if (!RU_CASE_OF.has(word)) RU_CASE_OF.set(word, form);
const AR_CARDINAL_WORDS = new Set(AR_CARDINALS.map(([w]) => normWord(w)));

export function wordsLike(old: string, n: number, lang: Lang4): string | undefined {
  if (lang === 'en' || /^[a-z]/i.test(old)) {
    const w = englishCardinal(n);
    return w && matchCase(w, old);
  }
  if (lang === 'ru' || /^[\u0400-\u04ff]/.test(old)) {
    const first = normWord(old.split(/\s+/)[0]);
    const w = russianCardinal(n, RU_CASE_OF.get(first) ?? 'nom');
    return w && matchCase(w, old);
  }
  if (lang === 'ar' || /^[\u0600-\u06ff]/.test(old)) {
    const word = old.split(/\s+/)[0];
    const norm = normWord(word);
    const stem = arabicStems(norm).find((x) => AR_CARDINAL_WORDS.has(x));
    if (!stem) return undefined;
    const prefix = word.slice(0, Math.max(0, word.length - lengthOfStem(word, stem)));
    const w = arabicCardinal(n, stem.endsWith('ة'));
    return w && prefix + w;
  }
  return undefined;
}

/** "twice", "раз", "مرتين" rewritten for another count: "three times", "два раза", "ثلاث مرات". */
export function timesWords(old: string, n: number, lang: Lang4): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  const word = normWord(old);
  if (['once', 'twice', 'thrice'].includes(word) || lang === 'en') {
    const w = n === 1 ? 'once' : n === 2 ? 'twice' : englishCardinal(n) && `${englishCardinal(n)} times`;
    return w && matchCase(w, old);
  }
  if (['раз', 'дважды', 'трижды'].includes(word) || lang === 'ru') {
    if (n === 1) return matchCase('раз', old);
    if (n === 2 && word === 'дважды') return matchCase('дважды', old);
    const c = russianCardinal(n, 'nom');
    return c && matchCase(`${c} ${agree('раз', n, 'ru')}`, old);
  }
  if (arabicStems(word).some((x) => x === 'مرة' || x === 'مرتين' || x === 'مرتان') || lang === 'ar') {
    if (n === 1) return 'مرة';
    if (n === 2) return 'مرتين';
    const c = arabicCardinal(n, false);
    return c ? `${c} مرات` : `${n} مرة`;
  }
  return undefined;
}

const EN_FORMS = new Map<string, [string, string]>();
for (const [one, many] of EN_SINGULAR_PLURAL) {
  EN_FORMS.set(one, [one, many]);
  EN_FORMS.set(many, [one, many]);
}

/** A noun (or unit) after a figure, made to agree with a new count; undefined when the form is not one the table knows. */
export function agree(word: string, n: number, lang: Lang4): string | undefined {
  const lower = word.toLowerCase();
  if (/^[a-z]/i.test(word)) {
    const forms = EN_FORMS.get(lower);
    if (forms) return matchCase(Math.abs(n) === 1 ? forms[0] : forms[1], word);
    return firstWord(word, n, lang);
  }
  if (/^[\u0400-\u04ff]/.test(word)) {
    const row = RU_AGREEMENT.find((r) => r.includes(normWord(word)));
    if (!row) return firstWord(word, n, lang);
    const category = new Intl.PluralRules('ru').select(n);
    return matchCase(category === 'one' ? row[0] : category === 'few' || category === 'other' ? row[1] : row[2], word);
  }
  if (/^[\u0600-\u06ff]/.test(word)) {
    const norm = normWord(word);
    const row = AR_AGREEMENT.find((r) => r.some((f) => normWord(f) === norm));
    if (!row) return undefined;
    const tanween = word.includes('\u064b');
    if (!Number.isInteger(n) || n === 1 || n >= 100 || n === 0) return row[0];
    if (n === 2) return row[1];
    if (n <= 10) return row[2];
    return row[3] + (tanween && row[3].endsWith('ا') ? '\u064b' : '');
  }
  return undefined;
}

/** "раза в месяц", "times a year": the first word agrees, the rest stays. */
function firstWord(phrase: string, n: number, lang: Lang4): string | undefined {
  const m = phrase.match(/^(\S+)(\s.*)$/s);
  if (!m) return undefined;
  const head = agree(m[1], n, lang);
  return head === undefined ? undefined : head + m[2];
}
