// Chinese figures: numerals (三十三点七, 两千), digits with 万/亿, and the characters that give them a meaning:
// 2017年7月2日, 1至5月, 前五个月, 第一季度, 百分之三十, 第六次, 每月两次, 五年, 15年前, 2231亿元, 星期一, 上午7点.
import { weekdayNumber } from '../data/calendar';
import {
  ZH_BIG_UNITS, ZH_CLASSIFIERS, ZH_DIGITS, ZH_ORDINAL_PREFIX, ZH_PERCENT_PREFIX, ZH_POINT, ZH_SMALL_UNITS,
} from '../data/numberWords';
import type { Period, TimeUnit } from '../types';
import { CURRENCY_NAME, MEASURE, SCALES, TIME_UNIT, ZH_DAY_HALF, ZH_INNER_HEDGE, ZH_PER } from './lexicon';
import { readLiteral } from './literal';
import { isYearValue, mul, type Draft, type Found, type Part, type Scan } from './scan';
import type { Core } from './words';

const NUMERAL = new Set([...Object.keys(ZH_DIGITS), ...Object.keys(ZH_SMALL_UNITS), ...Object.keys(ZH_BIG_UNITS)]);
const CLASSIFIERS = [...ZH_CLASSIFIERS].sort((a, b) => b.length - a.length);
const RANGE = new Set(['至', '到', '-', '–', '—', '~', '－', '～']);

/** The characters a Chinese figure can begin with (see tryChinese): any other Han character reads nothing. */
const HAN_STARTS: ReadonlySet<string> = new Set([
  '星', '礼', '周', '上', '下', '前', ZH_PERCENT_PREFIX[0], ZH_ORDINAL_PREFIX, ...ZH_PER.firstWords(), ...ZH_DAY_HALF.firstWords(), ...NUMERAL,
]);
/** HAN_STARTS by code unit, for the one-unit characters that are nearly all of a Chinese text. */
const HAN_START_UNITS = new Uint8Array(0x10000);
for (const ch of HAN_STARTS) if (ch.length === 1) HAN_START_UNITS[ch.charCodeAt(0)] = 1;

/** Whether a Han token (one character) may begin a Chinese figure. */
export function mayStartChinese(ch: string): boolean {
  return ch.length === 1 ? HAN_START_UNITS[ch.charCodeAt(0)] === 1 : HAN_STARTS.has(ch);
}

/** The Han characters from token i on, on one line, as one string of at most n characters. */
function hanRun(s: Scan, i: number, n: number): string {
  let out = '';
  for (let k = i; k < i + n; k++) {
    const t = s.next(k);
    if (!t || t.kind !== 'han') break;
    out += t.text;
  }
  return out;
}

/** Token index after the characters of `word` starting at i, if they are there. */
function spells(s: Scan, i: number, word: string): number | undefined {
  return hanRun(s, i, word.length) === word ? i + word.length : undefined;
}

function spellsAny(s: Scan, i: number, words: readonly string[]): { word: string; end: number } | undefined {
  for (const word of words) {
    const end = spells(s, i, word);
    if (end !== undefined) return { word, end };
  }
  return undefined;
}

/** Parses a run of Chinese numeral characters ("三十三", "两千五百", "二〇一七", "三十三点七"). */
export function parseChineseNumeral(run: string): { value: number; precision: number } | undefined {
  const [intPart, fracPart] = run.split(ZH_POINT);
  const int = parseInteger(intPart);
  if (int === undefined) return undefined;
  if (fracPart === undefined) return int;
  let frac = '';
  for (const ch of fracPart) {
    const d = ZH_DIGITS[ch];
    if (d === undefined) return undefined;
    frac += d;
  }
  if (!frac) return undefined;
  return { value: Number(`${int.value}.${frac}`), precision: 10 ** -frac.length };
}

