// Names written in Cyrillic: known names by stem (России, Сиане), demonym adjectives (российский),
// capitalised runs after the sentence start, and «quoted» names.

import { RU_COMMON_ACRONYMS, RU_FUNCTION_WORDS, RU_TITLES } from '../data/russianWords';
import type { EntityRef } from '../types';
import { unknownRef, type Candidate } from './candidate';
import { normCyrillic, ruDemonymOf } from './gazetteer';
import { cyrillicKnownAt } from './lookup';
import { isCalendarWord, isSentenceStart } from './latinNames';
import { isSpaceGap, startsUpper, type Token } from './tokens';

function isOrdinaryRu(folded: string, text: string): boolean {
  if (RU_FUNCTION_WORDS.has(folded) || RU_TITLES.has(folded)) return true;
  if (isCalendarWord(folded)) return true;
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
    if (!startsUpper(t.text) || isOrdinaryRu(folded, t.text)) {
      i++;
      continue;
    }
    // a run of capitalised words that are not known names themselves
    let j = i;
    while (
      j + 1 < tokens.length && tokens[j + 1].script === 'cyrillic' && startsUpper(tokens[j + 1].text) &&
      (isSpaceGap(tokens[j + 1].gap) || tokens[j + 1].gap === '-') && j - i < 3 &&
      !cyrillicKnownAt(tokens, j + 1) && !isOrdinaryRu(normCyrillic(tokens[j + 1].text), tokens[j + 1].text)
    ) j++;
    const initial = isSentenceStart(tokens, i);
    if (initial && j === i) {
      i++;
      continue;
    }
    let from = i;
    // "Показания Бретта Кавано", "Решение Флейка": a sentence-initial noun before a name in the genitive
    if (initial && (j - i >= 2 || (GENITIVE.test(folded) === false && GENITIVE.test(normCyrillic(tokens[i + 1].text))))) from = i + 1;
    let to = j;
    // "Тихому океану", "Национальная ассамблея": a capitalised adjective starts a name that goes on in lower case
    const next = tokens[to + 1];
    if (from === to && ADJECTIVE.test(normCyrillic(tokens[to].text)) && next?.script === 'cyrillic' && isSpaceGap(next.gap) && /^\p{Ll}{3,}$/u.test(next.text) && !RU_FUNCTION_WORDS.has(next.text)) to++;
    const prev = from > 0 ? normCyrillic(tokens[from - 1].text) : '';
    const capitals = tokens.slice(from, j + 1).filter((t, k) => k === 0 || t.gap !== '-').length; // Сан-Диего is one word
    const type: EntityRef['type'] = to > j ? 'org' : RU_TITLES.has(prev) || (capitals >= 2 && capitals <= 3) ? 'person' : 'other';
    const start = tokens[from].start;
    const end = tokens[to].end;
    const parts = tokens.slice(from, to + 1).map((x) => x.text);
    out.push({ start, end, ref: unknownRef(sentence.slice(start, end), parts, type), known: false });
    i = Math.max(j, to) + 1;
  }
}

/** Endings of the genitive singular and plural. */
const GENITIVE = /(?:а|я|ы|и|ого|его|ой|ей|ов|ев)$/;
/** Endings of adjectives in any case. */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими)$/;

/** «Пояс и путь», „Газпром нефть": a quoted phrase that starts with a capital is a name. */
function findQuoted(sentence: string, tokens: Token[], out: Candidate[]): void {
  if (!sentence.includes('«') && !sentence.includes('„')) return;
  for (const m of sentence.matchAll(/[«„]([^«»„“”\n]{2,80})[»“”]/g)) {
    const inner = m[1].trim();
    if (!/^\p{Lu}/u.test(inner) || !/\p{Script=Cyrillic}/u.test(inner) || /[.!?,;:]/.test(inner)) continue;
    if (RU_FUNCTION_WORDS.has(normCyrillic(inner.split(/\s/)[0]))) continue; // «Я стою перед вами» is a quotation
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
