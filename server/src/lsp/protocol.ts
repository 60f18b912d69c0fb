// Custom messages between the claimcheck server and its clients. Types only: no runtime imports,
// so the VS Code client and the tests can import it too.
import type { CheckedClaim, Evidence, Range, Verdict } from '../engine/types';

export const StatusRequest = 'claimcheck/status';
export const ReindexRequest = 'claimcheck/reindex';
export const ArticlesRequest = 'claimcheck/articles';
export const CheckedNotification = 'claimcheck/checked';

export interface StatusParams {
  /** The document whose sources to describe; all active source sets when absent. */
  uri?: string;
}

export interface StatusResult {
  articles: number;
  skipped: { path: string; reason: string }[];
  /** Absolute paths of the source folders. */
  sources: string[];
  indexing: boolean;
}

export interface ArticleInfo {
  path: string;
  uri: string;
  title: string;
  lang: string;
  date?: string;
}

export type VerdictCounts = Record<Verdict, number>;

export interface CheckedParams {
  uri: string;
  version: number;
  counts: VerdictCounts;
}

/** What each claimcheck diagnostic carries in `Diagnostic.data`: all that hover and code actions need. */
export interface ClaimData {
  verdict: Verdict;
  kind: CheckedClaim['kind'];
  text: string;
  range: Range;
  reason: string;
  suggestion?: string;
  /** Evidence with the source file's URI added. */
  evidence?: Evidence & { uri: string };
}

/** Server-side names for the commands a plain LSP client (not the VS Code extension) can run. */
export const ServerCommands = {
  openEvidence: 'claimcheck.server.openEvidence',
} as const;

/** Client commands contributed by the VS Code extension. */
export const ClientCommands = {
  openEvidence: 'claimcheck.openEvidence',
  ignoreClaim: 'claimcheck.ignoreClaim',
  showClaims: 'claimcheck.showClaims',
} as const;

/** `initializationOptions` the VS Code client sends. */
export interface InitializationOptions {
  /** The client implements `claimcheck.openEvidence` and `claimcheck.ignoreClaim`. */
  clientCommands?: boolean;
  /** Settings to use when the client cannot answer `workspace/configuration`. */
  settings?: unknown;
  /** Folder for the persisted source indexes; an empty string turns persistence off. */
  cacheDir?: string;
}
