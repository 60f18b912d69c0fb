import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { SourceIndex } from '../../server/src/engine';
import { findDateline } from '../../server/src/engine/sources/dateline';
import { splitSentences, unwrapLines } from '../../server/src/engine/text/segment';

const seeds = path.join(__dirname, '..', '..', '..', 'seeds');

describe('sources', () => {
  it('loads the three seed articles with language, title and dateline', async () => {
    const index = await SourceIndex.load(seeds);
    const byPath = new Map(index.articles.map((a) => [a.path, a]));
    assert.deepEqual([...byPath.keys()].sort(), ['000_c7070923c2bbf8c7.txt', '001_3117734858e6f2ec.txt', '002_ae432cde2d6e59e0.txt']);
    assert.equal(byPath.get('000_c7070923c2bbf8c7.txt')?.lang, 'ar');
    assert.equal(byPath.get('000_c7070923c2bbf8c7.txt')?.date, '2017-07-02');
    assert.equal(byPath.get('001_3117734858e6f2ec.txt')?.lang, 'en');
    assert.equal(byPath.get('001_3117734858e6f2ec.txt')?.title, '中国电子商务进军俄罗斯');
    assert.equal(byPath.get('002_ae432cde2d6e59e0.txt')?.lang, 'ru');
    assert.deepEqual(index.skipped, []);
  });

  it('finds datelines in each language', () => {
    assert.equal(findDateline('بكين 2 يوليو 2017 (شينخوا) بالنسبة'), '2017-07-02');
    assert.equal(findDateline('BEIJING, July 2, 2017 (Xinhua) -- text'), '2017-07-02');
    assert.equal(findDateline('МОСКВА, 15 марта 2019 г. (Синьхуа)'), '2019-03-15');
    assert.equal(findDateline('新华社北京2017年7月2日电'), '2017-07-02');
    assert.equal(findDateline('بكين ٢ يوليو ٢٠١٧ (شينخوا)'), '2017-07-02');
    assert.equal(findDateline('No date here at all.'), undefined);
  });

  it('keeps sentence offsets exact', async () => {
    const index = await SourceIndex.load(seeds);
    for (const a of index.articles) {
      for (const s of a.sentences) assert.equal(a.text.slice(s.start, s.end), s.text);
    }
  });

  it('does not end a sentence inside Markdown image syntax or after an abbreviation', () => {
    const texts = splitSentences('Revenue rose 5 units ![img](http://x/y.png) in May. Next one! The St. Petersburg forum met.').map((s) => s.text);
    assert.deepEqual(texts, ['Revenue rose 5 units ![img](http://x/y.png) in May.', 'Next one!', 'The St. Petersburg forum met.']);
  });

  it('reads a hard-wrapped Markdown paragraph as its sentences, not one sentence a line', () => {
    const text = 'Trade grew 35% in the first five months of 2017, reaching 223.1\r\nbillion yuan, the\ncustoms office said. Exports rose in\n2023. Imports fell.';
    const sentences = splitSentences(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Trade grew 35% in the first five months of 2017, reaching 223.1  billion yuan, the customs office said.', 'Exports rose in 2023.', 'Imports fell.'],
    );
    // Offsets hold: the text at a sentence's offsets is its text, line breaks read as spaces.
    for (const s of sentences) assert.equal(text.slice(s.start, s.end).replace(/[\r\n]/g, ' '), s.text);
    // Plain-text sources keep one sentence a line.
    assert.deepEqual(splitSentences('A figure of\n5 units.', 'en', true).map((s) => s.text), ['A figure of', '5 units.']);
  });

  it('keeps the line breaks Markdown keeps: lists, quotes, headings, tables, fences, hard breaks', () => {
    const kept = [
      'Intro line\n- first item\n- second',
      'Intro line\n1. first\n2. second',
      'Steps:\n* a\n3. b',
      'Intro line\n> quoted',
      '# Heading\nBody text',
      'Body text\n## Heading',
      '| a | b |\n| 1 | 2 |',
      'Code:\n```\nx = 1\n```',
      'Ends with a hard break  \nnext',
      'Ends with a backslash\\\nnext',
      'Setext heading\n===',
    ];
    for (const t of kept) assert.equal(unwrapLines(t), t);
    // A list item's own wrapped lines join.
    assert.equal(unwrapLines('- second\n  wrapped'), '- second   wrapped');
    // An ordered item interrupts a paragraph only when numbered 1, as in CommonMark.
    assert.equal(unwrapLines('The deficit grew in\n2023. It fell in\n1. x'), 'The deficit grew in 2023. It fell in\n1. x');
    assert.equal(unwrapLines('a\r\nb\rc\nd'), 'a  b c d');
  });
});
