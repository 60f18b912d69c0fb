// Scores of games read as one figure with two sides: "won 3-1", "со счетом 1:0", "فوزًا 1-0".
import { weekdayNumber } from '../data/calendar';
import { SCORE_JOINERS, SCORE_WORDS, ZH_SCORE_WORDS } from '../data/scores';
import { CURRENCY_NAME, CURRENCY_SYMBOL, MEASURE, PERCENT, POINTS, SCALES, TIME_UNIT } from './lexicon';
import type { Found, Scan } from './scan';
import { normWord, stemsOf, type Token } from './tokens';

const JOINERS = new Set(SCORE_JOINERS);
const CUES = new Set(SCORE_WORDS.map(normWord));
const ZH_CUE = new RegExp(ZH_SCORE_WORDS.join('|'));
/** How many Han characters away a Chinese cue may stand: "以3比1战胜", "上海上港队2：0获胜". */
const ZH_CUE_BEFORE = 6;
const ZH_CUE_AFTER = 3;
/** How many words away a cue may stand: "beat Steven Gerrard's Rangers 2-0", "a 1-0 win". */
const CUE_BEFORE = 5;
const CUE_AFTER = 2;
const MAX_SIDE = 999;

/** Token i starts a score ("3-1", "2:0", "38 - 17") told by a word of winning or losing beside it. */
export function tryScore(s: Scan, i: number): Found | undefined {
  const joiner = s.tokens[i + 1];
  if (joiner === undefined || !JOINERS.has(joiner.text) || !shaped(s, i) || partOfLongerFigure(s, i) || unitAfter(s, i + 3) || unitBefore(s, i) || !cueNear(s, i, i + 3)) return undefined;
  const a = Number(s.tokens[i].text);
  const b = Number(s.tokens[i + 2].text);
  return {
    start: i,
    end: i + 3,
    quantity: { dimension: 'score', value: a, scale: 1, precision: 1, score: { first: a, second: b } },
    parts: [{ role: 'number', start: i, end: i + 1 }, { role: 'number', start: i + 2, end: i + 3 }],
    written: 'digits',
  };
}

/** Tokens i..i+2 read "3-1", "2:0" or "38 - 17" (not "12:55", a time of day). */
function shaped(s: Scan, i: number): boolean {
  const joiner = s.tokens[i + 1];
  const second = s.tokens[i + 2];
  if (side(s.tokens[i]) === undefined || side(second) === undefined || joiner.kind === 'num' || joiner.kind === 'word' || !JOINERS.has(joiner.text)) return false;
  if (joiner.text === ':' || joiner.text === '：') return joiner.gap === 'none' && second.gap === 'none' && second.text.length !== 2;
  return (joiner.gap === 'none' && second.gap === 'none') || (joiner.gap === 'space' && second.gap === 'space');
}

function side(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'num' || t.text.length > 3) return undefined;
  const v = Number(t.text);
  return v <= MAX_SIDE ? v : undefined;
}

const CHAIN = new Set(['-', '–', '—', ':', '.', ',', '/', '٫', '٬']);

/** "859-292-3680", "1-2-3", "3-1.5", "12.3-1": a figure with more parts than two sides. */
function partOfLongerFigure(s: Scan, i: number): boolean {
  const before = s.tokens[i - 1];
  const after = s.tokens[i + 3];
  const chainedBefore = before !== undefined && s.tokens[i].gap === 'none' && before.kind === 'sym' && CHAIN.has(before.text) && s.tokens[i - 2]?.kind === 'num' && before.gap === 'none';
  const chainedAfter = after !== undefined && after.gap === 'none' && after.kind === 'sym' && CHAIN.has(after.text) && s.tokens[i + 4]?.kind === 'num' && s.tokens[i + 4].gap === 'none';
  return chainedBefore || chainedAfter;
}

/** "2-3 billion", "5–10 см", "70-90%", "3-6 inches", "2-3 years": a range of a measured quantity. */
function unitAfter(s: Scan, k: number): boolean {
  const t = s.next(k);
  if (!t) return false;
  if (t.gap === 'none' && t.kind === 'word') return true;
  // "بنتيجة 2-0 يوم السبت": "day" before a weekday names the day of the game, not a length of time.
  const day = TIME_UNIT.match(s.tokens, k);
  if (day) return !(s.next(day.end)?.kind === 'word' && weekdayNumber(s.tokens[day.end].norm) !== undefined);
  return [PERCENT, POINTS, SCALES, MEASURE, CURRENCY_NAME, CURRENCY_SYMBOL].some((table) => table.match(s.tokens, k) !== undefined);
}

/** "$3-5": a currency before the first figure. */
function unitBefore(s: Scan, i: number): boolean {
  return CURRENCY_SYMBOL.matchBefore(s.tokens, i) !== undefined;
}

function cueNear(s: Scan, start: number, end: number): boolean {
  if (zhCueNear(s, start, end)) return true;
  // "won 4-6, 6-3, 7-5": the sets after the first share its cue.
  const comma = s.tokens[start - 1];
  if (comma?.kind === 'sym' && comma.text === ',' && start >= 4 && shaped(s, start - 4) && cueNear(s, start - 4, start - 1)) return true;
  let words = 0;
  for (let k = start - 1; k >= 0 && words < CUE_BEFORE && s.tokens[k + 1].gap !== 'break'; k--) {
    if (s.tokens[k].kind !== 'word') continue;
    if (isCue(s.tokens[k])) return true;
    words++;
  }
  words = 0;
  for (let k = end; k < s.tokens.length && words < CUE_AFTER && s.tokens[k].gap !== 'break'; k++) {
    if (s.tokens[k].kind !== 'word') continue;
    if (isCue(s.tokens[k])) return true;
    words++;
  }
  return false;
}

function isCue(t: Token): boolean {
  return t.kind === 'word' && stemsOf(t).some((w) => CUES.has(w));
}

/** A Chinese cue in the Han characters just before or after the figures. */
function zhCueNear(s: Scan, start: number, end: number): boolean {
  let before = '';
  for (let k = start - 1; k >= 0 && before.length < ZH_CUE_BEFORE && s.tokens[k].kind === 'han'; k--) before = s.tokens[k].text + before;
  let after = '';
  for (let k = end; k < s.tokens.length && after.length < ZH_CUE_AFTER && s.tokens[k].kind === 'han'; k++) after += s.tokens[k].text;
  return (before !== '' && ZH_CUE.test(before)) || (after !== '' && ZH_CUE.test(after));
}
