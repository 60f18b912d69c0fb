// The language status item: verdict counts of the active file and the size of the index.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest, type CheckedParams, type StatusResult, type VerdictCounts } from '../../server/src/lsp/protocol';

export class ClaimStatus implements vscode.Disposable {
  private item: vscode.LanguageStatusItem | undefined;
  private readonly counts = new Map<string, VerdictCounts>();
  private index: StatusResult | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.counts.delete(d.uri.toString())),
    );
  }

  setSelector(selector: vscode.DocumentSelector): void {
    this.item?.dispose();
    this.item = vscode.languages.createLanguageStatusItem('claimcheck.status', selector);
    this.item.name = 'claimcheck';
    this.item.command = { title: 'Show claims', command: 'claimcheck.showClaims', tooltip: 'Show all claims of this file' };
    this.render();
  }

  checked(params: CheckedParams): void {
    this.counts.set(params.uri, params.counts);
    this.refresh();
  }

  /** Asks the server for the index size, then redraws. */
  refresh(): void {
    const c = this.client();
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    if (!c) return;
    c.sendRequest<StatusResult>(StatusRequest, uri ? { uri } : {}).then(
      (s) => {
        this.index = s;
        this.render();
      },
      () => undefined,
    );
  }

  private render(): void {
    const item = this.item;
    if (!item) return;
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const counts = uri ? this.counts.get(uri) : undefined;
    const index = this.index;
    item.busy = !!index?.indexing;
    item.text = counts ? `$(check) ${counts.supported} supported · $(warning) ${counts.contradicted} contradicted · $(question) ${counts.unverified} unverified` : 'claimcheck';
    item.detail = index ? `${index.articles} source article${index.articles === 1 ? '' : 's'}${index.skipped.length ? `, ${index.skipped.length} skipped` : ''}${index.indexing ? ' (indexing…)' : ''}` : 'starting…';
    item.severity = counts?.contradicted ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
