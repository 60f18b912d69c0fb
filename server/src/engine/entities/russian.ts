// Russian case endings: names decline (России, Россией, Орешкина, Сиане), so words are compared by stem.

import { remembered } from '../text/memo';

/** Noun and adjective endings, any length; every one that fits yields a candidate stem. */
const ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иях', 'ией', 'ием', 'иям',
  'ах', 'ях', 'ов', 'ев', 'ей', 'ой', 'ом', 'ем', 'ам', 'ям', 'ым', 'им', 'ых', 'их', 'ую', 'юю',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ий', 'ый', 'ою', 'ею', 'ии', 'ия', 'ию', 'ие',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й',
];

/** Lower-cases and folds ё to е. */
export function foldRussian(word: string): string {
  return foldMemo(word);
}

const foldMemo = remembered((word) => word.toLowerCase().replace(/ё/g, 'е'));

/**
 * Candidate stems of a folded Cyrillic word: the word itself and the word minus each ending that fits,
 * never shorter than `minStem` letters (a name's own stem is never cut away).
 */
export function russianStems(word: string, minStem = 3): readonly string[] {
  const id = minStem + word;
  let r = stemMemo.get(id);
  if (r === undefined) {
    r = computeStems(word, minStem);
    if (stemMemo.size >= 50_000) stemMemo.clear();
    stemMemo.set(id, r);
  }
  return r;
}

const stemMemo = new Map<string, readonly string[]>();

function computeStems(word: string, minStem: number): string[] {
  const out = [word];
  for (const e of ENDINGS) {
    if (word.length - e.length >= minStem && word.endsWith(e)) {
      const s = word.slice(0, -e.length);
      if (!out.includes(s)) out.push(s);
    }
  }
  return out;
}

export function isCyrillic(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x400 && c <= 0x52f;
}
