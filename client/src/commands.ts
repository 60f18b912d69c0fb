// The extension's commands. `claimcheck.ignoreClaim` is the only write to settings, and runs only
// when the writer picks that quick fix.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ArticlesRequest, ReindexRequest, StatusRequest, type ArticleInfo, type StatusResult } from '../../server/src/lsp/protocol';
import type { ClaimStatus } from './status';

type Client = () => LanguageClient | undefined;

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const VERDICT_ICONS: Record<string, string> = { contradicted: '$(warning)', unverified: '$(question)', supported: '$(check)' };
const VERDICT_ORDER: Record<string, number> = { contradicted: 0, unverified: 1, supported: 2 };

export function registerCommands(_context: vscode.ExtensionContext, client: Client, status: ClaimStatus): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('claimcheck.reindex', () => reindex(client, status)),
    vscode.commands.registerCommand('claimcheck.showClaims', () => showClaims()),
    vscode.commands.registerCommand('claimcheck.openSources', () => openSources(client)),
    vscode.commands.registerCommand('claimcheck.openEvidence', (uri: unknown, range: unknown) => openEvidence(uri, range)),
    vscode.commands.registerCommand('claimcheck.ignoreClaim', (text: unknown) => ignoreClaim(text)),
  ];
}

async function reindex(client: Client, status: ClaimStatus): Promise<void> {
  const c = client();
  if (!c) return;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'claimcheck: re-indexing sources' },
    () => c.sendRequest<StatusResult>(ReindexRequest),
  );
  status.refresh();
  const skipped = result.skipped.length ? ` (${result.skipped.length} skipped: ${result.skipped.slice(0, 3).map((s) => `${s.path}: ${s.reason}`).join('; ')})` : '';
  void vscode.window.showInformationMessage(`claimcheck: ${result.articles} source articles indexed${skipped}.`);
}

async function showClaims(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'claimcheck' && typeof d.code === 'string' && d.code in VERDICT_ORDER);
  if (!diagnostics.length) {
    void vscode.window.showInformationMessage('claimcheck: no claims flagged in this file.');
    return;
  }
  diagnostics.sort((a, b) => VERDICT_ORDER[String(a.code)] - VERDICT_ORDER[String(b.code)] || a.range.start.compareTo(b.range.start));
  const items = diagnostics.map((d) => ({
    label: `${VERDICT_ICONS[String(d.code)] ?? ''} ${editor.document.getText(d.range)}`,
    description: `${String(d.code)} · line ${d.range.start.line + 1}`,
    detail: d.message,
    range: d.range,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'claimcheck: claims in this file', matchOnDescription: true, matchOnDetail: true });
  if (!picked) return;
  editor.selection = new vscode.Selection(picked.range.start, picked.range.end);
  editor.revealRange(picked.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function openSources(client: Client): Promise<void> {
  const c = client();
  if (!c) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const [status, articles] = await Promise.all([
    c.sendRequest<StatusResult>(StatusRequest, uri ? { uri } : {}),
    c.sendRequest<ArticleInfo[]>(ArticlesRequest, uri ? { uri } : {}),
  ]);
  type Item = vscode.QuickPickItem & { open: () => Thenable<unknown> };
  const folders: Item[] = status.sources.map((folder) => ({
    label: `$(folder) ${folder}`,
    description: 'reveal the folder',
    open: () => vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(folder)),
  }));
  const files: Item[] = articles.map((a) => ({
    label: a.path,
    description: [a.lang, a.date].filter(Boolean).join(' · '),
    detail: a.title,
    open: () => vscode.window.showTextDocument(vscode.Uri.parse(a.uri), { preview: true }),
  }));
  const picked = await vscode.window.showQuickPick([...folders, ...files], { title: `claimcheck: ${articles.length} source articles`, matchOnDetail: true });
  await picked?.open();
}

async function openEvidence(uri: unknown, range: unknown): Promise<void> {
  if (typeof uri !== 'string') return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const r = range as LspRange | undefined;
  const selection = r?.start && r.end ? new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) : undefined;
  await vscode.window.showTextDocument(doc, { selection, preview: true, viewColumn: vscode.ViewColumn.Beside });
}

async function ignoreClaim(text: unknown): Promise<void> {
  if (typeof text !== 'string' || !text) return;
  const config = vscode.workspace.getConfiguration('claimcheck');
  const hasWorkspace = !!vscode.workspace.workspaceFolders?.length;
  const target = hasWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('ignore');
  const current = (hasWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(text)) return;
  await config.update('ignore', [...current, text], target);
  void vscode.window.showInformationMessage(`claimcheck: “${text}” is now ignored (claimcheck.ignore in ${hasWorkspace ? 'workspace' : 'user'} settings).`);
}