function parseInteger(run: string): { value: number; precision: number } | undefined {
  if (!run) return undefined;
  // Positional digits: 二〇一七.
  if ([...run].every((ch) => ZH_DIGITS[ch] !== undefined)) {
    if (run.length === 1) return { value: ZH_DIGITS[run], precision: 1 };
    return { value: Number([...run].map((ch) => ZH_DIGITS[ch]).join('')), precision: 1 };
  }
  for (const [big, factor] of [['亿', 1e8], ['万', 1e4]] as const) {
    const at = run.indexOf(big);
    if (at >= 0) {
      const high = at === 0 ? undefined : parseInteger(run.slice(0, at));
      if (!high) return undefined;
      const lowRun = run.slice(at + 1).replace(/^零/, '');
      if (!lowRun) return { value: high.value * factor, precision: high.precision * factor };
      const low = parseInteger(lowRun);
      return low ? { value: high.value * factor + low.value, precision: low.precision } : undefined;
    }
  }
  let value = 0;
  let digit: number | undefined;
  let precision = 1;
  let lastUnit = 1;
  for (const ch of run) {
    const d = ZH_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = d;
      continue;
    }
    const unit = ZH_SMALL_UNITS[ch];
    if (unit === undefined || unit >= lastUnit * 10 ** 4) return undefined;
    value += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
    if (Number.isNaN(value)) return undefined;
    digit = undefined;
    precision = unit === 10 ? 1 : unit;
    lastUnit = unit;
  }
  if (digit !== undefined) {
    value += digit;
    precision = 1;
  }
  return { value, precision };
}

/** A figure at token i: digits, or a run of numeral characters. */
export function chineseCore(s: Scan, i: number): Core | undefined {
  const t = s.tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num') {
    const lit = readLiteral(s.tokens, i, s.text, s.lang);
    return { start: i, end: lit.end, value: lit.value, precision: lit.precision, written: 'digits', literal: lit };
  }
  if (t.kind !== 'han' || !NUMERAL.has(t.text) || ZH_BIG_UNITS[t.text] !== undefined || t.text === '百' || t.text === '千') return undefined;
  let j = i;
  let run = '';
  while (s.tokens[j] && (j === i || s.tokens[j].gap === 'none')) {
    const ch = s.tokens[j].text;
    if (NUMERAL.has(ch)) run += ch;
    else if (ch === ZH_POINT && ZH_DIGITS[s.tokens[j + 1]?.text ?? ''] !== undefined && run) run += ch;
    else break;
    j++;
  }
  const parsed = parseChineseNumeral(run);
  if (!parsed) return undefined;
  return { start: i, end: j, value: parsed.value, precision: parsed.precision, written: 'zh' };
}

function found(start: number, end: number, quantity: Draft, parts: Part[], core?: Core): Found {
  return { start, end, quantity, parts, written: core?.written ?? 'zh', literal: core?.literal };
}

/** The year written just before token i ("2017年" or "今年"), for a period or date that follows it. */
function yearBefore(s: Scan, i: number): number | undefined {
  if (s.tokens[i - 1]?.text !== '年') return undefined;
  const prev = s.tokens[i - 2];
  if (prev?.text === '今') return s.ctxYear;
  if (prev?.kind === 'num' && prev.text.length === 4) return Number(prev.text);
  return undefined;
}

function period(s: Scan, start: number, end: number, p: Period, parts: Part[]): Found {
  p.year ??= yearBefore(s, start);
  return found(start, end, { dimension: 'period', value: p.to - p.from + 1, period: p, year: p.year, scale: 1, precision: 1 }, parts);
}

/** Reads a Chinese figure at token i, or returns undefined. */
export function tryChinese(s: Scan, i: number): Found | undefined {
  const t = s.tokens[i];
  if (!t) return undefined;
  if (t.kind === 'han') {
    // Keep HAN_STARTS in step with the readers tried here.
    const special = weekday(s, i) ?? halfYear(s, i) ?? percentPrefix(s, i) ?? ordinal(s, i) ?? firstN(s, i) ?? frequency(s, i) ?? clock(s, i);
    if (special) return special;
    if (!NUMERAL.has(t.text)) return undefined;
  } else if (t.kind !== 'num') return undefined;
  return numeric(s, i);
}

function weekday(s: Scan, i: number): Found | undefined {
  const head = spellsAny(s, i, ['星期', '礼拜', '周']);
  if (!head) return undefined;
  const day = s.tokens[head.end]?.text;
  if (!day || s.tokens[head.end].gap !== 'none') return undefined;
  const n = weekdayNumber(`星期${day === '天' ? '天' : day}`);
  if (!n) return undefined;
  return found(i, head.end + 1, { dimension: 'weekday', value: n, scale: 1, precision: 1 }, [{ role: 'weekday', start: i, end: head.end + 1 }]);
}

