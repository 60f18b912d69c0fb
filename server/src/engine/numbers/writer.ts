// A claim's text with edits applied from right to left, and small helpers the suggestion writers share.
import { normWord } from './tokens';
import type { Part, PartRole } from './scan';

export type Lang4 = 'en' | 'ru' | 'ar' | 'zh';

interface Edit {
  start: number;
  end: number;
  text: string;
}

export class Writer {
  private readonly edits: Edit[] = [];

  constructor(readonly text: string, readonly parts: readonly Part[]) {}

  part(role: PartRole, nth = 0): Part | undefined {
    return this.parts.filter((p) => p.role === role)[nth];
  }

  of(p: Part): string {
    return this.text.slice(p.start, p.end);
  }

  set(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  result(): string {
    let out = this.text;
    for (const e of [...this.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  }
}

/** How many characters at the end of an Arabic word make up a normalised stem (diacritics count as part of it). */
export function lengthOfStem(word: string, stem: string): number {
  for (let k = 1; k <= word.length; k++) if (normWord(word.slice(word.length - k)) === stem) return k;
  return word.length;
}

export const inRange = (n: number, lo: number, hi: number): boolean => Number.isInteger(n) && n >= lo && n <= hi;
