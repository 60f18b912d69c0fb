// Entity mentions across the sources, for "find references".
// Built once per index generation by running the engine over each article, yielding between articles.
import type { Location } from 'vscode-languageserver';
import type { SourceIndex } from '../engine';
import { LineMap } from '../engine/text/positions';
import { engine } from './engine';
import type { Range } from '../engine/types';

export interface Mention {
  source: string;
  range: Range;
}

export class MentionIndex {
  private constructor(private readonly byKey: Map<string, Mention[]>) {}

  static async build(index: SourceIndex, stale: () => boolean): Promise<MentionIndex | undefined> {
    const byKey = new Map<string, Mention[]>();
    const { extractEntities } = engine();
    for (const article of index.articles) {
      if (stale()) return undefined;
      // Only the names of each sentence: judging every claim of every article (a whole Checker run) would
      // keep the first "find references" waiting for minutes on a corpus of a thousand articles.
      try {
        const lines = new LineMap(article.text);
        for (const sentence of article.sentences) {
          for (const claim of extractEntities(sentence.text, article.lang)) {
            let list = byKey.get(claim.entity.key);
            if (!list) byKey.set(claim.entity.key, (list = []));
            list.push({ source: article.path, range: lines.range(sentence.start + claim.start, sentence.start + claim.end) });
          }
        }
      } catch {
        // one article the engine cannot read must not cost the others their references
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return new MentionIndex(byKey);
  }

  mentions(key: string): readonly Mention[] {
    return this.byKey.get(key) ?? [];
  }
}

export function referenceLocations(mentions: readonly Mention[], uriOf: (source: string) => string | undefined): Location[] {
  const out: Location[] = [];
  for (const m of mentions) {
    const uri = uriOf(m.source);
    if (uri) out.push({ uri, range: m.range });
  }
  return out;
}
