// Cross-script name keys: romanisation, the coarse key used to find candidates, and the canonical key
// a name gets (from the gazetteer when it is known).

import type { Lang } from '../types';
import { isKnownKey, unknownKey } from './candidate';
import { extractEntities } from './extract';
import { normCyrillic, ruDemonymOf } from './gazetteer';
import { arabicKnownAt, cyrillicKnownAt, hanKnownAt, latinKnownAt } from './lookup';
import { ZH_ABBREVIATIONS } from '../data/demonyms';
import { asciiOf, coarseSkeleton, phonesOf, softGPhonesOf } from './phonetic';
import { tokenize } from './tokens';

/**
 * Lower-case ASCII romanisation of one word in any script: Latin folded, Cyrillic transliterated,
 * Han in pinyin without tones, Arabic with the long vowels it writes (short vowels are not written).
 */
export function romanize(word: string, _lang: Lang): string {
  return asciiOf(word);
}

/**
 * The coarse comparison key of one name token: its consonant skeleton in classes that every pair of
 * scripts may exchange (b/p, f/v/w, t/d, s/z/sh/ch/j/ts, k/g/q, h/kh), vowels dropped, "V" when it has
 * no consonant. Equal keys only make two names candidates (Bhutan and Putin share "BTN"); confirm with
 * findMentions. Several tokens give their keys joined by spaces.
 */
export function nameKey(surface: string, _lang: Lang): string {
  const keys = tokenize(surface).map((t) => tokenKey(t.text));
  return keys.join(' ');
}

export function tokenKey(word: string): string {
  return coarseSkeleton(phonesOf(word).s) || 'V';
}

/**
 * The keys under which a name can be looked up in an index built with sentenceNameKeys: the key of each
 * token and of each run of two or three adjacent tokens written together ("Huilai" = "هوي لاي").
 */
export function nameKeys(name: string, lang: Lang): string[] {
  const tokens = splitNameTokens(name);
  const keys = new Set<string>();
  const known = entityKeyOf(name, lang);
  if (isKnownKey(known)) keys.add(known);
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    for (let k = i; k < tokens.length && k < i + 3; k++) {
      joined += phonesOf(tokens[k]).s;
      keys.add(coarseSkeleton(joined) || 'V');
    }
    // The second reading of a soft g (Gerrard: Джеррард), as sentences key it (sentenceNameKeys).
    const soft = softGPhonesOf(tokens[i]);
    if (soft) keys.add(coarseSkeleton(soft.s) || 'V');
  }
  return [...keys];
}

/** Name tokens; a run of Han characters gives one token per character (one syllable each). */
export function splitNameTokens(name: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(name)) {
    if (t.script === 'han') out.push(...[...t.text]);
    else out.push(t.text);
  }
  return out;
}

/**
 * The canonical key a name gets: the gazetteer's key when the whole surface is a known name in any
 * script ("region:RU" for Russia, России, الروسية, 俄; "putin" for Путин, بوتين), otherwise "~" and
 * its romanisation. Equal known keys mean the same entity; "~" keys are to be compared with findMentions.
 */
export function entityKeyOf(surface: string, lang: Lang): string {
  const s = surface.trim();
  const tokens = tokenize(s);
  if (tokens.length === 0) return '~';
  const script = tokens[0].script;
  const whole = (m: { from: number; to: number } | undefined) => m !== undefined && m.from === 0 && m.to === tokens.length;
  if (script === 'latin') {
    const m = latinKnownAt(tokens, 0);
    if (whole(m)) return m!.ref.key;
    const capital = tokenize(s.replace(/(^|\s)(\p{Ll})/gu, (_x, a: string, b: string) => a + b.toUpperCase()));
    const mc = latinKnownAt(capital, 0);
    if (mc && mc.from === 0 && mc.to === capital.length) return mc.ref.key;
  } else if (script === 'cyrillic') {
    const m = cyrillicKnownAt(tokens, 0);
    if (whole(m)) return m!.ref.key;
    if (tokens.length === 1) {
      const d = ruDemonymOf(normCyrillic(tokens[0].text));
      if (d) return d.key;
    }
  } else if (script === 'arabic') {
    const m = arabicKnownAt(tokens, 0);
    if (whole(m)) return m!.ref.key;
  } else if (script === 'han') {
    const h = hanKnownAt(s, 0);
    if (h && h.end === s.length) return h.ref.key;
    if (s.length === 1 && ZH_ABBREVIATIONS[s]) return `region:${ZH_ABBREVIATIONS[s]}`;
  }
  const claims = extractEntities(s, lang);
  if (claims.length === 1 && claims[0].entity.key[0] !== '~' && claims[0].end - claims[0].start >= s.length - 2) return claims[0].entity.key;
  return unknownKey(tokens.map((t) => t.text));
}
