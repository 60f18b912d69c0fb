// Which word tokens can start a number claim. Most words cannot; skipping them keeps a pass over a long text cheap.
import { months, weekdays } from '../data/calendar';
import { RU_ONE_AND_HALF } from '../data/numberWords';
import {
  AR_CARDINAL, AR_DUAL_SCALE, AR_DUAL_TIME, AR_ORDINAL, BARE_SCALES, CURRENCY_SYMBOL, EN_CARDINAL, EN_ORDINAL, PERIOD_NOUN, RU_CARDINAL,
  RU_ORDINAL, TIME_UNIT, TIMES_ONLY,
} from './lexicon';
import { normWord, type Token } from './tokens';
import { mayStartChinese } from './chinese';

/** The words a claim can begin with; built on first use (the month and weekday names come from ICU). */
let starts: ReadonlySet<string> | undefined;

function startWords(): ReadonlySet<string> {
  const words = new Set<string>([
    'a', 'an', 'no', 'q', 'h', 'i', 'ii', 'iii', 'iv', 'раз', 'مرة', 'اول',
    ...RU_ONE_AND_HALF, ...EN_CARDINAL.keys(), ...EN_ORDINAL.keys(), ...RU_CARDINAL.keys(), ...RU_ORDINAL.keys(),
    ...AR_CARDINAL.keys(), ...AR_ORDINAL.keys(),
  ]);
  for (const t of [CURRENCY_SYMBOL, TIMES_ONLY, TIME_UNIT, AR_DUAL_TIME, AR_DUAL_SCALE, BARE_SCALES, PERIOD_NOUN]) for (const w of t.firstWords()) words.add(w);
  for (const name of [...months().keys(), ...weekdays().keys()]) {
    const first = normWord(name.split(' ')[0]);
    words.add(first);
    if (first.startsWith('ال')) words.add(first.slice(2));
  }
  return words;
}

const ISO_LIKE = /^[A-Z]{3}$/;

/** Whether a token may begin a claim: any figure, a Han character a Chinese figure can begin with, a currency sign, or a word from the tables. */
export function mayStartClaim(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'han') return mayStartChinese(t.text);
  const words = (starts ??= startWords());
  if (t.kind === 'sym' || !t.arabic) return words.has(t.norm) || (t.text.length === 3 && ISO_LIKE.test(t.text)); // or an ISO currency code
  for (const s of t.arabic) if (words.has(s)) return true;
  return false;
}

