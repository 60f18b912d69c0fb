// Suggestions for calendar claims and ranks: years, dates, months, weekdays, ordinals, times of day, periods.
import type { Quantity } from '../types';
import { wordsLike } from './agreement';
import type { DetailedClaim } from './extract';
import { AR_ORDINAL, RU_ORDINAL } from './lexicon';
import { arabicOrdinal, chineseNumeral, englishOrdinal, englishOrdinalSuffix, matchCase, russianOrdinal, toScript } from './render';
import { arabicStems, normWord } from './tokens';
import { inRange, lengthOfStem, type Lang4, type Writer } from './writer';

export function yearText(w: Writer, d: DetailedClaim, source: Quantity): string | undefined {
  const year = source.dimension === 'year' ? source.value : source.year ?? source.period?.year;
  const p = w.part('number') ?? w.part('year');
  if (year === undefined || !Number.isInteger(year) || !p) return undefined;
  w.set(p.start, p.end, toScript(String(year), d.literal?.script ?? 'ascii'));
  return w.result();
}

function monthName(month: number, lang: Lang4, like: string): string {
  const date = new Date(Date.UTC(2017, month - 1, 15));
  if (lang === 'zh') return String(month);
  if (lang === 'ru') {
    const nom = new Intl.DateTimeFormat('ru', { month: 'long', timeZone: 'UTC' }).format(date);
    const gen = new Intl.DateTimeFormat('ru', { month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(date).find((p) => p.type === 'month')?.value ?? nom;
    const l = like.toLowerCase();
    const form = /е$/.test(l) && !/ие$/.test(l) ? nom.replace(/[ьй]$/, '') + 'е' : /[ая]$/.test(l) ? gen : nom;
    return matchCase(form, like);
  }
  const abbreviated = like.endsWith('.') || (lang === 'en' && like.length <= 4 && !['june', 'july', 'may'].includes(like.toLowerCase()));
  const name = new Intl.DateTimeFormat(lang, { month: abbreviated ? 'short' : 'long', timeZone: 'UTC' }).format(date);
  return lang === 'en' ? matchCase(name, like) + (like.endsWith('.') && !name.endsWith('.') ? '.' : '') : name;
}

export function dateText(w: Writer, d: DetailedClaim, claimQ: Quantity, source: Quantity, lang: Lang4): string | undefined {
  const script = d.literal?.script ?? 'ascii';
  const year = w.part('year');
  const targetYear = source.dimension === 'year' ? source.value : source.year;
  if (year && targetYear !== undefined && Number.isInteger(targetYear)) w.set(year.start, year.end, toScript(String(targetYear), script));
  if (source.dimension === 'date' || source.dimension === 'month') {
    const month = w.part('month');
    const m = source.dimension === 'month' ? source.value : source.month;
    if (month && m !== undefined && inRange(m, 1, 12)) {
      const old = w.of(month);
      w.set(month.start, month.end, /^\d/.test(old) ? String(m) : lang === 'zh' ? chineseNumeral(m, 0, false) ?? String(m) : monthName(m, lang, old));
    }
    const day = w.part('day');
    if (day && source.dimension === 'date' && claimQ.dimension === 'date' && inRange(source.value, 1, 31)) {
      const old = w.of(day);
      const suffix = old.match(/(st|nd|rd|th)$/i)?.[0];
      const digits = /^\d/.test(old) ? toScript(String(source.value), script) : chineseNumeral(source.value, 0, false) ?? String(source.value);
      w.set(day.start, day.end, suffix ? digits + matchCase(englishOrdinalSuffix(source.value), suffix) : digits + old.replace(/^[\d\u0660-\u0669]+/, '').replace(/^(st|nd|rd|th)/i, ''));
    }
  }
  return w.result();
}

export function weekdayText(w: Writer, source: Quantity, lang: Lang4): string | undefined {
  const p = w.part('weekday');
  if (!p || source.dimension !== 'weekday' || !inRange(source.value, 1, 7)) return undefined;
  const old = w.of(p);
  const date = new Date(Date.UTC(2017, 0, 1 + source.value)); // 2017-01-02 was a Monday
  let name = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
  if (lang === 'ru' && /у$/.test(old) && /а$/.test(name)) name = name.slice(0, -1) + 'у';
  if (lang === 'ar') {
    const prefix = old.match(/^[وفبل]?(?=ال)/)?.[0] ?? '';
    name = prefix + name;
  }
  if (lang === 'zh') {
    const head = old.match(/^(星期|礼拜|周)/)?.[0] ?? '星期';
    name = head + '一二三四五六日'[source.value - 1];
  }
  w.set(p.start, p.end, matchCase(name, old));
  return w.result();
}

export function ordinalText(w: Writer, d: DetailedClaim, n: number, lang: Lang4): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  const ord = w.part('ordinal');
  const num = w.part('number');
  const script = d.literal?.script ?? 'ascii';
  if (d.written === 'zh' && num) {
    w.set(num.start, num.end, chineseNumeral(n, 0, w.of(num).includes('两')) ?? String(n));
    return w.result();
  }
  if (d.written === 'digits') {
    const p = ord ?? num;
    if (!p) return undefined;
    const old = w.of(p);
    const digits = old.match(/^[\d\u0660-\u0669\u06f0-\u06f9]+/)?.[0] ?? '';
    const rest = old.slice(digits.length);
    const suffix = /^(st|nd|rd|th)$/i.test(rest) ? matchCase(englishOrdinalSuffix(n), rest) : rest;
    w.set(p.start, p.end, toScript(String(n), script) + suffix);
    return w.result();
  }
  if (!ord) return undefined;
  const old = w.of(ord);
  let word: string | undefined;
  if (/^[a-z]/i.test(old)) word = englishOrdinal(n) ?? `${n}${englishOrdinalSuffix(n)}`;
  else if (/^[\u0400-\u04ff]/i.test(old)) {
    const form = RU_ORDINAL.get(normWord(old))?.form;
    word = form ? russianOrdinal(n, form) : undefined;
  } else if (/^[\u0600-\u06ff]/.test(old)) {
    const stem = arabicStems(normWord(old)).find((x) => AR_ORDINAL.has(x));
    const info = stem ? AR_ORDINAL.get(stem) : undefined;
    const o = info ? arabicOrdinal(n, info.feminine) : undefined;
    if (stem && o) word = old.slice(0, old.length - lengthOfStem(old, stem)) + o;
  }
  if (!word) return undefined;
  w.set(ord.start, ord.end, matchCase(word, old));
  return w.result();
}

const HALVES: readonly [RegExp, string, string][] = [
  [/a\.m\.|p\.m\./i, 'a.m.', 'p.m.'], [/\b(am|pm)\b/i, 'am', 'pm'], [/утра|вечера|ночи/, 'утра', 'вечера'],
  [/صباح\S*|مساء\S*|ظهر\S*/, 'صباحًا', 'مساءً'],
];

export function timeText(w: Writer, d: DetailedClaim, hours: number): string | undefined {
  const num = w.part('number');
  if (!num || !Number.isFinite(hours) || hours < 0 || hours >= 24.5) return undefined;
  const h24 = Math.floor(hours);
  const minutes = Math.round((hours - h24) * 60);
  const old = w.of(num);
  const rest = w.text.slice(num.end);
  const half = HALVES.find(([re]) => re.test(rest));
  const sep = old.match(/[:.]/)?.[0];
  const h = half ? h24 % 12 || 12 : h24;
  const mm = String(minutes).padStart(2, '0');
  const text = sep || minutes ? `${h}${sep ?? ':'}${mm}` : String(h);
  w.set(num.start, num.end, toScript(text, d.literal?.script ?? 'ascii'));
  if (half) {
    const m = rest.match(half[0]);
    if (m && m.index !== undefined) {
      const word = h24 < 12 ? half[1] : half[2];
      w.set(num.end + m.index, num.end + m.index + m[0].length, matchCase(word, m[0]));
    }
  }
  return w.result();
}

export function periodText(w: Writer, d: DetailedClaim, source: Quantity, lang: Lang4): string | undefined {
  const p = source.period;
  if (!p || !inRange(p.from, 1, 12) || !inRange(p.to, p.from, 12)) return undefined;
  const months = w.parts.filter((x) => x.role === 'month');
  if (months.length === 2 && p.unit === 'month') {
    w.set(months[0].start, months[0].end, monthName(p.from, lang, w.of(months[0])));
    w.set(months[1].start, months[1].end, monthName(p.to, lang, w.of(months[1])));
    return w.result();
  }
  const nums = w.parts.filter((x) => x.role === 'number');
  if (nums.length === 2) {
    for (const [k, v] of [[0, p.from], [1, p.to]] as const) {
      const old = w.of(nums[k]);
      w.set(nums[k].start, nums[k].end, /^\d/.test(old) ? String(v) : chineseNumeral(v, 0, false) ?? String(v));
    }
    return w.result();
  }
  const ord = w.part('ordinal');
  if (nums.length === 1 && p.from === 1) {
    const n = p.to - p.from + 1;
    const old = w.of(nums[0]);
    const text = /^[\d\u0660-\u0669]/.test(old) ? toScript(String(n), d.literal?.script ?? 'ascii') : d.written === 'zh' || /^[\u4e00-\u9fff]/.test(old) ? chineseNumeral(n, 0, old.includes('两')) : wordsLike(old, n, lang);
    if (!text) return undefined;
    w.set(nums[0].start, nums[0].end, text);
    return w.result();
  }
  if (ord && p.from === p.to) {
    const old = w.of(ord);
    let word: string | undefined;
    if (/^\d/.test(old)) word = String(p.from);
    else if (/^[a-z]/i.test(old)) word = englishOrdinal(p.from);
    else if (/^[\u0400-\u04ff]/i.test(old)) {
      const form = RU_ORDINAL.get(normWord(old))?.form;
      word = form ? russianOrdinal(p.from, form) : undefined;
    } else if (/^(I|II|III|IV)$/.test(old)) word = ['I', 'II', 'III', 'IV'][p.from - 1];
    else if (/^[\u0600-\u06ff]/.test(old)) {
      const stem = arabicStems(normWord(old)).find((x) => AR_ORDINAL.has(x));
      const o = stem ? arabicOrdinal(p.from, AR_ORDINAL.get(stem)?.feminine ?? false) : undefined;
      if (stem && o) word = old.slice(0, old.length - lengthOfStem(old, stem)) + o;
    } else if (/^[\u4e00-\u9fff]/.test(old)) word = p.from === 1 ? '上' : '下';
    if (!word) return undefined;
    w.set(ord.start, ord.end, matchCase(word, old));
    return w.result();
  }
  return undefined;
}
