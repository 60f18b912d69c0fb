import type { Article, EntityClaim, NumberClaim, Sentence } from '../types';
import { extractNumbers } from '../numbers/extract';
import { extractEntities } from '../entities/extract';

/** A source sentence with what the engine understood of it. */
export interface AnalyzedSentence {
  article: Article;
  sentence: Sentence;
  numbers: NumberClaim[];
  entities: EntityClaim[];
}

export function analyzeSentence(article: Article, sentence: Sentence): AnalyzedSentence {
  return {
    article,
    sentence,
    numbers: extractNumbers(sentence.text, article.lang, { date: article.date }),
    entities: extractEntities(sentence.text, article.lang),
  };
}
