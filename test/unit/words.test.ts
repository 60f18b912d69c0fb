// The hand-written word scanner must cut text exactly where the Unicode-property regexes it replaced did.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { forEachWord } from '../../server/src/engine/text/words';

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu;
const JOINED_WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;

function byRegex(text: string, re: RegExp): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

function byScanner(text: string, joiners: boolean): [number, number][] {
  const out: [number, number][] = [];
  forEachWord(text, joiners, (start, end) => out.push([start, end]));
  return out;
}

/** Letters of four scripts, combining marks, digits and other numbers, joiners, astral letters, lone surrogates. */
const PIECES = [
  'a', 'Z', 'é', 'ñ', 'я', 'Ё', 'ب', 'ال', 'ـ', '北', '京', '\u0301', '\u064e', '\u200d', '\u200c', '0', '9', '٣', '۱', '１', 'Ⅻ', '½', '²',
  "'", '’', '-', '–', '.', ' ', '\u00a0', '\n', '𝐀', '𠮷', '😀', '\ud800', '\udc00', 'x\ud83d', 'Xi Jinping', "Xi'an", 'U.S.', 'e-mail',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('text: words', () => {
  it('finds the words /[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*/u finds', () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(byScanner(t, false), byRegex(t, WORD))), { numRuns: 2000 });
  });

  it("with joiners, the words /[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'’-]*/u finds", () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(byScanner(t, true), byRegex(t, JOINED_WORD))), { numRuns: 2000 });
  });

  it('reads a mixed sentence word by word', () => {
    const t = "Xi'an's GDP rose 7% in 2017 — نما الناتج ٣٣٫٧ — ВВП вырос 𝐀b2 北京";
    assert.deepEqual(
      byScanner(t, false).map(([s, e]) => t.slice(s, e)),
      ['Xi', 'an', 's', 'GDP', 'rose', 'in', 'نما', 'الناتج', 'ВВП', 'вырос', '𝐀b2', '北京'],
    );
    assert.deepEqual(byScanner(t, true).map(([s, e]) => t.slice(s, e)).slice(0, 2), ["Xi'an's", 'GDP']);
  });
});
