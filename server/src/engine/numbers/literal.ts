import type { Lang } from '../types';
import type { Token } from './tokens';

export type DigitScript = 'ascii' | 'arabic' | 'persian' | 'fullwidth';

/** A figure written in digits, read with the conventions of the text's language. */
export interface Literal {
  value: number;
  /** Place value of the last digit written: "33.7" → 0.1, "14,000" → 1. */
  precision: number;
  int: string;
  frac: string;
  /** Separators as written ("," "." "٫" "٬" " " nbsp), when used. */
  groupSep?: string;
  decSep?: string;
  script: DigitScript;
  /** Token indices [start, end). */
  start: number;
  end: number;
  /** Too long to be a quantity (more than 21 integer digits): consumed, never reported. */
  absurd: boolean;
}

const SPACE_GROUP = new Set(['\u00a0', '\u202f', '\u2009']);

function groupSeparators(lang: Lang): { syms: ReadonlySet<string>; plainSpace: boolean } {
  switch (lang) {
    case 'ru':
      return { syms: new Set(), plainSpace: true };
    case 'ar':
      return { syms: new Set([',', '٬']), plainSpace: false };
    default:
      return { syms: new Set([',', '٬']), plainSpace: false };
  }
}

function decimalSeparators(lang: Lang): ReadonlySet<string> {
  return lang === 'ru' ? new Set([',', '.', '٫']) : new Set(['.', '٫']);
}

export function digitScript(ch: string): DigitScript {
  const c = ch.charCodeAt(0);
  if (c >= 0x660 && c <= 0x669) return 'arabic';
  if (c >= 0x6f0 && c <= 0x6f9) return 'persian';
  if (c >= 0xff10 && c <= 0xff19) return 'fullwidth';
  return 'ascii';
}

/** Reads the figure starting at num token i. */
export function readLiteral(tokens: readonly Token[], i: number, text: string, lang: Lang): Literal {
  const first = tokens[i];
  let int = first.text;
  let frac = '';
  let groupSep: string | undefined;
  let decSep: string | undefined;
  let j = i + 1;
  const groups = groupSeparators(lang);
  const canGroup = int.length <= 3 && !(int.length > 1 && int[0] === '0');
  if (canGroup) {
    for (;;) {
      const sep = tokens[j];
      const next = tokens[j + 1];
      // "14,000": a separator glued on both sides to a group of exactly three digits.
      if (sep?.kind === 'sym' && sep.gap === 'none' && groups.syms.has(sep.text) && (groupSep === undefined || groupSep === sep.text) &&
        next?.kind === 'num' && next.gap === 'none' && next.text.length === 3) {
        groupSep = sep.text;
        int += next.text;
        j += 2;
        continue;
      }
      // "16 700" (Russian), or any figure grouped with a no-break or thin space.
      if (sep?.kind === 'num' && sep.text.length === 3 && sep.gap === 'space' && sep.start - tokens[j - 1].end === 1) {
        const ch = text[sep.start - 1];
        if ((SPACE_GROUP.has(ch) || (groups.plainSpace && ch === ' ')) && (groupSep === undefined || groupSep === ch)) {
          groupSep = ch;
          int += sep.text;
          j += 1;
          continue;
        }
      }
      break;
    }
  }
  const sep = tokens[j];
  const next = tokens[j + 1];
  if (sep?.kind === 'sym' && sep.gap === 'none' && decimalSeparators(lang).has(sep.text) && sep.text !== groupSep &&
    next?.kind === 'num' && next.gap === 'none') {
    // "14,000" is a group in English; a lone ",5" after a grouped figure in Russian is still a decimal.
    decSep = sep.text;
    frac = next.text;
    j += 2;
  }
  const digits = int.replace(/^0+(?=\d)/, '');
  const absurd = digits.length > 21 || frac.length > 20;
  const value = absurd ? 0 : Number(frac ? `${int}.${frac}` : int);
  return {
    value: Number.isFinite(value) ? value : 0,
    precision: frac ? 10 ** -frac.length : 1,
    int,
    frac,
    groupSep,
    decSep,
    script: digitScript(text[first.start]),
    start: i,
    end: j,
    absurd: absurd || !Number.isFinite(value),
  };
}
