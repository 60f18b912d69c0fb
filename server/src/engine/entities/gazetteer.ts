// The table of known names (regions from ICU, demonyms, well-known people, organisations and cities),
// indexed per script for lookups in running text. Built once, on first use.

import { anyAscii } from '../text/anyAscii'; // any-ascii is ESM-only: see text/anyAscii.ts
import type { EntityRef } from '../types';
import { ALIASES } from '../data/aliases';
import { DEMONYMS } from '../data/demonyms';
import { regionTable, type RegionLocale } from '../data/regions';
import { normalizeArabic, withoutArticle } from './arabic';
import { foldRussian, russianStems } from './russian';
import { tokenize } from './tokens';
import { remembered } from '../text/memo';

export interface GazEntry {
  ref: EntityRef;
  /** Normalised tokens of the form, in its script. */
  tokens: string[];
  /** All-capital abbreviation (UN, EU): matches only when written in capitals. */
  acronym: boolean;
  /** Nationality adjective or demonym rather than a name. */
  demonym: boolean;
}

export interface Gazetteer {
  /** Latin-script forms by first token, longest forms first. */
  latin: Map<string, GazEntry[]>;
  /** Cyrillic forms by first token and by each of its stems. */
  cyrillic: Map<string, GazEntry[]>;
  /** Russian demonym stems by their first four letters. */
  ruDemonyms: Map<string, { stem: string; ref: EntityRef }[]>;
  /** Arabic forms by normalised first token. */
  arabic: Map<string, GazEntry[]>;
  /** Chinese forms by first character. */
  han: Map<string, GazEntry[]>;
  byKey: Map<string, EntityRef>;
}

export function normLatin(token: string): string {
  return latinMemo(token);
}

const latinMemo = remembered((token) => anyAscii(token).toLowerCase().replace(/\./g, '').replace(/[’`]/g, "'"));

export function normCyrillic(token: string): string {
  return foldRussian(token);
}

export function normArabicToken(token: string): string {
  return normalizeArabic(token);
}

/** Minimum stem length when matching a Russian word by stem: short single words must match whole. */
export function ruMinStem(entryTokens: number): number {
  return entryTokens > 1 ? 3 : 4;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Arabic nisba forms of a one-word country name: روسيا → روسي, الصين → صيني, فرنسا → فرنسي. */
export function nisbaBases(name: string): string[] {
  const n = withoutArticle(normalizeArabic(name));
  if (n.includes(' ') || n.length < 3 || n.endsWith('ي')) return [];
  if (n.endsWith('يه')) return [n.slice(0, -1)]; // السعودية → سعودي
  if (n.endsWith('يا')) return [n.slice(0, -2) + 'ي'];
  if (n.endsWith('ا')) return [n.slice(0, -1) + 'ي'];
  return [n + 'ي'];
}

/** Inflections of a nisba base (masc., fem. with ة written ه, plurals, dual, accusative أمريكيًا). */
export function nisbaForms(base: string): string[] {
  const b = normalizeArabic(base);
  return [b, b + 'ه', b + 'ون', b + 'ين', b + 'ان', b + 'ا'];
}

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (built) return built;
  const g: Gazetteer = { latin: new Map(), cyrillic: new Map(), ruDemonyms: new Map(), arabic: new Map(), han: new Map(), byKey: new Map() };
  const seen = new Set<string>();

  const addForm = (ref: EntityRef, form: string, demonym = false) => {
    const f = form.replace(/[«»“”"]/g, '').trim();
    if (!f) return;
    const toks = tokenize(f);
    if (toks.length === 0) return;
    const script = toks[0].script;
    if (script === 'han') {
      const hanForm = f.replace(/[^\p{Script=Han}]/gu, '');
      if (!hanForm) return;
      const id = `h|${hanForm}|${ref.key}`;
      if (seen.has(id)) return;
      seen.add(id);
      push(g.han, hanForm[0], { ref, tokens: [hanForm], acronym: false, demonym });
      return;
    }
    const norm = script === 'latin' ? normLatin : script === 'cyrillic' ? normCyrillic : script === 'arabic' ? normArabicToken : undefined;
    if (!norm) return;
    const tokens = toks.map((t) => norm(t.text));
    const id = `${script}|${tokens.join(' ')}|${ref.key}`;
    if (seen.has(id)) return;
    seen.add(id);
    const acronym = script !== 'arabic' && toks.length === 1 && /^[\p{Lu}.&\d]{2,}$/u.test(toks[0].text);
    const entry: GazEntry = { ref, tokens, acronym, demonym };
    if (script === 'latin') push(g.latin, tokens[0], entry);
    else if (script === 'cyrillic') {
      const keys = new Set(russianStems(tokens[0], ruMinStem(tokens.length)));
      for (const k of keys) push(g.cyrillic, k, entry);
    } else {
      push(g.arabic, tokens[0], entry);
    }
  };

  for (const al of ALIASES) {
    const ref: EntityRef = { key: al.key, type: al.type, name: al.name };
    g.byKey.set(ref.key, ref);
    for (const f of [...al.en, ...al.ru, ...al.ar, ...al.zh]) addForm(ref, f);
  }
  const regions = regionTable();
  const regionRef = new Map<string, EntityRef>();
  for (const r of regions) {
    const ref: EntityRef = { key: r.key, type: r.type, name: r.name };
    regionRef.set(r.code, ref);
    g.byKey.set(ref.key, ref);
    for (const locale of Object.keys(r.forms) as RegionLocale[]) for (const f of r.forms[locale]) addForm(ref, f);
    if (r.type === 'place') {
      for (const f of r.forms.ar) for (const base of nisbaBases(f)) for (const n of nisbaForms(base)) addForm(ref, n, true);
    }
  }
  for (const d of DEMONYMS) {
    const ref = regionRef.get(d.code);
    if (!ref) continue;
    for (const f of d.en) addForm(ref, f, true);
    for (const base of d.ar ?? []) {
      const words = base.split(' ');
      if (words.length === 1) for (const n of nisbaForms(base)) addForm(ref, n, true);
      else addForm(ref, base, true);
    }
    for (const stem of d.ru) push(g.ruDemonyms, stem.slice(0, 4), { stem, ref });
  }
  for (const list of g.latin.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  built = g;
  return g;
}

/** The Russian demonym a folded word is a form of: the stem plus at most four letters. */
export function ruDemonymOf(folded: string): EntityRef | undefined {
  const list = gazetteer().ruDemonyms.get(folded.slice(0, 4));
  if (!list) return undefined;
  let best: { stem: string; ref: EntityRef } | undefined;
  for (const d of list) {
    if (folded.startsWith(d.stem) && folded.length - d.stem.length <= 4 && (!best || d.stem.length > best.stem.length)) best = d;
  }
  return best?.ref;
}