function halfYear(s: Scan, i: number): Found | undefined {
  const h = spellsAny(s, i, ['上半年', '下半年']);
  if (!h) return undefined;
  const n = h.word === '上半年' ? 1 : 2;
  return period(s, i, h.end, { unit: 'half', from: n, to: n }, [{ role: 'ordinal', start: i, end: i + 1 }]);
}

function percentPrefix(s: Scan, i: number): Found | undefined {
  const end = spells(s, i, ZH_PERCENT_PREFIX);
  if (end === undefined) return undefined;
  const core = chineseCore(s, end);
  if (!core) return undefined;
  return found(i, core.end, { dimension: 'percent', value: core.value, scale: 1, precision: core.precision }, [
    { role: 'percent', start: i, end },
    { role: 'number', start: core.start, end: core.end },
  ], core);
}

/** 第六, 第六次, 第一季度. */
function ordinal(s: Scan, i: number): Found | undefined {
  if (s.tokens[i].text !== ZH_ORDINAL_PREFIX) return undefined;
  const core = chineseCore(s, i + 1);
  if (!core || !Number.isInteger(core.value) || core.value < 1) return undefined;
  const quarter = spellsAny(s, core.end, ['季度', '个季度']);
  if (quarter && core.value <= 4) {
    return period(s, i, quarter.end, { unit: 'quarter', from: core.value, to: core.value }, [{ role: 'number', start: core.start, end: core.end }]);
  }
  const times = spells(s, core.end, '次');
  const end = times ?? core.end;
  return found(i, end, { dimension: 'ordinal', value: core.value, scale: 1, precision: 1 }, [
    { role: 'ordinal', start: i, end: i + 1 },
    { role: 'number', start: core.start, end: core.end },
  ], core);
}

/** 前五个月, 前三季度. */
function firstN(s: Scan, i: number): Found | undefined {
  if (s.tokens[i].text !== '前') return undefined;
  const core = chineseCore(s, i + 1);
  if (!core || !Number.isInteger(core.value) || core.value < 1) return undefined;
  const unit = spellsAny(s, core.end, ['个月', '季度', '个季度']);
  if (!unit) return undefined;
  const u = unit.word === '个月' ? 'month' : 'quarter';
  if (core.value > (u === 'month' ? 12 : 4)) return undefined;
  return period(s, i, unit.end, { unit: u, from: 1, to: core.value }, [{ role: 'number', start: core.start, end: core.end }]);
}

/** 每月两次. */
function frequency(s: Scan, i: number): Found | undefined {
  const per = ZH_PER.match(s.tokens, i);
  if (!per) return undefined;
  const core = chineseCore(s, per.end);
  const times = core ? spells(s, core.end, '次') : undefined;
  if (!core || times === undefined) return undefined;
  return found(i, times, { dimension: 'frequency', value: core.value, timeUnit: per.value, scale: 1, precision: 1 }, [
    { role: 'unit', start: i, end: per.end },
    { role: 'number', start: core.start, end: core.end },
  ], core);
}

/** 上午7点, 晚上7点30分. */
function clock(s: Scan, i: number): Found | undefined {
  const half = ZH_DAY_HALF.match(s.tokens, i);
  if (!half) return undefined;
  const core = chineseCore(s, half.end);
  if (!core) return undefined;
  const t = time(s, core, half.value);
  return t && { ...t, start: i };
}

function time(s: Scan, core: Core, half?: 'am' | 'pm'): Found | undefined {
  const mark = spellsAny(s, core.end, ['点', '时']);
  if (!mark || !Number.isInteger(core.value) || core.value > 24) return undefined;
  let end = mark.end;
  let minutes = 0;
  let precision = 1;
  const m = chineseCore(s, end);
  const fen = m ? spells(s, m.end, '分') : undefined;
  if (m && fen !== undefined && m.value < 60) {
    minutes = m.value;
    precision = 1 / 60;
    end = fen;
  } else if (spells(s, end, '半') !== undefined) {
    minutes = 30;
    precision = 1 / 60;
    end++;
  }
  let h = core.value;
  if (half === 'pm' && h < 12) h += 12;
  return found(core.start, end, { dimension: 'time', value: h + minutes / 60, scale: 1, precision }, [{ role: 'number', start: core.start, end: core.end }], core);
}

