// Checking open documents: at once on open, debounced on change, superseded by anything newer,
// published only for the version that was read.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedClaim, Checker, CheckOptions, SourceIndex } from '../engine';
import { answerFromParagraphs } from '../engine/paragraphs';
import { engine } from './engine';
import { toDiagnostic, tooLargeDiagnostic, verdictCounts } from './diagnostics';
import type { CheckedDocument, DocumentStates } from './documents';
import { compileIgnoreList, disabledSpans, inSpans, type IgnoreList } from './ignore';
import { CheckedNotification, type CheckedParams } from './protocol';
import type { Settings } from './settings';
import type { Workspace } from './workspace';
import type { SourceSet } from './sources';
import type { CheckStore } from './checkStore';

/** Slices of the background warm-up: short, so that hovers and edits meanwhile wait little. */
const WARM_UP_SLICE_MS = 5;

export interface CheckDeps {
  connection: Connection;
  /** Check results kept across restarts. */
  store: CheckStore;
  documents: TextDocuments<TextDocument>;
  states: DocumentStates;
  workspace: Workspace;
  warn(message: string): void;
  log(what: string, e: unknown): void;
}

interface CheckerEntry {
  set: string;
  index: SourceIndex;
  revision: number;
  checker: Checker;
  /** While the document's answers are stored ones no check in this process has confirmed: the checker warming up. */
  warming?: Checker;
  /** Bumped by each warm-up started: an older one stops at its next slice. */
  warmRun: number;
}

