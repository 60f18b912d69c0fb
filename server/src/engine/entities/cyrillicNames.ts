// Names written in Cyrillic: known names by stem (России, Сиане), demonym adjectives (российский),
// capitalised runs after the sentence start, and «quoted» names.

import { RU_COMMON_ACRONYMS, RU_FUNCTION_WORDS, RU_TITLES } from '../data/russianWords';
import { monthNumber, weekdayNumber } from '../data/calendar';
import type { EntityRef } from '../types';
import { unknownRef, type Candidate } from './candidate';
import { normCyrillic, ruDemonymOf } from './gazetteer';
import { cyrillicKnownAt } from './lookup';
import { isSentenceStart } from './latinNames';
import { isSpaceGap, type Token } from './tokens';

function isCap(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function isOrdinaryRu(folded: string, text: string): boolean {
  if (RU_FUNCTION_WORDS.has(folded) || RU_TITLES.has(folded)) return true;
  if (monthNumber(folded) !== undefined || weekdayNumber(folded) !== undefined) return true;
  return text.length > 1 && text === text.toUpperCase() && RU_COMMON_ACRONYMS.has(folded);
}

export function findCyrillicNames(sentence: string, tokens: Token[], out: Candidate[]): void {
  findQuoted(sentence, tokens, out);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.script !== 'cyrillic') {
      i++;
      continue;
    }
    const known = cyrillicKnownAt(tokens, i);
    if (known) {
      out.push({ start: known.start, end: known.end, ref: known.ref, known: true });
      i = known.to;
      continue;
    }
    const folded = normCyrillic(t.text);
    const demonym = ruDemonymOf(folded);
    if (demonym) {
      out.push({ start: t.start, end: t.end, ref: demonym, known: true });
      i++;
      continue;
    }
    if (!isCap(t.text) || isOrdinaryRu(folded, t.text)) {
      i++;
      continue;
    }
    // a run of capitalised words that are not known names themselves
    let j = i;
    while (
      j + 1 < tokens.length && tokens[j + 1].script === 'cyrillic' && isCap(tokens[j + 1].text) &&
      (isSpaceGap(tokens[j + 1].gap) || tokens[j + 1].gap === '-') && j - i < 3 &&
      !cyrillicKnownAt(tokens, j + 1) && !isOrdinaryRu(normCyrillic(tokens[j + 1].text), tokens[j + 1].text)
    ) j++;
    const initial = isSentenceStart(tokens, i);
    if (initial && j === i) {
      i++;
      continue;
    }
    const prev = i > 0 ? normCyrillic(tokens[i - 1].text) : '';
    const type: EntityRef['type'] = RU_TITLES.has(prev) || (j > i && j - i <= 2) ? 'person' : 'other';
    const start = t.start;
    const end = tokens[j].end;
    const parts = tokens.slice(i, j + 1).map((x) => x.text);
    out.push({ start, end, ref: unknownRef(sentence.slice(start, end), parts, type), known: false });
    i = j + 1;
  }
}

/** «Пояс и путь», „Газпром нефть": a quoted phrase that starts with a capital is a name. */
function findQuoted(sentence: string, tokens: Token[], out: Candidate[]): void {
  for (const m of sentence.matchAll(/[«„]([^«»„“”\n]{2,80})[»“”]/g)) {
    const inner = m[1].trim();
    if (!/^\p{Lu}/u.test(inner) || !/\p{Script=Cyrillic}/u.test(inner)) continue;
    const start = m.index + 1 + m[1].indexOf(inner);
    const end = start + inner.length;
    const inside = tokens.filter((t) => t.start >= start && t.end <= end);
    if (inside.length === 0 || inside.length > 8) continue;
    const first = tokens.indexOf(inside[0]);
    const known = cyrillicKnownAt(tokens, first);
    if (known && known.end === end) continue; // the gazetteer pass reports it
    out.push({ start, end, ref: unknownRef(inner, inside.map((t) => t.text), 'work'), known: false });
  }
}
