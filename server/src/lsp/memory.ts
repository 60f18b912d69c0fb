// A full garbage collection on demand, for the one moment the server knows most of its heap just died:
// right after an index build, the per-article arrays the build assembled from (tens of MB of typed arrays
// at 10,000 articles) are garbage, and V8 would otherwise keep them until some later collection, while the
// first check of every open report allocates on top of them: the process's peak memory.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined | null = null;

/** Runs a full collection when V8 lets this process ask for one (else nothing). */
export function collectGarbage(): void {
  if (collect === null) {
    try {
      // A context made after the flag is set has `gc`; the server's own context is left as it was.
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : undefined;
    } catch {
      collect = undefined;
    }
  }
  collect?.();
}
