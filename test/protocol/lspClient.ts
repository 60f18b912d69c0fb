// A small LSP client for tests: starts the real dist/server.js over stdio and talks JSON-RPC to it
// as an editor would. Reusable by any test (protocol, hostile input, soak, bench):
//
//   const client = await LspClient.start({ settings: { sources: [dir] } });
//   const mark = client.mark();
//   await client.open(uri, text);
//   const diags = await client.waitForDiagnostics(uri, { version: 1, from: mark });
//   await client.stop();
//
// Nothing here sleeps or times anything: waits resolve on messages and reject when the server exits
// (mocha's own timeout ends a test that waits for a message that never comes).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type ConfigurationParams,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type Location,
  type LocationLink,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type RegistrationParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';

/** The repository root, from out/test/protocol/ (compiled) or test/protocol/ (source). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', ...(path.basename(path.resolve(__dirname, '..', '..')) === 'out' ? ['..'] : []));
export const SERVER_PATH = process.env.CLAIMCHECK_SERVER ?? path.join(REPO_ROOT, 'dist', 'server.js');

let testCacheDir: string | undefined;
/** One persisted-index folder for the servers of this test run (not the user's own cache), removed at exit. */
export function testIndexCacheDir(): string {
  if (!testCacheDir) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-index-'));
    testCacheDir = dir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return testCacheDir;
}

export interface StartOptions {
  /** Path of the server script; default dist/server.js of this repository. */
  serverPath?: string;
  /** Extra arguments after the transport flag. */
  args?: string[];
  /** The `claimcheck` settings section answered to workspace/configuration, or a function of the scope URI. */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => unknown);
  /** Workspace folders as file paths. */
  workspaceFolders?: string[];
  initializationOptions?: unknown;
  /** Replaces the default client capabilities (which announce configuration, progress, dynamic registration). */
  capabilities?: ClientCapabilities;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface Received {
  method: string;
  params: unknown;
  /** Position in the order of everything received, for `mark()` / `from`. */
  seq: number;
}

interface Waiter {
  test: (m: Received) => boolean;
  resolve: (m: Received) => void;
  reject: (e: Error) => void;
  from: number;
}

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
  },
  window: { workDoneProgress: true, showMessage: {}, showDocument: { support: true } },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      dataSupport: true,
      isPreferredSupport: true,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
    },
    definition: { linkSupport: false },
    references: {},
  },
};

