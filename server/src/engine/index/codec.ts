// An article without its sentence strings: its fields, its text, and the sentences as offsets. Used to
// pass articles between threads and to store them on disk; unpacking gives an article equal to the original.
import type { Article, Lang, Sentence } from '../types';

export interface PackedArticle {
  path: string;
  lang: Lang;
  title: string;
  /** The dateline date; null when the article has a `date` key whose value is undefined. */
  date?: string | null;
  text: string;
  /** start, end, paragraph of each sentence. */
  sentences: Int32Array;
}

const ARTICLE_KEYS = new Set(['path', 'lang', 'title', 'date', 'text', 'sentences']);
const SENTENCE_KEYS = new Set(['start', 'end', 'text', 'paragraph']);
const LANGS = new Set<string>(['en', 'ru', 'ar', 'zh', 'und']);

/** Packs an article, or undefined when it holds anything packing would lose (a field this code does not know). */
export function packArticle(a: Article): PackedArticle | undefined {
  for (const k of Object.keys(a)) if (!ARTICLE_KEYS.has(k)) return undefined;
  const sentences = new Int32Array(a.sentences.length * 3);
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i];
    const keys = Object.keys(s);
    if (keys.length !== SENTENCE_KEYS.size || keys.some((k) => !SENTENCE_KEYS.has(k))) return undefined;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || !Number.isInteger(s.paragraph)) return undefined;
    if (s.start < 0 || s.end < s.start || s.end > a.text.length || a.text.slice(s.start, s.end) !== s.text) return undefined;
    sentences[i * 3] = s.start;
    sentences[i * 3 + 1] = s.end;
    sentences[i * 3 + 2] = s.paragraph;
  }
  const packed: PackedArticle = { path: a.path, lang: a.lang, title: a.title, text: a.text, sentences };
  if ('date' in a) packed.date = a.date ?? null;
  return packed;
}

/** The bytes a lazy article was made from, while its text and sentences are still theirs. */
export interface RawArticle {
  bytes: Uint8Array;
  encoding: 'utf8' | 'utf16le';
  textLength: number;
  /** start, end, paragraph of each sentence. */
  offsets: Int32Array;
}

const raws = new WeakMap<Article, RawArticle>();

/** The bytes of an article made by lazyArticle (undefined for other articles, or once its text or sentences were replaced). */
export function rawOf(a: Article): RawArticle | undefined {
  return raws.get(a);
}

/**
 * An article whose text and sentences are made on first read (from bytes: a persisted index, a worker's
 * reply): loading many articles then costs nothing for those no check looks at. It reads like any other
 * article (its text and sentences are enumerable accessor properties that can also be assigned).
 */
export function lazyArticle(fields: Omit<PackedArticle, 'text' | 'sentences'>, raw: RawArticle): Article {
  if (typeof fields.path !== 'string' || typeof fields.title !== 'string' || !LANGS.has(fields.lang)) throw new Error('malformed article');
  if (fields.date !== undefined && fields.date !== null && typeof fields.date !== 'string') throw new Error('malformed article date');
  const offsets = raw.offsets;
  if (offsets.length % 3 !== 0) throw new Error('malformed sentences');
  for (let i = 0; i < offsets.length; i += 3) {
    if (offsets[i] < 0 || offsets[i + 1] < offsets[i] || offsets[i + 1] > raw.textLength) throw new Error('sentence outside its text');
  }
  const a: Article =
    fields.date === undefined
      ? { path: fields.path, lang: fields.lang, title: fields.title, text: '', sentences: [] }
      : { path: fields.path, lang: fields.lang, title: fields.title, date: fields.date ?? undefined, text: '', sentences: [] };
  let original: string | undefined;
  const originalText = (): string => {
    if (original === undefined) {
      original = Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength).toString(raw.encoding);
      if (original.length !== raw.textLength) throw new Error(`stored text of ${fields.path} is damaged`);
    }
    return original;
  };
  let text: string | undefined;
  let sentences: Sentence[] | undefined;
  Object.defineProperty(a, 'text', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= originalText()),
    set: (v: string) => {
      text = v;
      raws.delete(a);
    },
  });
  Object.defineProperty(a, 'sentences', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!sentences) {
        const t = originalText();
        sentences = new Array<Sentence>(offsets.length / 3);
        for (let i = 0; i < sentences.length; i++) {
          const start = offsets[i * 3];
          const end = offsets[i * 3 + 1];
          sentences[i] = { start, end, text: t.slice(start, end), paragraph: offsets[i * 3 + 2] };
        }
      }
      return sentences;
    },
    set: (v: Sentence[]) => {
      sentences = v;
      raws.delete(a);
    },
  });
  raws.set(a, raw);
  return a;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string survives UTF-8 (no lone surrogate). */
export function wellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === 'function' ? native.call(text) : !LONE_SURROGATE.test(text);
}

/** A packed article with its text as bytes: what a worker sends (bytes cost half a JS string's memory or less). */
export interface BytePackedArticle extends Omit<PackedArticle, 'text'> {
  bytes: Uint8Array;
  encoding: 'utf8' | 'utf16le';
  textLength: number;
}

export function toBytes(p: PackedArticle): BytePackedArticle {
  const encoding = wellFormed(p.text) ? 'utf8' : 'utf16le';
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(p.text, encoding));
  bytes.write(p.text, 0, bytes.length, encoding);
  const { text: _text, ...rest } = p;
  return { ...rest, bytes, encoding, textLength: p.text.length };
}

/** The article of a byte pack, its text decoded when first read. */
export function fromBytes(p: BytePackedArticle): Article {
  const { bytes, encoding, textLength, sentences, ...fields } = p;
  return lazyArticle(fields, { bytes, encoding, textLength, offsets: sentences });
}
