// Entry point of dist/server.js: `node dist/server.js --stdio` (or --node-ipc, --socket=N, --pipe=NAME).
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(t + '=')))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);
// A bad source or an engine bug must not kill the server: report and carry on.
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

startServer(connection, { bundledSeeds: path.join(__dirname, '..', 'seeds') });
connection.listen();