function numeric(s: Scan, i: number): Found | undefined {
  const core = chineseCore(s, i);
  if (!core || core.literal?.absurd) return core ? { ...found(i, core.end, { dimension: 'count', value: 0, scale: 1, precision: 1 }, []), silent: true } : undefined;
  let k = core.end;
  const next = (): string => s.next(k)?.text ?? '';
  // Years and calendar dates: 2017年, 2017年7月2日, 7月2日, 1至5月.
  const yearish = core.written === 'digits' ? isYearValue(core.literal, 1000, 2999) : core.written === 'zh' && k - i === 4 && core.value >= 1000;
  if (yearish && next() === '年') return yearChain(s, core);
  if (Number.isInteger(core.value) && core.value >= 1 && core.value <= 12) {
    if (next() === '月') return monthChain(s, core, undefined);
    if (RANGE.has(next())) {
      const to = chineseCore(s, k + 1);
      const end = to && s.tokens[to.end]?.text === '月' ? to.end + 1 : -1;
      if (to && end > 0 && to.value > core.value && to.value <= 12) {
        return period(s, i, end, { unit: 'month', from: core.value, to: to.value }, [
          { role: 'number', start: core.start, end: core.end },
          { role: 'number', start: to.start, end: to.end },
        ]);
      }
    }
    if (next() === '季' && s.tokens[k + 1]?.text === '度' && core.value <= 4) {
      return period(s, i, k + 2, { unit: 'quarter', from: core.value, to: core.value }, [{ role: 'number', start: core.start, end: core.end }]);
    }
  }
  const parts: Part[] = [{ role: 'number', start: core.start, end: core.end }];
  let value = core.value;
  let precision = core.precision;
  let scale = 1;
  let hedge: Draft['hedge'];
  const inner = (): void => {
    const h = ZH_INNER_HEDGE.match(s.tokens, k);
    if (h && s.tokens[k].gap === 'none') {
      hedge = h.value;
      k = h.end;
    }
  };
  inner();
  const sc = SCALES.match(s.tokens, k);
  if (sc && sc.value.family === 'zh' && s.tokens[k].gap === 'none' && (core.written === 'digits' || hedge)) {
    value = mul(value, sc.value.factor);
    precision = mul(precision, sc.value.factor);
    scale = sc.value.factor;
    parts.push({ role: 'scale', start: k, end: sc.end });
    k = sc.end;
    inner();
  }
  const base = { value, precision, scale, hedge };
  const t = s.next(k);
  // Percent and percentage points.
  if (t && (t.text === '%' || t.text === '％')) {
    return found(i, k + 1, { dimension: 'percent', ...base }, [...parts, { role: 'percent', start: k, end: k + 1 }], core);
  }
  const points = spellsAny(s, k, ['个百分点', '百分点']);
  if (points) return found(i, points.end, { dimension: 'points', ...base }, [...parts, { role: 'percent', start: k, end: points.end }], core);
  const cur = t?.kind === 'han' ? CURRENCY_NAME.match(s.tokens, k) : undefined;
  if (cur) {
    // 2231亿元人民币: the currency may be named twice.
    let end = cur.end;
    const again = s.tokens[end]?.kind === 'han' ? CURRENCY_NAME.match(s.tokens, end) : undefined;
    if (again && again.value === cur.value) end = again.end;
    return found(i, end, { dimension: 'money', currency: cur.value, ...base }, [...parts, { role: 'currency', start: k, end }], core);
  }
  // Durations: 五年, 三个月, 15年前, 13岁.
  const unit = t?.kind === 'han' ? TIME_UNIT.match(s.tokens, k) : undefined;
  if (unit && !(unit.value === 'day' && t?.text === '日')) {
    const { v, p, u, k: factor } = normaliseUnit(base.value, base.precision, unit.value);
    const ago = spellsAny(s, unit.end, ['以前', '前']);
    const agoIsPeriod = ago && chineseCore(s, ago.end) !== undefined; // 2017年前五个月
    const q: Draft = { dimension: 'duration', value: v, precision: p, scale, hedge, timeUnit: u };
    if (ago && !agoIsPeriod) {
      q.ago = true;
      if (u === 'year' && s.ctxYear && Number.isInteger(v)) q.year = s.ctxYear - v;
    }
    return { ...found(i, unit.end, q, [...parts, { role: 'unit', start: k, end: unit.end }], core), unitFactor: factor };
  }
  const times = spells(s, k, '次');
  if (times !== undefined) return found(i, times, { dimension: 'count', ...base }, [...parts, { role: 'unit', start: k, end: times }], core);
  const measure = t?.kind === 'han' ? MEASURE.match(s.tokens, k) : undefined;
  if (measure) return found(i, measure.end, { dimension: 'measure', measureUnit: measure.value, ...base }, [...parts, { role: 'unit', start: k, end: measure.end }], core);
  if (core.written === 'digits' && spellsAny(s, k, ['点', '时'])) {
    const tm = time(s, core);
    if (tm) return tm;
  }
  // A plain count: digits always; numeral characters only before a measure word (not "统一", "一带一路").
  const classifier = spellsAny(s, k, CLASSIFIERS);
  if (core.written === 'zh' && !classifier && !hedge && !(core.end - i >= 2 && core.value >= 10)) return undefined;
  if (core.written === 'zh' && core.value === 1 && !hedge && scale === 1) return undefined;
  return found(i, k, { dimension: 'count', ...base }, parts, core);
}

