// The checking engine, loaded on first use. In the bundle it is a file of its own (dist/engine.js, about
// three quarters of the code): a restart that answers from stored results lists the sources folder and
// publishes before V8 has compiled the engine (~100 ms). Only types and the light modules the server needs
// earlier (the listing, paragraph keys, escapes) are imported statically from the engine folder.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type * as Engine from '../engine';

/** The hash of dist/engine.js, written into dist/server.js by the build (esbuild.config.mjs). */
declare const ENGINE_BUILD: string | undefined;

export interface EngineHooks {
  /** The engine was loaded, in `ms`. */
  loaded(ms: number): void;
  /** It could not be (a file missing or damaged): said once; every use of the engine then throws `error`. */
  failed(error: Error): void;
}

let loaded: typeof Engine | undefined;
let failure: Error | undefined;
let hooks: EngineHooks | undefined;

export function engine(): typeof Engine {
  if (loaded) return loaded;
  if (failure) throw failure;
  const t0 = performance.now();
  try {
    // esbuild.config.mjs makes this require of dist/engine.js; compiled unbundled, it is the engine folder.
    loaded = require('../engine') as typeof Engine;
  } catch (e) {
    failure = new Error(`the checking engine could not be loaded (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    hooks?.failed(failure);
    throw failure;
  }
  hooks?.loaded(performance.now() - t0);
  return loaded;
}

export function whenEngineLoads(h: EngineHooks): void {
  hooks = h;
}

let buildKeyMemo: string | null | undefined;

/**
 * This build of the server and its engine, without loading the engine: stored check results are kept for
 * it alone. The bundle knows its engine's hash; unbundled (tests), the engine's own key is asked for.
 */
export function buildKey(): string | null {
  if (buildKeyMemo === undefined) {
    const engineHash = typeof ENGINE_BUILD === 'string' ? ENGINE_BUILD : engine().engineKey();
    try {
      buildKeyMemo = engineHash === null ? null : createHash('sha1').update(engineHash).update(readFileSync(__filename)).digest('hex');
    } catch {
      buildKeyMemo = null;
    }
  }
  return buildKeyMemo;
}
