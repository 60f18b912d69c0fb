import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { readWords } from '../../server/src/engine/index/words';
import { findConcepts } from '../../server/src/engine/text/concepts';
import { STOPWORDS } from '../../server/src/engine/data/stopwords';
import type { Span } from '../../server/src/engine/types';

const anchorsOf = (text: string, claimed: Span[] = []): string[] => {
  const words: string[] = [];
  readWords(text, claimed, words);
  return words;
};

/** Word anchors read the plain way: each plain word (a letter, then letters and digits) on its own. */
function plainAnchors(text: string, claimed: Span[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu)) {
    if (claimed.some((s) => s.start <= m.index && m.index < s.end)) continue;
    const w = m[0].toLowerCase();
    if (STOPWORDS.has(w)) continue;
    const c = w.charCodeAt(0);
    if (c >= 0x3400 && c <= 0x9fff) for (let i = 0; i + 1 < w.length; i++) out.push(`w:${w.slice(i, i + 2)}`);
    else if (c >= 0x600 && c <= 0x6ff) {
      const stem = w.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?/, '');
      if (stem.length >= 3) out.push(`w:${stem.slice(0, 5)}`);
    } else if (c >= 0x400 && c <= 0x4ff) {
      if (w.length >= 4) out.push(`w:${w.slice(0, 5)}`);
    } else if (w.length >= 3) out.push(`w:${w.slice(0, 6)}`);
  }
  return out;
}

describe('index: the words of a sentence, read in one scan', () => {
  it('anchors each plain word of a joined word, and finds the concepts of the whole', () => {
    assert.deepEqual(anchorsOf("al-Sisi's trade-war"), ['w:sisi', 'w:trade', 'w:war']);
    const words: string[] = [];
    const hits = readWords('China-Russia trade jumped', [], words);
    assert.deepEqual(hits, findConcepts('China-Russia trade jumped'));
    assert.ok(hits.some((h) => h.id === 'trade'));
  });

  it('stems Russian and Arabic words, pairs Han characters, skips function words', () => {
    assert.deepEqual(anchorsOf('Товарооборот и وللتجارة 中国经济'), ['w:товар', 'w:لتجار', 'w:中国', 'w:国经', 'w:经济']);
    assert.deepEqual(anchorsOf('the of and'), []);
  });

  it('leaves out words inside a claimed number or name', () => {
    const text = 'Vladimir Putin met 2,000 delegates in Moscow';
    assert.deepEqual(anchorsOf(text, [{ start: 0, end: 14 }]), ['w:met', 'w:delega', 'w:moscow']);
    // A plain word after a hyphen starts inside the span or outside it by its own offset.
    assert.deepEqual(anchorsOf('COVID-19 wave-two', [{ start: 9, end: 13 }]), ['w:covid', 'w:two']);
  });

  it('reads as the plain words and findConcepts do, for any text', () => {
    const piece = fc.constantFrom(
      'COVID-19', "O'Brien's", "rock-'n'-roll", '中国GDP', 'GDP中国', '中国-Russia', 'abc-中国', '12ab3', '-', "'", '’', ' ', ' ',
      'Путин', 'ёлка', 'والاقتصاد', 'بالمئة', '2023', 'million', 'Ёж-Ёж', 'İstanbul', 'the', 'trade', 'торговли', '经济增长', 'é',
      '\u0301a', '𝐀bc', 'Ä-ä', 'U.S.', ',', '\ud800', '\udc00x', '٣', '𝟙',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.nat(60), { maxLength: 4 }), (pieces, cuts) => {
        const text = pieces.join('');
        const claimed = cuts.map((c, i) => ({ start: Math.min(c, text.length), end: Math.min(c + 3 + i, text.length) }));
        const words: string[] = [];
        assert.deepEqual(readWords(text, claimed, words), findConcepts(text));
        assert.deepEqual(words, plainAnchors(text, claimed));
      }),
      { numRuns: 3000 },
    );
  });
});
