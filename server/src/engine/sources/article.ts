import type { Article } from '../types';
import { detectLang } from '../text/lang';
import { splitSentences } from '../text/segment';
import { findDateline } from './dateline';

const LOCALE: Record<string, string> = { en: 'en', ru: 'ru', ar: 'ar', zh: 'zh', und: 'en' };

/** Turns a source file's text into an article: language, title, dateline date, sentences with offsets. */
export function analyzeArticle(path: string, text: string): Article {
  const lang = detectLang(text);
  // Plain-text articles keep one paragraph (or one sentence) a line; Markdown wraps paragraphs.
  const byLine = !isMarkdownPath(path);
  const sentences = splitSentences(text, LOCALE[lang], byLine);
  return { path, lang, title: findTitle(text, path), date: findDateline(text), text, sentences };
}

/** Whether a file is Markdown by its name. */
function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdown)$/i.test(path);
}

function findTitle(text: string, path: string): string {
  for (const line of text.split(/\r\n|\r|\n/, 20)) {
    const t = line.replace(/^\s*#+\s*/, '').trim();
    if (t) return t.length > 160 ? t.slice(0, 157) + '…' : t;
  }
  return path;
}
