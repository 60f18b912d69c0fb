// The data modules indexed for the extractor: phrase tables keyed by normalised words.
import type { Hedge, TimeUnit } from '../types';
import { AR_DUAL_SCALES, BARE_SCALE_WORDS, scaleWords, type ScaleWord } from '../data/scales';
import { currencyNames, CURRENCY_SYMBOLS } from '../data/currencies';
import { HEDGES_AFTER, HEDGES_BEFORE, ZH_INNER_HEDGES } from '../data/hedges';
import {
  AGO_AFTER, AGO_BEFORE, AR_DUAL_TIME_UNITS, DAY_HALVES, MEASURE_UNITS, PER_PERIOD, PERCENT_WORDS, PERIOD_NOUNS, POINTS_WORDS,
  RANGE_JOINERS, THIS_YEAR, TIME_UNIT_WORDS, TIMES_ALONE, TIMES_WORDS, YEAR_AFTER, YEAR_BEFORE, ZH_DAY_HALVES, ZH_PER_PERIOD,
} from '../data/units';
import {
  AR_CARDINALS, AR_ORDINALS, EN_CARDINALS, EN_MULTIPLIERS, EN_ORDINALS, RU_CARDINALS, RU_ORDINALS, type RuCase, type RuOrdinal,
} from '../data/numberWords';
import { normWord, phraseWords, stemsOf, type Token } from './tokens';

export interface PhraseHit<T> {
  value: T;
  /** Token indices [start, end). */
  start: number;
  end: number;
}

interface Entry<T> {
  words: string[];
  value: T;
}

/** Multi-word phrases looked up forwards from a token or backwards from one; the longest phrase wins. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();
  private readonly seen = new Set<string>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      const key = words.join('\u0000');
      if (!words.length || this.seen.has(key)) continue;
      this.seen.add(key);
      push(this.byFirst, words[0], { words, value });
      push(this.byLast, words[words.length - 1], { words, value });
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The first word of every phrase, to tell quickly whether a token can start one. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at token i. The first word may carry Arabic clitics. */
  match(tokens: readonly Token[], i: number): PhraseHit<T> | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    if (!t.arabic) return this.matchFrom(tokens, i, t.norm, undefined);
    let best: PhraseHit<T> | undefined;
    for (const first of t.arabic) best = this.matchFrom(tokens, i, first, best);
    return best;
  }

  /** The longest phrase starting at token i with `first` as its first word, if longer than `best`. */
  private matchFrom(tokens: readonly Token[], i: number, first: string, best: PhraseHit<T> | undefined): PhraseHit<T> | undefined {
    const entries = this.byFirst.get(first);
    if (!entries) return best;
    for (const e of entries) {
      if (best && best.end - best.start >= e.words.length) break;
      if (rest(tokens, i, e.words, 1)) best = { value: e.value, start: i, end: i + e.words.length };
    }
    return best;
  }

  /** The longest phrase ending just before token `end`. */
  matchBefore(tokens: readonly Token[], end: number): PhraseHit<T> | undefined {
    const last = tokens[end - 1];
    if (!last || (tokens[end] && tokens[end].gap === 'break')) return undefined;
    let best: PhraseHit<T> | undefined;
    const entries = this.byLast.get(last.norm);
    if (entries) {
      for (const e of entries) {
        const start = end - e.words.length;
        if (start < 0 || (best && best.end - best.start >= e.words.length)) continue;
        if (e.words.length === 1 || (hasStem(tokens[start], e.words[0]) && rest(tokens, start, e.words, 1))) {
          best = { value: e.value, start, end };
        }
      }
    }
    // A one-word Arabic phrase may carry clitics on that word ("بنحو").
    const c = last.text.charCodeAt(0);
    if (!best && c >= 0x600 && c <= 0x6ff) {
      for (const s of stems(last).slice(1)) {
        const e = (this.byFirst.get(s) ?? []).find((x) => x.words.length === 1);
        if (e) {
          best = { value: e.value, start: end - 1, end };
          break;
        }
      }
    }
    return best;
  }
}

function push<T>(map: Map<string, Entry<T>[]>, key: string, e: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

function stems(t: Token): readonly string[] {
  return stemsOf(t);
}

/** Whether one of a token's lookup forms (see stemsOf) is `word`. */
function hasStem(t: Token, word: string): boolean {
  return t.arabic ? t.arabic.includes(word) : t.norm === word;
}

function rest(tokens: readonly Token[], i: number, words: string[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.gap === 'break' || t.norm !== words[k]) return false;
  }
  return true;
}