export class CheckScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped by every scheduled check of a document: a check whose ticket is old publishes nothing. */
  private readonly tickets = new Map<string, number>();
  private readonly checkers = new Map<string, CheckerEntry>();
  private readonly ignoreLists = new Map<string, IgnoreList>();
  private readonly warnedPatterns = new Set<string>();

  constructor(private readonly deps: CheckDeps) {}

  schedule(doc: TextDocument, delayMs: number): void {
    const old = this.timers.get(doc.uri);
    if (old) clearTimeout(old);
    const ticket = (this.tickets.get(doc.uri) ?? 0) + 1;
    this.tickets.set(doc.uri, ticket);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        this.check(doc.uri, ticket).catch((e) => this.deps.log(`checking ${doc.uri}`, e));
      }, delayMs),
    );
  }

  /** After an edit: wait the document's debounce. */
  changed(doc: TextDocument): void {
    // Whatever was pending or running is for an older version: stop it now, not after the settings arrive.
    const pending = this.timers.get(doc.uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(doc.uri);
    this.tickets.set(doc.uri, (this.tickets.get(doc.uri) ?? 0) + 1);
    void this.deps.workspace
      .documentSettings(doc.uri)
      .then((s) => {
        const now = this.deps.documents.get(doc.uri);
        if (now && now.version === doc.version) this.schedule(now, s.debounceMs);
      })
      .catch((e) => this.deps.log('scheduling a check', e));
  }

  recheckAll(): void {
    for (const doc of this.deps.documents.all()) this.schedule(doc, 0);
  }

  closed(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.tickets.delete(uri);
    this.checkers.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private superseded(uri: string, ticket: number, version: number): boolean {
    const doc = this.deps.documents.get(uri);
    return !doc || doc.version !== version || this.tickets.get(uri) !== ticket;
  }

  private async check(uri: string, ticket: number): Promise<void> {
    const { documents, states, workspace, connection } = this.deps;
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await workspace.documentSettings(uri);
    if (this.superseded(uri, ticket, version)) return;
    if (!settings.languages.includes(doc.languageId)) {
      if (states.get(uri)) {
        states.delete(uri);
        void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      }
      return;
    }
    const text = doc.getText();
    const set = workspace.sourceSetFor(uri, settings);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > settings.maxFileSize) {
      const diagnostics = [tooLargeDiagnostic(bytes, settings.maxFileSize)];
      this.publish({ uri, version, claims: [], diagnostics, counts: verdictCounts([]), sourceSet: set.key });
      return;
    }
    if (!set.loaded) {
      // Read while the folder is listed: shown the moment the listing says which index is coming.
      this.deps.store.prefetch(set.key);
      await set.listed;
      if (this.superseded(uri, ticket, version)) return;
      await this.showStored(doc, set, settings, () => this.superseded(uri, ticket, version));
    }
    await set.ready;
    if (this.superseded(uri, ticket, version)) return;

    let entry = this.checkers.get(uri);
    // A changed index (swapped, or updated in place) makes the checker's cached paragraphs stale.
    if (!entry || entry.set !== set.key || entry.index !== set.index || entry.revision !== set.revision) {
      entry = { set: set.key, index: set.index, revision: set.revision, checker: new (engine().Checker)(set.index), warmRun: 0 };
      this.checkers.set(uri, entry);
      // Results stored by an earlier session for this very index: a reopened report is not checked again.
      const fingerprint = set.fingerprint;
      if (fingerprint) {
        const stored = await this.deps.store.restore(set.key, fingerprint);
        if (set.fingerprint === fingerprint && stored.size) {
          entry.checker.seed(stored);
          if (entry.checker.covers(text, checkOptions(doc))) entry.warming = new (engine().Checker)(set.index);
          this.deps.connection.console.log(`${stored.size} paragraphs checked in an earlier session against the same sources are reused`);
        }
      }
      if (this.superseded(uri, ticket, version)) return;
    }
    const revision = set.revision;
    const fingerprint = set.fingerprint;
    // In slices: hovers and edits are answered meanwhile, and an edit stops a check of the older version.
    const checked = await entry.checker.checkInSlices(text, checkOptions(doc), { cancelled: () => this.superseded(uri, ticket, version) || set.revision !== revision });
    if (!checked || this.superseded(uri, ticket, version)) return;
    if (fingerprint && set.fingerprint === fingerprint && set.revision === revision) this.deps.store.remember(set.key, fingerprint, entry.checker.paragraphResults());
    this.publishChecked(doc, version, checked, settings, set);
    if (entry.warming) this.warmUp(entry, doc, ticket, set, checked, settings);
  }

  /**
   * After a document was answered wholly from stored results, nothing in this process has read the sources
   * they cite, and the writer's first edits would each pay for that (the engine's code compiled, its lazy
   * tables built, the cited source sentences analysed): 100-300 ms a paragraph at 10,000 articles, ~10 ms
   * once warm. So the document is checked once more in the background, in short slices, by a checker of
   * its own; the index keeps what it read. A newer check of the document or a change of its sources stops
   * it, and the next check resumes it where it stopped. Should the fresh answers differ from the stored
   * ones, they are published and replace them.
   */
  private warmUp(entry: CheckerEntry, doc: TextDocument, ticket: number, set: SourceSet, published: CheckedClaim[], settings: Settings): void {
    const checker = entry.warming;
    if (!checker) return;
    const { uri, version } = doc;
    const text = doc.getText();
    const { index, revision, fingerprint } = set;
    const run = ++entry.warmRun;
    const stopped = (): boolean =>
      entry.warmRun !== run || this.checkers.get(uri) !== entry || this.superseded(uri, ticket, version) || set.index !== index || set.revision !== revision;
    const started = performance.now();
    // Started once the stored answers are on their way, after whatever else is already queued.
    setImmediate(() => {
      const { connection, store } = this.deps;
      const stop = (): void => connection.console.log(`${uri}: warm-up stopped (a newer check or a change of sources came first)`);
      if (stopped()) return stop();
      checker
        .checkInSlices(text, checkOptions(doc), { sliceMs: WARM_UP_SLICE_MS, cancelled: stopped })
        .then((fresh) => {
          if (!fresh || stopped()) return stop();
          entry.warming = undefined;
          // Its cache also holds each sentence's answers, which stored results lack: the next edit of a
          // paragraph judges again only the sentence edited.
          entry.checker = checker;
          const ms = Math.round(performance.now() - started);
          if (JSON.stringify(fresh) === JSON.stringify(published)) {
            connection.console.log(`${uri}: warmed up for edits in ${ms} ms (checked again in the background: the same answers as stored)`);
            return;
          }
          if (fingerprint && set.fingerprint === fingerprint) store.remember(set.key, fingerprint, checker.paragraphResults());
          this.publishChecked(doc, version, fresh, settings, set);
          connection.console.log(`${uri}: the stored answers differed from a fresh check (${ms} ms): the fresh ones are published`);
        })
        .catch((e) => this.deps.log(`warming up for ${uri}`, e));
    });
  }

  /**
   * While the sources are still loading: publishes the results an earlier session stored for the index
   * being loaded, when they cover every paragraph of the document (a partial answer would look final).
   */
  private showStored(doc: TextDocument, set: SourceSet, settings: Settings, superseded: () => boolean): Promise<void> {
    const fingerprint = set.loadingFingerprint;
    if (!fingerprint) return Promise.resolve();
    const shown = this.publishStored(doc, set, fingerprint, settings, superseded);
    // The index waits until they are sent: loading it first loads the engine, which blocks for ~100 ms.
    set.holdLoad(shown);
    return shown;
  }

  private async publishStored(doc: TextDocument, set: SourceSet, fingerprint: string, settings: Settings, superseded: () => boolean): Promise<void> {
    const stored = await this.deps.store.restore(set.key, fingerprint);
    if (!stored.size || superseded() || set.loaded || set.loadingFingerprint !== fingerprint) return;
    // Every paragraph answered from what was stored, or nothing shown: no source is read, no engine loaded.
    const claims = answerFromParagraphs(doc.getText(), stored, checkOptions(doc));
    if (!claims) return;
    const sent = this.publishChecked(doc, doc.version, claims, settings, set);
    this.deps.connection.console.log(`${doc.uri}: shown as checked in an earlier session against the same sources, while they load`);
    await sent;
  }

  /** Resolves once the diagnostics are written to the client. */
  private publishChecked(doc: TextDocument, version: number, checked: CheckedClaim[], settings: Settings, set: SourceSet): Promise<void> {
    const spans = disabledSpans(doc.getText(), doc.languageId);
    const ignore = this.ignoreListOf(settings);
    const kept = checked.filter((c) => !inSpans(c.start, spans) && !ignore.matches(c.text));
    const claims: CheckedClaim[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const c of kept) {
      const d = toDiagnostic(c, settings.severity, (source) => set.uriOf(source));
      if (!d) continue;
      claims.push(c);
      diagnostics.push(d);
    }
    return this.publish({ uri: doc.uri, version, claims, diagnostics, counts: verdictCounts(kept), sourceSet: set.key });
  }

  /** Resolves once the diagnostics are written to the client. */
  private publish(state: CheckedDocument): Promise<void> {
    this.deps.states.set(state);
    const sent = this.deps.connection.sendDiagnostics({ uri: state.uri, version: state.version, diagnostics: state.diagnostics });
    const checked: CheckedParams = { uri: state.uri, version: state.version, counts: state.counts };
    void this.deps.connection.sendNotification(CheckedNotification, checked);
    return sent;
  }

  /** The compiled ignore list; each invalid pattern is reported once per session. */
  private ignoreListOf(settings: Settings): IgnoreList {
    const key = JSON.stringify(settings.ignore);
    let list = this.ignoreLists.get(key);
    if (!list) {
      list = compileIgnoreList(settings.ignore);
      this.ignoreLists.set(key, list);
      for (const bad of list.invalid) {
        if (this.warnedPatterns.has(bad.entry)) continue;
        this.warnedPatterns.add(bad.entry);
        this.deps.warn(`claimcheck.ignore: the pattern ${bad.entry} is not a valid regular expression (${bad.reason}); it is skipped.`);
      }
    }
    return list;
  }
}

/** Plain text is read a line at a time; Markdown (and any other language the settings list) joins wrapped lines. */
function checkOptions(doc: TextDocument): CheckOptions {
  return { plainText: doc.languageId === 'plaintext' };
}
