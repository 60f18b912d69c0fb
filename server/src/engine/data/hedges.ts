// Words that qualify a figure ("more than", "около", "نحو", "超过"), each mapped to the interval it opens.
// Lookups normalise case and Arabic spelling; an Arabic phrase may carry a clitic ("بنحو", "لأكثر من").
import type { Hedge } from '../types';

/** Written before the figure. */
export const HEDGES_BEFORE: readonly [string, Hedge][] = [
  // English
  ['more than', 'over'], ['over', 'over'], ['above', 'over'], ['in excess of', 'over'], ['upwards of', 'over'], ['upward of', 'over'],
  ['just over', 'over'], ['just above', 'over'], ['just more than', 'over'], ['a little over', 'over'], ['slightly more than', 'over'],
  ['well over', 'over'],
  ['less than', 'under'], ['fewer than', 'under'], ['under', 'under'], ['below', 'under'], ['just under', 'under'],
  ['just below', 'under'], ['slightly less than', 'under'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['some', 'about'],
  ['nearly', 'about'], ['almost', 'about'], ['close to', 'about'], ['an estimated', 'about'], ['estimated', 'about'],
  ['circa', 'about'], ['just about', 'about'], ['roughly about', 'about'],
  ['at least', 'atLeast'], ['no fewer than', 'atLeast'], ['no less than', 'atLeast'], ['not less than', 'atLeast'],
  ['at most', 'atMost'], ['no more than', 'atMost'], ['not more than', 'atMost'],
  ['up to', 'upTo'], ['as many as', 'upTo'], ['as much as', 'upTo'], ['as high as', 'upTo'],
  // Russian
  ['более', 'over'], ['более чем', 'over'], ['свыше', 'over'], ['больше', 'over'], ['больше чем', 'over'], ['чуть более', 'over'],
  ['чуть больше', 'over'], ['немногим более', 'over'], ['почти', 'about'], ['около', 'about'], ['примерно', 'about'],
  ['порядка', 'about'], ['приблизительно', 'about'], ['почти что', 'about'], ['ориентировочно', 'about'],
  ['менее', 'under'], ['меньше', 'under'], ['менее чем', 'under'], ['меньше чем', 'under'], ['чуть менее', 'under'],
  ['до', 'upTo'], ['вплоть до', 'upTo'],
  ['не менее', 'atLeast'], ['не меньше', 'atLeast'], ['не реже', 'atLeast'], ['как минимум', 'atLeast'], ['по меньшей мере', 'atLeast'],
  ['по крайней мере', 'atLeast'], ['минимум', 'atLeast'],
  ['не более', 'atMost'], ['не больше', 'atMost'], ['не чаще', 'atMost'], ['максимум', 'atMost'], ['как максимум', 'atMost'],
  // Arabic
  ['أكثر من', 'over'], ['ما يزيد على', 'over'], ['ما يزيد عن', 'over'], ['يزيد على', 'over'], ['يزيد عن', 'over'],
  ['ما يربو على', 'over'], ['يربو على', 'over'], ['ما يفوق', 'over'], ['يفوق', 'over'], ['أزيد من', 'over'],
  ['أقل من', 'under'], ['دون', 'under'], ['ما دون', 'under'],
  ['حوالى', 'about'], ['حوالي', 'about'], ['نحو', 'about'], ['قرابة', 'about'], ['زهاء', 'about'], ['ما يقرب من', 'about'],
  ['ما يقارب', 'about'], ['يقارب', 'about'], ['تقريبا', 'about'], ['تقريباً', 'about'], ['ما يناهز', 'about'], ['يناهز', 'about'],
  ['على الأقل', 'atLeast'], ['ما لا يقل عن', 'atLeast'], ['لا يقل عن', 'atLeast'],
  ['ما لا يزيد على', 'atMost'], ['ما لا يزيد عن', 'atMost'], ['لا يزيد على', 'atMost'], ['لا يزيد عن', 'atMost'], ['على الأكثر', 'atMost'],
  ['ما يصل إلى', 'upTo'], ['يصل إلى', 'upTo'],
  // Chinese
  ['超过', 'over'], ['超', 'over'], ['逾', 'over'], ['多于', 'over'], ['高于', 'over'],
  ['不到', 'under'], ['不足', 'under'], ['少于', 'under'], ['低于', 'under'],
  ['约', 'about'], ['约有', 'about'], ['大约', 'about'], ['大约有', 'about'], ['约为', 'about'], ['近', 'about'], ['将近', 'about'], ['接近', 'about'], ['大概', 'about'],
  ['约合', 'about'],
  ['至少', 'atLeast'], ['最少', 'atLeast'], ['最多', 'atMost'], ['多达', 'upTo'], ['高达', 'upTo'],
];

/** Written after the figure (and after its unit): "or more", "с лишним", "تقريبا", "以上". */
export const HEDGES_AFTER: readonly [string, Hedge][] = [
  ['or more', 'atLeast'], ['or above', 'atLeast'], ['and above', 'atLeast'], ['and more', 'atLeast'], ['or so', 'about'],
  ['or less', 'atMost'], ['or fewer', 'atMost'], ['and under', 'atMost'],
  ['с лишним', 'over'], ['с небольшим', 'over'], ['с гаком', 'over'], ['и более', 'atLeast'], ['и больше', 'atLeast'],
  ['или более', 'atLeast'], ['и менее', 'atMost'],
  ['تقريبا', 'about'], ['تقريباً', 'about'], ['على الأقل', 'atLeast'], ['فأكثر', 'atLeast'], ['أو أكثر', 'atLeast'], ['على الأكثر', 'atMost'],
  ['以上', 'atLeast'], ['以下', 'atMost'], ['左右', 'about'], ['上下', 'about'],
];

/** Chinese hedges written between the figure and its measure word: "30多年", "十余个". */
export const ZH_INNER_HEDGES: readonly [string, Hedge][] = [['多', 'over'], ['余', 'over'], ['几', 'over']];
