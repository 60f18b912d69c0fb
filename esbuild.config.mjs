// Bundles the CLI, the language server and the VS Code client into dist/.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

// The language server loads the engine on first use (server/src/lsp/engine.ts): its one require of the
// engine folder becomes a require of dist/engine.js, and the server bundle carries that file's hash.
const lazyEngine = {
  name: 'lazy-engine',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/engine$/ }, (args) =>
      args.importer === path.resolve('server/src/lsp/engine.ts') ? { path: './engine.js', external: true } : undefined,
    );
  },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Worker threads of the index build (loaded by dist/cli.js; see engine/index/worker.ts).
  { entryPoints: ['server/src/engine/index/worker.ts'], outfile: 'dist/indexWorker.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
].filter((e) => existsSync(e.entryPoints[0]));

const server = (async () => {
  // The engine as a library: also the script of the server's index worker threads.
  await build({ ...common, entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.js' });
  const engineHash = createHash('sha1').update(readFileSync('dist/engine.js')).digest('hex');
  await build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [lazyEngine], define: { ENGINE_BUILD: JSON.stringify(engineHash) } });
})();

await Promise.all([server, ...entries.map((e) => build({ ...common, ...e }))]);
