import type { Article, SkippedFile } from '../types';
import { loadSources, type LoadOptions } from '../sources/load';
import { analyzeSentence, type AnalyzedSentence } from './analyze';

/** The searchable form of a sources folder: articles, their analysed sentences, and lookup tables. */
export class SourceIndex {
  private readonly byPath = new Map<string, Article>();
  private sentences: AnalyzedSentence[] = [];

  private constructor(
    readonly root: string,
    articles: Article[],
    readonly skipped: SkippedFile[],
  ) {
    for (const a of articles) this.byPath.set(a.path, a);
    this.rebuild();
  }

  static fromArticles(root: string, articles: Article[], skipped: SkippedFile[] = []): SourceIndex {
    return new SourceIndex(root, articles, skipped);
  }

  static async load(root: string, options: LoadOptions = {}): Promise<SourceIndex> {
    const corpus = await loadSources(root, options);
    return new SourceIndex(root, corpus.articles, corpus.skipped);
  }

  get articles(): Article[] {
    return [...this.byPath.values()];
  }

  article(path: string): Article | undefined {
    return this.byPath.get(path);
  }

  /** Every analysed sentence of every article. */
  allSentences(): readonly AnalyzedSentence[] {
    return this.sentences;
  }

  private rebuild(): void {
    this.sentences = [];
    for (const a of this.byPath.values()) {
      for (const s of a.sentences) this.sentences.push(analyzeSentence(a, s));
    }
  }
}
