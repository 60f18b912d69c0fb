// Workspace folders and the settings of each: pulled with workspace/configuration per folder
// (or taken from what the client pushed), cached until the next configuration change.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { parseSettings, resolveSourceFolders, type Settings } from './settings';
import type { SourceManager, SourceSet } from './sources';

export interface WorkspaceFolder {
  uri: string;
  path: string;
}

export class Workspace {
  folders: WorkspaceFolder[] = [];
  /** The client answers workspace/configuration. */
  pull = false;
  /** The `claimcheck` section the client pushed (didChangeConfiguration or initializationOptions). */
  pushed: unknown;
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly sources: SourceManager,
    private readonly bundledSeeds: string,
  ) {}

  setFolders(list: readonly { uri: string }[]): void {
    this.folders = list.flatMap((f) => {
      const p = filePath(f.uri);
      return p ? [{ uri: f.uri, path: p }] : [];
    });
  }

  changeFolders(added: readonly { uri: string }[], removed: readonly { uri: string }[]): void {
    const gone = new Set(removed.map((f) => f.uri));
    this.setFolders([...this.folders.filter((f) => !gone.has(f.uri)), ...added]);
    this.cache.clear();
  }

  /** Forget cached settings; `pushed` replaces the pushed section when given. */
  invalidate(pushed?: unknown): void {
    if (pushed !== undefined) this.pushed = pushed;
    this.cache.clear();
  }

  /** The innermost workspace folder holding `uri`. */
  folderOf(uri: string): WorkspaceFolder | undefined {
    let best: WorkspaceFolder | undefined;
    for (const f of this.folders) {
      const prefix = f.uri.endsWith('/') ? f.uri : f.uri + '/';
      if ((uri.startsWith(prefix) || uri === f.uri) && (!best || f.uri.length > best.uri.length)) best = f;
    }
    return best;
  }

  /** Settings for a scope (a workspace folder's URI; undefined for the window). */
  settingsFor(scopeUri: string | undefined): Promise<Settings> {
    const key = scopeUri ?? '';
    let got = this.cache.get(key);
    if (!got) {
      got = this.pull
        ? this.connection.workspace.getConfiguration({ scopeUri, section: 'claimcheck' }).then(
            (raw: unknown) => parseSettings(raw ?? this.pushed),
            () => parseSettings(this.pushed),
          )
        : Promise.resolve(parseSettings(this.pushed));
      this.cache.set(key, got);
    }
    return got;
  }

  /** Settings for a document: those of its workspace folder. */
  documentSettings(uri: string): Promise<Settings> {
    return this.settingsFor(this.folderOf(uri)?.uri);
  }

  /** The source set a document is checked against (relative folders resolve against its workspace folder). */
  sourceSetFor(uri: string, settings: Settings): SourceSet {
    const folder = this.folderOf(uri) ?? this.folders[0];
    const file = filePath(uri);
    const fallback = file ? path.dirname(file) : process.cwd();
    return this.sources.get(resolveSourceFolders(settings.sources, folder?.path, fallback, this.bundledSeeds));
  }

  /** The source set of the first workspace folder (or the window), to start indexing early. */
  async defaultSourceSet(): Promise<SourceSet> {
    const first = this.folders[0];
    const settings = await this.settingsFor(first?.uri);
    return this.sources.get(resolveSourceFolders(settings.sources, first?.path, process.cwd(), this.bundledSeeds));
  }
}

/** The `claimcheck` section of a pushed settings object (or the object itself). */
export function settingsSection(settings: unknown): unknown {
  if (settings && typeof settings === 'object' && 'claimcheck' in settings) return (settings as { claimcheck: unknown }).claimcheck;
  return settings ?? undefined;
}

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
