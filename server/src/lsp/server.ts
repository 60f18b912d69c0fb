// The LSP backend: wires documents, settings, sources and the feature modules to a connection.
// Every handler catches its own errors; nothing here writes to stdout.
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Disposable,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceIndex } from '../engine';
import { CheckScheduler } from './checks';
import { codeActionsFor, dataOf } from './codeActions';
import { definitionOf } from './definition';
import { DocumentStates, claimAt, overlaps } from './documents';
import { hoverContent } from './hover';
import { workDoneProgress } from './progress';
import {
  ArticlesRequest,
  ReindexRequest,
  ServerCommands,
  StatusRequest,
  type ArticleInfo,
  type InitializationOptions,
  type StatusParams,
  type StatusResult,
} from './protocol';
import { MentionIndex, referenceLocations } from './references';
import { SourceManager, type SourceSet } from './sources';
import { indexCacheDir } from './cacheDir';
import { CheckStore } from './checkStore';
import { Workspace, filePath, settingsSection } from './workspace';
import { whenEngineLoads } from './engine';

interface MentionIndexEntry {
  index: SourceIndex;
  revision: number;
  built: Promise<MentionIndex | undefined>;
  value?: MentionIndex;
}

export interface ServerOptions {
  /** The seed articles shipped with the extension: the sources when none are configured. */
  bundledSeeds: string;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const states = new DocumentStates();
  const mentionIndexes = new Map<string, MentionIndexEntry>();
  let clientCommands = false;
  let canWatchFiles = false;
  let canRegisterConfiguration = false;
  let watchRegistration: Promise<Disposable> | undefined;
  let watchedKey = '';

  // A notification, not window/showMessageRequest: there is nothing to answer.
  const warn = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  const log = (what: string, e: unknown) => connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  whenEngineLoads({
    loaded: (ms) => connection.console.log(`loaded the checking engine in ${Math.round(ms)} ms`),
    failed: (e) => warn(`claimcheck: ${e.message}. Claims cannot be checked; reinstalling the extension should fix it.`),
  });

