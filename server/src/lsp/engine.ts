// The checking engine, loaded on first use. In the bundle it is a file of its own (dist/engine.js, about
// three quarters of the code): a restart that answers from stored results lists the sources folder and
// publishes before V8 has compiled the engine (~130 ms). Only types and the light modules the server needs
// earlier (the listing, paragraph keys, escapes) are imported statically from the engine folder.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type * as Engine from '../engine';

/** The hash of dist/engine.js, written into dist/server.js by the build (esbuild.config.mjs). */
declare const ENGINE_BUILD: string | undefined;

let loaded: typeof Engine | undefined;
let onLoad: ((ms: number) => void) | undefined;

export function engine(): typeof Engine {
  if (!loaded) {
    const t0 = performance.now();
    // esbuild.config.mjs makes this require of dist/engine.js; compiled unbundled, it is the engine folder.
    loaded = require('../engine') as typeof Engine;
    onLoad?.(performance.now() - t0);
  }
  return loaded;
}

export function engineLoaded(): boolean {
  return loaded !== undefined;
}

/** Tells `hook` how long loading took, when the engine is loaded. */
export function whenEngineLoads(hook: (ms: number) => void): void {
  onLoad = hook;
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
