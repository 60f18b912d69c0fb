import type { Article, EntityClaim, Lang, SkippedFile } from '../types';
import { coarseNameKeys, findMention } from '../verdict/mentions';
import { loadSources, type LoadOptions } from '../sources/load';
import { analyzeSourceSentence, type AnalyzedSentence, type SourceSentence } from './analyze';

/** Anchors found in more sentences than this share of the corpus are too common to retrieve by. */
const COMMON_SHARE = 0.2;
const MIN_COMMON = 50;

export interface Candidate {
  sentence: SourceSentence;
  /** Sum of the IDF weights of the anchors it shares with the query. */
  score: number;
}

/** The searchable form of a sources folder: articles, analysed sentences, and an inverted index of anchors. */
export class SourceIndex {
  private readonly byPath = new Map<string, Article>();
  private sentences: SourceSentence[] = [];
  private postings = new Map<string, number[]>();
  private byArticle = new Map<string, SourceSentence[]>();

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
  allSentences(): readonly SourceSentence[] {
    return this.sentences;
  }

  sentencesOf(path: string): readonly SourceSentence[] {
    return this.byArticle.get(path) ?? [];
  }

  /** Source sentences that mention an entity: found by its key and its coarse name keys, then confirmed. */
  sentencesMentioning(claim: EntityClaim, lang: Lang): SourceSentence[] {
    const ids = new Set<number>(this.postings.get(`e:${claim.entity.key}`) ?? []);
    for (const k of coarseNameKeys(claim.text, lang)) for (const id of this.postings.get(`k:${k}`) ?? []) ids.add(id);
    const out: SourceSentence[] = [];
    for (const id of [...ids].sort((a, b) => a - b)) {
      const s = this.sentences[id];
      if (findMention(claim, lang, s)) out.push(s);
    }
    return out;
  }

  /** Inverse document frequency of an anchor over source sentences. */
  idf(anchor: string): number {
    const df = this.postings.get(anchor)?.length ?? 0;
    return Math.log((this.sentences.length + 1) / (df + 0.5));
  }

  /** The source sentences sharing the most (IDF-weighted) anchors with a query sentence. */
  retrieve(query: AnalyzedSentence, limit = 12, weight: (anchor: string) => number = () => 1): Candidate[] {
    const scores = new Map<number, number>();
    const common = Math.max(MIN_COMMON, this.sentences.length * COMMON_SHARE);
    for (const anchor of query.anchors) {
      const list = this.postings.get(anchor);
      if (!list || list.length > common) continue;
      const w = weight(anchor) * this.idf(anchor);
      if (w <= 0) continue;
      for (const id of list) scores.set(id, (scores.get(id) ?? 0) + w);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id, score]) => ({ sentence: this.sentences[id], score }));
  }

  private rebuild(): void {
    this.sentences = [];
    this.postings = new Map();
    this.byArticle = new Map();
    for (const a of this.byPath.values()) {
      const list: SourceSentence[] = [];
      for (const s of a.sentences) {
        const analyzed = analyzeSourceSentence(this.sentences.length, a, s);
        this.sentences.push(analyzed);
        list.push(analyzed);
        for (const anchor of analyzed.anchors) {
          let p = this.postings.get(anchor);
          if (!p) this.postings.set(anchor, (p = []));
          p.push(analyzed.id);
        }
      }
      this.byArticle.set(a.path, list);
    }
  }
}
