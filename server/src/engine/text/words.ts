// Words as /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu reads them, scanned by code unit class: a Unicode-property
// regex costs about as much per sentence as all the lookups that follow it, and a match object per word.

const LETTER = 1; // \p{L} or \p{M}
const NUMBER = 2; // \p{N}
const OTHER = 3;

const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_NUMBER = /^\p{N}$/u;

/** The class of each BMP code unit, filled in as it is met (0: not met yet). */
const unitClass = new Uint8Array(0x10000);
/** Code points beyond the BMP, met rarely. */
const astralClass = new Map<number, number>();

function classify(ch: string): number {
  return IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : OTHER;
}

/** The class of the code point at i, and its width in code units (class * 4 + width). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let k = astralClass.get(cp);
      if (k === undefined) astralClass.set(cp, (k = classify(String.fromCodePoint(cp))));
      return k * 4 + 2;
    }
  }
  let k = unitClass[c];
  if (k === 0) unitClass[c] = k = classify(String.fromCharCode(c));
  return k * 4 + 1;
}

/**
 * Calls `each(start, end)` for every word of `text` in order: a letter or mark, then letters, marks and
 * numbers, and with `joiners` also ' ’ and - (what [\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]* matches).
 */
export function forEachWord(text: string, joiners: boolean, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if (k >> 2 !== LETTER) {
      i += k & 3;
      continue;
    }
    const start = i;
    i += k & 3;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (joiners && (c === 0x27 || c === 0x2019 || c === 0x2d)) {
        i++;
        continue;
      }
      const m = classAt(text, i);
      if (m >> 2 === OTHER) break;
      i += m & 3;
    }
    each(start, i);
  }
}