const table = <T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> => new PhraseTable(entries);

/** A PhraseTable built on its first lookup, for entries that cost ICU calls to list. */
function lazyTable<T>(entries: () => Iterable<readonly [string, T]>): Pick<PhraseTable<T>, 'firstWords' | 'match' | 'matchBefore'> {
  let built: PhraseTable<T> | undefined;
  const get = (): PhraseTable<T> => (built ??= new PhraseTable(entries()));
  return {
    firstWords: () => get().firstWords(),
    match: (tokens, i) => get().match(tokens, i),
    matchBefore: (tokens, end) => get().matchBefore(tokens, end),
  };
}

// "тыс.": the abbreviation's dot stays out of the span (it may end the sentence).
export const SCALES = lazyTable(() => scaleWords().map((s): [string, ScaleWord] => [s.word.replace(/\.$/, ''), s]));
export const BARE_SCALES = table(BARE_SCALE_WORDS);
export const AR_DUAL_SCALE = table(AR_DUAL_SCALES);
export const CURRENCY_SYMBOL = table(CURRENCY_SYMBOLS);
export const CURRENCY_NAME = lazyTable(currencyNames);
export const HEDGE_BEFORE = table<Hedge>(HEDGES_BEFORE);
export const HEDGE_AFTER = table<Hedge>(HEDGES_AFTER);
export const ZH_INNER_HEDGE = table<Hedge>(ZH_INNER_HEDGES);
export const PERCENT = table(PERCENT_WORDS.map((w): [string, true] => [w, true]));
export const POINTS = table(POINTS_WORDS.map((w): [string, true] => [w, true]));
export const TIME_UNIT = table<TimeUnit>(TIME_UNIT_WORDS);
export const AR_DUAL_TIME = table<TimeUnit>(AR_DUAL_TIME_UNITS);
export const TIMES = table(TIMES_WORDS.map((w): [string, true] => [w, true]));
export const TIMES_ONLY = table(TIMES_ALONE);
export const PER = table<TimeUnit>(PER_PERIOD);
export const ZH_PER = table<TimeUnit>(ZH_PER_PERIOD);
export const MEASURE = table(MEASURE_UNITS);
export const DAY_HALF = table(DAY_HALVES);
export const ZH_DAY_HALF = table(ZH_DAY_HALVES);
export const YEAR_WORD_BEFORE = table(YEAR_BEFORE.map((w): [string, true] => [w, true]));
export const YEAR_WORD_AFTER = table(YEAR_AFTER.map((w): [string, true] => [w, true]));
export const THIS_YEAR_PHRASE = table(THIS_YEAR.map((w): [string, true] => [w, true]));
export const PERIOD_NOUN = table(PERIOD_NOUNS);
export const AGO_AFTER_WORD = table(AGO_AFTER.map((w): [string, true] => [w, true]));
export const AGO_BEFORE_WORD = table(AGO_BEFORE.map((w): [string, true] => [w, true]));
export const RANGE_JOINER = table(RANGE_JOINERS.map((w): [string, true] => [w, true]));

const mapOf = <V>(entries: Iterable<readonly [string, V]>): Map<string, V> => {
  const m = new Map<string, V>();
  for (const [k, v] of entries) if (!m.has(normWord(k))) m.set(normWord(k), v);
  return m;
};

export const EN_CARDINAL = mapOf(EN_CARDINALS);
export const EN_MULTIPLIER = mapOf(EN_MULTIPLIERS);
export const EN_ORDINAL = mapOf(EN_ORDINALS);
export const RU_CARDINAL = mapOf(
  RU_CARDINALS.flatMap((c) => (Object.entries(c.forms) as [RuCase, string][]).map(([form, word]): [string, { value: number; form: RuCase }] => [word, { value: c.value, form }])),
);
export const RU_ORDINAL = mapOf(RU_ORDINALS.map((o): [string, RuOrdinal] => [o.word, o]));
export const AR_CARDINAL = mapOf(AR_CARDINALS);
export const AR_ORDINAL = mapOf(
  AR_ORDINALS.flatMap((o): [string, { value: number; feminine: boolean }][] => [
    [o.m, { value: o.value, feminine: false }],
    [o.f, { value: o.value, feminine: true }],
  ]),
);
