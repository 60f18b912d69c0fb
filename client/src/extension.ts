// The VS Code extension: starts dist/server.js over IPC and adds the status item and commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CheckedNotification, type CheckedParams, type InitializationOptions } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { ClaimStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = new ClaimStatus(() => client);
  context.subscriptions.push(status, ...registerCommands(context, () => client, status));
  await startClient(context, status).catch((e: unknown) => {
    void vscode.window.showErrorMessage(`claimcheck: the language server did not start (${e instanceof Error ? e.message : String(e)}). See Output › claimcheck.`);
  });
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when a client starts: a new language list needs a new client.
      if (e.affectsConfiguration('claimcheck.languages')) {
        await stopClient();
        await startClient(context, status).catch((err: unknown) => {
          void vscode.window.showErrorMessage(`claimcheck: the language server did not restart (${err instanceof Error ? err.message : String(err)}).`);
        });
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

function languages(): string[] {
  const configured = vscode.workspace.getConfiguration('claimcheck').get<unknown>('languages');
  const list = Array.isArray(configured) ? configured.filter((x): x is string => typeof x === 'string') : [];
  return list.length ? list : ['markdown', 'plaintext'];
}

async function startClient(context: vscode.ExtensionContext, status: ClaimStatus): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const selector = languages().flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  let fallback: ErrorHandler | undefined;
  const errorHandler: ErrorHandler = {
    error: (error, message, count) => fallback!.error(error, message, count),
    closed: async (): Promise<CloseHandlerResult> => {
      const result = await fallback!.closed();
      if (result.action === CloseAction.DoNotRestart) {
        return {
          action: CloseAction.DoNotRestart,
          message:
            'The claimcheck server stopped 5 times in 3 minutes and will not be restarted. Claims are no longer checked; see Output › claimcheck for the cause, then run "Developer: Reload Window" to try again.',
        };
      }
      return result;
    },
  };
  const initializationOptions: InitializationOptions = { clientCommands: true, cacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'index').fsPath };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: { configurationSection: 'claimcheck' },
    initializationOptions,
    // Hovers quote source articles: never trusted, never HTML.
    markdown: { isTrusted: false, supportHtml: false },
    errorHandler,
    outputChannelName: 'claimcheck',
  };
  const c = new LanguageClient('claimcheck', 'claimcheck', serverOptions, clientOptions);
  fallback = c.createDefaultErrorHandler(4);
  client = c;
  status.setSelector(selector);
  c.onNotification(CheckedNotification, (params: CheckedParams) => status.checked(params));
  await c.start();
  status.refresh();
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}
