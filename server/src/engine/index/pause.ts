/** Longest stretch of work between two yields to the event loop while loading an index. */
export const SLICE_MS = 12;

/**
 * A pause for long loops on the server's thread: `await pause()` between chunks of work yields to the event
 * loop once `sliceMs` have passed since the last yield, and costs nothing otherwise.
 */
export function pauser(sliceMs: number): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < sliceMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = performance.now();
        resolve();
      }),
    );
  };
}