/** Decades and centuries count in years. */
export function normaliseUnit(value: number, precision: number, unit: TimeUnit): { v: number; p: number; u: TimeUnit; k: number } {
  if (unit === 'decade') return { v: mul(value, 10), p: mul(precision, 10), u: 'year', k: 10 };
  if (unit === 'century') return { v: mul(value, 100), p: mul(precision, 100), u: 'year', k: 100 };
  return { v: value, p: precision, u: unit, k: 1 };
}

function yearChain(s: Scan, core: Core): Found {
  const year = core.value;
  const afterYear = core.end + 1;
  const m = chineseCore(s, afterYear);
  if (m && s.tokens[m.end]?.text === '月' && Number.isInteger(m.value) && m.value >= 1 && m.value <= 12 && !RANGE.has(s.tokens[m.end]?.text ?? '')) {
    const chained = monthChain(s, m, year);
    if (chained) {
      return { ...chained, start: core.start, parts: [{ role: 'year', start: core.start, end: core.end }, ...chained.parts] };
    }
  }
  return found(core.start, core.end, { dimension: 'year', value: year, scale: 1, precision: 1 }, [{ role: 'year', start: core.start, end: core.end }], core);
}

function monthChain(s: Scan, m: Core, year: number | undefined): Found | undefined {
  if (s.tokens[m.start - 1]?.text === '个') return undefined;
  let end = m.end + 1;
  if (s.tokens[end]?.text === '份') end++;
  const d = chineseCore(s, end);
  const dayMark = d ? s.tokens[d.end]?.text : undefined;
  if (d && (dayMark === '日' || dayMark === '号') && Number.isInteger(d.value) && d.value >= 1 && d.value <= 31) {
    return found(m.start, d.end + 1, { dimension: 'date', value: d.value, month: m.value, year: year ?? s.ctxYear, scale: 1, precision: 1 }, [
      { role: 'month', start: m.start, end: m.end },
      { role: 'day', start: d.start, end: d.end },
    ], m);
  }
  // 1月至5月
  if (RANGE.has(s.tokens[end]?.text ?? '')) {
    const to = chineseCore(s, end + 1);
    if (to && s.tokens[to.end]?.text === '月' && to.value > m.value && to.value <= 12) {
      const p = period(s, m.start, to.end + 1, { unit: 'month', from: m.value, to: to.value, year }, [
        { role: 'number', start: m.start, end: m.end },
        { role: 'number', start: to.start, end: to.end },
      ]);
      return p;
    }
  }
  return found(m.start, end, { dimension: 'month', value: m.value, month: m.value, year, scale: 1, precision: 1 }, [{ role: 'month', start: m.start, end: m.end }], m);
}