  const sources = new SourceManager({
    indexed: (set) => {
      mentionIndexes.delete(set.key);
      updateFileWatch();
      for (const doc of documents.all()) if (states.get(doc.uri)?.sourceSet === set.key) checks.schedule(doc, 0);
    },
    warn,
    log: (message) => connection.console.log(message),
    progress: (title) => workDoneProgress(connection, title),
  });
  const workspace = new Workspace(connection, sources, options.bundledSeeds);
  const store = new CheckStore(
    () => sources.cacheDir,
    (message) => connection.console.log(message),
  );
  const checks = new CheckScheduler({ connection, documents, states, workspace, warn, log, store });

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    workspace.pull = !!caps.workspace?.configuration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    clientCommands = init.clientCommands === true;
    sources.cacheDir = indexCacheDir(init.cacheDir);
    workspace.pushed = settingsSection(init.settings);
    workspace.setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        executeCommandProvider: { commands: [ServerCommands.openEvidence] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'claimcheck', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // The VS Code extension synchronises the section itself; other clients are asked to.
    if (canRegisterConfiguration && !clientCommands) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimcheck' }).catch(() => undefined);
    }
    try {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        workspace.changeFolders(e.added, e.removed);
        settingsChanged();
      });
    } catch {
      // The client does not announce workspace folder changes.
    }
    // Start indexing before the first document asks.
    void workspace
      .defaultSourceSet()
      .then(() => updateFileWatch())
      .catch((e) => log('preloading sources', e));
  });

  connection.onDidChangeConfiguration((params) => {
    try {
      workspace.invalidate(settingsSection((params as { settings?: unknown }).settings));
      settingsChanged();
    } catch (e) {
      log('configuration change', e);
    }
  });

  /** Re-check everything, then drop the source sets no open document uses any more. */
  function settingsChanged(): void {
    checks.recheckAll();
    const open = documents.all();
    void Promise.all(open.map((d) => workspace.documentSettings(d.uri).then((s) => workspace.sourceSetFor(d.uri, s).key)))
      .then((keys) => {
        if (keys.length) sources.retain(new Set(keys));
        updateFileWatch();
      })
      .catch((e) => log('collecting source sets', e));
  }

  // TextDocuments fires onDidChangeContent on open too: an opened document is checked at once instead.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    checks.schedule(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    if (!justOpened.delete(e.document.uri)) checks.changed(e.document);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    justOpened.delete(uri);
    checks.closed(uri);
    states.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // ---- features: answered from the stored check ------------------------------------------------

  /** The mention index of a set's current index, built on first use (in the background, yielding). */
  function mentionIndex(set: SourceSet): Promise<MentionIndex | undefined> {
    const cached = mentionIndexes.get(set.key);
    if (cached && cached.index === set.index && cached.revision === set.revision) return cached.built;
    const { index, revision } = set;
    const current = (): boolean => set.index === index && set.revision === revision;
    const entry: MentionIndexEntry = {
      index,
      revision,
      built: set.ready.then(() => (current() ? MentionIndex.build(index, () => !current()) : mentionIndex(set))),
    };
    entry.built.then((m) => (entry.value = m)).catch((e) => log('building the mention index', e));
    mentionIndexes.set(set.key, entry);
    return entry.built;
  }

  connection.onHover((params) => {
    try {
      const state = states.get(params.textDocument.uri);
      const claim = claimAt(state, documents.get(params.textDocument.uri), params.position);
      if (!claim || !state) return null;
      // The claim carries its mention counts: a hover reads nothing else (the mention index is for references).
      return { contents: hoverContent(claim), range: claim.range };
    } catch (e) {
      log('hover', e);
      return null;
    }
  });

  connection.onCodeAction((params) => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      let diagnostics = params.context.diagnostics.filter((d) => dataOf(d));
      if (!diagnostics.length) diagnostics = (states.get(doc.uri)?.diagnostics ?? []).filter((d) => overlaps(d.range, params.range));
      const actions: CodeAction[] = [];
      for (const d of diagnostics) {
        const data = dataOf(d);
        if (data) actions.push(...codeActionsFor(d, data, doc, { clientCommands }));
      }
      const only = params.context.only;
      return only?.length ? actions.filter((a) => a.kind && only.some((k) => a.kind === k || a.kind?.startsWith(k + '.'))) : actions;
    } catch (e) {
      log('code actions', e);
      return null;
    }
  });

  connection.onDefinition((params) => {
    try {
      const state = states.get(params.textDocument.uri);
      const claim = claimAt(state, documents.get(params.textDocument.uri), params.position);
      const set = state ? sources.byKey(state.sourceSet) : undefined;
      return claim && set ? definitionOf(claim, (s) => set.uriOf(s)) : null;
    } catch (e) {
      log('definition', e);
      return null;
    }
  });

  connection.onReferences(async (params) => {
    try {
      const state = states.get(params.textDocument.uri);
      const claim = claimAt(state, documents.get(params.textDocument.uri), params.position);
      const set = state ? sources.byKey(state.sourceSet) : undefined;
      if (!claim || !set) return null;
      if (claim.kind !== 'entity' || !claim.entity) {
        const def = definitionOf(claim, (s) => set.uriOf(s));
        return def ? [def] : [];
      }
      const mentions = await mentionIndex(set);
      return mentions ? referenceLocations(mentions.mentions(claim.entity.key), (s) => set.uriOf(s)) : [];
    } catch (e) {
      log('references', e);
      return null;
    }
  });

  connection.onExecuteCommand(async (params) => {
    try {
      if (params.command === ServerCommands.openEvidence) {
        const [uri, range] = params.arguments ?? [];
        if (typeof uri === 'string') await connection.window.showDocument({ uri, selection: range, takeFocus: true });
      }
    } catch (e) {
      log('command', e);
    }
    return null;
  });

  // ---- custom requests --------------------------------------------------------------------------

  async function setsFor(params: StatusParams | undefined): Promise<SourceSet[]> {
    if (!params?.uri) return sources.all();
    return [workspace.sourceSetFor(params.uri, await workspace.documentSettings(params.uri))];
  }

  // Asked for by the VS Code client as soon as it starts: answered without loading the engine.
  function statusOf(sets: SourceSet[]): StatusResult {
    return {
      articles: sets.reduce((n, s) => n + (s.madeIndex?.articles.length ?? 0), 0),
      skipped: sets.flatMap((s) => (s.madeIndex?.skipped ?? []).map((k) => ({ path: k.path, reason: k.reason }))),
      sources: [...new Set(sets.flatMap((s) => s.folders))],
      indexing: sets.some((s) => s.indexing),
    };
  }

  connection.onRequest(StatusRequest, async (params?: StatusParams): Promise<StatusResult> => statusOf(await setsFor(params)));

  connection.onRequest(ReindexRequest, async (): Promise<StatusResult> => {
    const sets = sources.all();
    await Promise.all(sets.map((s) => s.reindex()));
    return statusOf(sets);
  });

  connection.onRequest(ArticlesRequest, async (params?: StatusParams): Promise<ArticleInfo[]> => {
    const out: ArticleInfo[] = [];
    for (const set of await setsFor(params)) {
      await set.ready;
      for (const a of set.index.articles) {
        const uri = set.uriOf(a.path);
        if (uri) out.push({ path: a.path, uri, title: a.title, lang: a.lang, date: a.date });
      }
    }
    return out;
  });

  // ---- source folders changed on disk ---------------------------------------------------------

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const p = filePath(change.uri);
      if (p) sources.fileChanged(p);
    }
  });

  /** Asks the client to report changes below the source folders (when it can watch for us). */
  function updateFileWatch(): void {
    if (!canWatchFiles) return;
    const all = [...new Set(sources.all().flatMap((s) => s.folders))].sort();
    const key = all.join('\u0000');
    if (key === watchedKey) return;
    watchedKey = key;
    const previous = watchRegistration;
    watchRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: all.map((folder) => ({ globPattern: folder.split(path.sep).join('/') + '/**/*' })),
    });
    void previous?.then((d) => d.dispose()).catch(() => undefined);
    watchRegistration.catch((e) => log('registering file watchers', e));
  }

  connection.onShutdown(async () => {
    checks.dispose();
    sources.dispose();
    await store.flush();
  });

  documents.listen(connection);
}
