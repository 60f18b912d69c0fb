// The engine builds its language tables from ICU on first use, so that loading it stays cheap. A sliced
// check (Checker.checkInSlices, which lets the server answer hovers between its steps) would otherwise
// build them all inside its first step: ~200 ms in which a freshly started server answers nothing. Here
// each is a step of its own, then one sentence of each language is analysed (compiling the analysis).
import type { Lang } from './types';
import { months, weekdays } from './data/calendar';
import { currencyNames } from './data/currencies';
import { regionTable } from './data/regions';
import { scaleWords } from './data/scales';
import { gazetteer } from './entities/gazetteer';
import { hanSyllables } from './entities/phonetic';
import { analyzeText } from './index/analyze';

/** In the order of use: the gazetteer reads the region table. */
const TABLES: readonly (() => unknown)[] = [regionTable, gazetteer, currencyNames, months, weekdays, scaleWords, () => hanSyllables('北京')];

const SAMPLES: readonly [Lang, string][] = [
  ['en', 'In March 2021 exports to Russia rose by 5.2 million dollars, 12 percent more, Vladimir Putin said.'],
  ['ru', 'В марте 2021 года экспорт в Китай вырос на 5,2 млн долларов, на 12 процентов, заявил Владимир Путин.'],
  ['ar', 'في مارس 2021 ارتفعت الصادرات إلى روسيا 5.2 مليون دولار، بنسبة 12 في المئة، قال فلاديمير بوتين.'],
  ['zh', '2021年3月，对俄罗斯出口增长520万美元，增幅百分之十二，普京说。'],
];

let ready = false;

/** Builds the tables and compiles the analysis, pausing after each; nothing once they are built. */
export function* tableSteps(): Generator<void, void, void> {
  if (ready) return;
  for (const build of TABLES) {
    build();
    yield;
  }
  for (const [lang, text] of SAMPLES) {
    analyzeText(text, lang);
    yield;
  }
  ready = true;
}
