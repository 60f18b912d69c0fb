import type { Position, Range } from '../types';

/** Maps UTF-16 offsets to LSP line/character positions for one text. */
export class LineMap {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    // A source article's map is made when its first evidence is quoted, often in cold code: without a
    // carriage return the native indexOf finds the breaks, many times faster than a loop over each character.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(pos: Position): number {
    const line = Math.min(Math.max(pos.line, 0), this.starts.length - 1);
    return this.starts[line] + Math.max(pos.character, 0);
  }
}
