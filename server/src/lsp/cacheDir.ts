// Where the language server keeps its persisted source indexes.
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The folder for persisted indexes: the client's choice (`initializationOptions.cacheDir`; VS Code passes
 * the extension's global storage), else `CLAIMCHECK_CACHE_DIR`, else the user's cache folder. An empty
 * string from the client or the environment turns persistence off (undefined).
 */
export function indexCacheDir(fromClient: unknown, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string | undefined {
  if (typeof fromClient === 'string') return fromClient.trim() ? path.resolve(fromClient) : undefined;
  const fromEnv = env.CLAIMCHECK_CACHE_DIR;
  if (fromEnv !== undefined) return fromEnv.trim() ? path.resolve(fromEnv) : undefined;
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'claimcheck');
  return home ? path.join(home, '.cache', 'claimcheck') : undefined;
}
