import type { Lang } from '../types';

/** Guesses a text's language from the scripts its letters are written in. */
export function detectLang(text: string): Lang {
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let han = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) arabic++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han += 2; // one Han character carries a word
  }
  const best = Math.max(latin, cyrillic, arabic, han);
  if (best === 0) return 'und';
  if (best === arabic) return 'ar';
  if (best === cyrillic) return 'ru';
  if (best === han) return 'zh';
  return 'en';
}

/** The script of one character, for scanning tokens. */
export function scriptOf(ch: string): 'latin' | 'cyrillic' | 'arabic' | 'han' | 'digit' | 'other' {
  const c = ch.codePointAt(0) ?? 0;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return 'digit';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'han';
  return 'other';
}
