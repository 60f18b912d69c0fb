import { strict as assert } from 'node:assert';
import { fork, spawn } from 'node:child_process';
import { IPCMessageReader, IPCMessageWriter, createProtocolConnection, type InitializeResult } from 'vscode-languageserver-protocol/node';
import { SERVER_PATH } from './lspClient';

const INIT = { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null };

describe('protocol: transports', () => {
  it('speaks LSP over --node-ipc, as the VS Code client starts it', async () => {
    const child = fork(SERVER_PATH, ['--node-ipc'], { silent: true });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest<InitializeResult>('initialize', INIT);
      assert.equal(result.serverInfo?.name, 'claimcheck');
      assert.ok(result.capabilities.hoverProvider);
      assert.ok(result.capabilities.codeActionProvider);
      await connection.sendRequest('shutdown');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendNotification('exit');
      await exited;
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('writes nothing but LSP messages to stdout over --stdio', async () => {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    const send = (msg: object) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // Wait for each answer by reading frames as they come.
    const frames = (): { id?: number; method?: string }[] => parseFrames(Buffer.concat(chunks));
    const until = (test: (f: { id?: number; method?: string }[]) => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (test(frames())) {
            child.stdout.off('data', check);
            resolve();
          }
        };
        child.stdout.on('data', check);
        check();
      });
    send({ id: 1, method: 'initialize', params: INIT });
    await until((f) => f.some((m) => m.id === 1));
    send({ method: 'initialized', params: {} });
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///tmp/claimcheck-stdout.md', languageId: 'markdown', version: 1, text: 'Russia and China traded 70 percent more.\n' } } });
    await until((f) => f.some((m) => m.method === 'claimcheck/checked'));
    send({ id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///tmp/claimcheck-stdout.md' }, position: { line: 0, character: 1 } } });
    await until((f) => f.some((m) => m.id === 2));
    send({ id: 3, method: 'shutdown' });
    await until((f) => f.some((m) => m.id === 3));
    send({ method: 'exit' });
    assert.equal(await exited, 0);
    // parseFrames throws on any byte that is not part of a well-formed frame.
    assert.ok(frames().length >= 4);
  });
});

function parseFrames(buf: Buffer): { id?: number; method?: string }[] {
  const out: { id?: number; method?: string }[] = [];
  let at = 0;
  while (at < buf.length) {
    const headerEnd = buf.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) break; // an incomplete frame: more is coming
    const header = buf.subarray(at, headerEnd).toString('ascii');
    const m = /^Content-Length: (\d+)(\r\nContent-Type: [^\r\n]+)?$/.exec(header);
    if (!m) throw new Error(`not an LSP header on stdout: ${JSON.stringify(header.slice(0, 200))}`);
    const start = headerEnd + 4;
    const end = start + Number(m[1]);
    if (end > buf.length) break;
    out.push(JSON.parse(buf.subarray(start, end).toString('utf8')) as { id?: number; method?: string });
    at = end;
  }
  return out;
}
