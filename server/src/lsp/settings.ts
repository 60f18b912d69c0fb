// The `claimcheck` settings section: defaults, validation of what a client sends, folder resolution.
import * as path from 'node:path';
import type { Verdict } from '../engine/types';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  /** Source folders as written; empty means the bundled seeds. */
  sources: string[];
  severity: Record<Verdict, SeverityName>;
  languages: string[];
  debounceMs: number;
  ignore: string[];
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  sources: [],
  severity: { contradicted: 'warning', unverified: 'information', supported: 'hint' },
  languages: ['markdown', 'plaintext'],
  debounceMs: 300,
  ignore: [],
  maxFileSize: 2 * 1024 * 1024,
};

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Turns whatever a client sent for the `claimcheck` section into settings, value by value:
 * a missing or malformed value takes its default. Accepts both nested (`severity: {…}`) and
 * dotted (`"severity.contradicted"`) keys, since clients differ.
 */
export function parseSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const sev = isRecord(r.severity) ? r.severity : {};
  const severityOf = (v: Verdict): SeverityName => {
    const value = sev[v] ?? r[`severity.${v}`];
    return typeof value === 'string' && SEVERITIES.includes(value.toLowerCase()) ? (value.toLowerCase() as SeverityName) : DEFAULT_SETTINGS.severity[v];
  };
  return {
    sources: stringArray(r.sources) ?? DEFAULT_SETTINGS.sources,
    severity: { contradicted: severityOf('contradicted'), unverified: severityOf('unverified'), supported: severityOf('supported') },
    languages: stringArray(r.languages) ?? DEFAULT_SETTINGS.languages,
    debounceMs: nonNegative(r.debounceMs) ?? DEFAULT_SETTINGS.debounceMs,
    ignore: stringArray(r.ignore) ?? DEFAULT_SETTINGS.ignore,
    maxFileSize: nonNegative(r.maxFileSize) ?? DEFAULT_SETTINGS.maxFileSize,
  };
}

/**
 * Absolute, de-duplicated source folders. Relative entries resolve against the workspace folder
 * (or `fallbackDir` outside any folder); `${workspaceFolder}` is substituted; empty → the bundled seeds.
 */
export function resolveSourceFolders(sources: string[], workspaceFolder: string | undefined, fallbackDir: string, bundledSeeds: string): string[] {
  const base = workspaceFolder ?? fallbackDir;
  const out: string[] = [];
  for (const entry of sources) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const substituted = trimmed.replace(/\$\{workspaceFolder\}/g, base);
    const abs = path.resolve(base, substituted);
    if (!out.includes(abs)) out.push(abs);
  }
  return out.length ? out : [bundledSeeds];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringArray(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return undefined;
  return v.filter((x): x is string => typeof x === 'string');
}

function nonNegative(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}