export class LspClient {
  /** Every notification and server→client request received, in order. */
  readonly received: Received[] = [];
  /** Capabilities the server registered dynamically. */
  readonly registrations: RegistrationParams['registrations'] = [];
  /** Progress tokens created by the server and the values reported on them. */
  readonly progress = new Map<string | number, unknown[]>();
  stderr = '';
  exitCode: number | null | undefined;
  initializeResult!: InitializeResult;
  settings: Record<string, unknown> | ((scopeUri: string | undefined) => unknown);
  private seq = 0;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private exited: Promise<void>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => {
      process.once('exit', (code) => {
        this.exitCode = code;
        const err = new Error(`the server exited (code ${code}) while a test waited for a message; stderr:\n${this.stderr}`);
        for (const w of this.waiters) w.reject(err);
        this.waiters = [];
        resolve();
      });
    });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [options.serverPath ?? SERVER_PATH, '--stdio', ...(options.args ?? [])], {
      cwd: options.cwd ?? REPO_ROOT,
      env: options.env ?? { ...process.env, CLAIMCHECK_CACHE_DIR: testIndexCacheDir() },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (client.stderr += d));
    client.listen();
    connection.listen();
    const folders = (options.workspaceFolders ?? []).map((p) => ({ uri: pathToFileURL(p).href, name: path.basename(p) }));
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length ? folders : null,
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onUnhandledNotification((m) => this.record(m.method, m.params));
    c.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.record('workspace/configuration', params);
      return params.items.map((item) => (item.section === 'claimcheck' ? this.settingsFor(item.scopeUri) : null));
    });
    c.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
      this.record('window/workDoneProgress/create', params);
      const values: unknown[] = [];
      this.progress.set(params.token, values);
      c.onProgress(WorkDoneProgress.type, params.token, (value) => {
        values.push(value);
        this.record('$/progress', { token: params.token, value });
      });
      return null;
    });
    c.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(...params.registrations);
      this.record('client/registerCapability', params);
      return null;
    });
    c.onRequest('client/unregisterCapability', (params: unknown) => {
      this.record('client/unregisterCapability', params);
      return null;
    });
    c.onRequest('window/showDocument', (params: unknown) => {
      this.record('window/showDocument', params);
      return { success: true };
    });
    c.onRequest('window/showMessageRequest', (params: unknown) => {
      this.record('window/showMessageRequest', params);
      return null;
    });
    c.onRequest('workspace/applyEdit', (params: unknown) => {
      this.record('workspace/applyEdit', params);
      return { applied: false };
    });
  }

  private settingsFor(scopeUri: string | undefined): unknown {
    return typeof this.settings === 'function' ? this.settings(scopeUri) : this.settings;
  }

  private record(method: string, params: unknown): void {
    const m: Received = { method, params, seq: this.seq++ };
    this.received.push(m);
    for (const w of [...this.waiters]) {
      if (m.seq >= w.from && w.test(m)) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(m);
      }
    }
  }

  /** A position in the message history: waits `from` it ignore what came before. */
  mark(): number {
    return this.seq;
  }

  /** The first message (notification or server request) at or after `from` that satisfies `predicate`. */
  waitFor<T = unknown>(method: string, predicate: (params: T) => boolean = () => true, from = 0): Promise<T> {
    const test = (m: Received) => m.method === method && predicate(m.params as T);
    const seen = this.received.find((m) => m.seq >= from && test(m));
    if (seen) return Promise.resolve(seen.params as T);
    if (this.exitCode !== undefined) return Promise.reject(new Error(`the server has exited (code ${this.exitCode}); stderr:\n${this.stderr}`));
    return new Promise<Received>((resolve, reject) => this.waiters.push({ test, resolve, reject, from })).then((m) => m.params as T);
  }

  /** All messages of `method` received at or after `from`. */
  all<T = unknown>(method: string, from = 0): T[] {
    return this.received.filter((m) => m.method === method && m.seq >= from).map((m) => m.params as T);
  }

  /** Diagnostics published for `uri` (for `version` when given) at or after `from`. */
  waitForDiagnostics(uri: string, options: { version?: number; from?: number; where?: (d: Diagnostic[]) => boolean } = {}): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && (options.version === undefined || p.version === options.version) && (!options.where || options.where(p.diagnostics)),
      options.from ?? 0,
    );
  }

  /** The server's `claimcheck/checked` notification for `uri` (and `version`) at or after `from`. */
  waitForChecked(uri: string, options: { version?: number; from?: number } = {}): Promise<{ uri: string; version: number; counts: Record<string, number> }> {
    return this.waitFor('claimcheck/checked', (p: { uri: string; version: number; counts: Record<string, number> }) => p.uri === uri && (options.version === undefined || p.version === options.version), options.from ?? 0);
  }

  /** Opens a document; resolves with its version (1). */
  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<number> {
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return version;
  }

  /** Replaces the whole text of a document; resolves with the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Applies ranged edits to a document (as an editor sends after a quick fix); resolves with the new version. */
  async edit(uri: string, edits: { range: Range; newText: string }[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends workspace/didChangeConfiguration after replacing the settings the client answers with. */
  async configure(settings: Record<string, unknown> | ((scopeUri: string | undefined) => unknown)): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  request<R>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(CodeAction | Command)[] | null> {
    return this.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  definition(uri: string, position: Position): Promise<Location | Location[] | LocationLink[] | null> {
    return this.request('textDocument/definition', { textDocument: { uri }, position });
  }

  references(uri: string, position: Position): Promise<Location[] | null> {
    return this.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
  }

  showMessages(from = 0): ShowMessageParams[] {
    return this.all<ShowMessageParams>('window/showMessage', from);
  }

  /** Shuts the server down politely; kills it if it does not exit after `exit`. */
  async stop(): Promise<void> {
    if (this.exitCode === undefined) {
      try {
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
      const killer = setTimeout(() => this.process.kill(), 2000);
      await this.exited;
      clearTimeout(killer);
    }
    this.connection.dispose();
  }
}

/** A file URI for a path. */
export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

/** The LSP position of `offset` in `text` (UTF-16, \n line ends). */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The position of the first occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOfText(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  return positionOf(text, at + delta);
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const offset = (p: Position) => {
    const lines = text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
