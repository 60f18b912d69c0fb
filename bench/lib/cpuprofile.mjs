// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function, optionally only inside a
// time window (µs, process.hrtime clock), with bundle positions mapped back to the TypeScript sources.
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const maps = new Map();
function sourceMapFor(url) {
  if (maps.has(url)) return maps.get(url);
  let map = null;
  try {
    const file = url.startsWith('file:') ? fileURLToPath(url) : url;
    if (file && existsSync(file + '.map')) map = new SourceMap(JSON.parse(readFileSync(file + '.map', 'utf8')));
  } catch {}
  maps.set(url, map);
  return map;
}

function where(cf, root) {
  if (!cf.url) return '';
  const map = sourceMapFor(cf.url);
  if (map && cf.lineNumber >= 0) {
    const e = map.findEntry(cf.lineNumber, Math.max(0, cf.columnNumber));
    if (e && e.originalSource) {
      let src = e.originalSource.replace(/^file:\/\//, '');
      const i = src.indexOf('server/src/');
      src = i >= 0 ? src.slice(i) : path.relative(root, path.resolve(path.dirname(cf.url.replace(/^file:\/\//, '')), src));
      return `${src}:${e.originalLine + 1}`;
    }
  }
  const u = cf.url.replace(/^file:\/\//, '');
  return `${u.startsWith(root) ? path.relative(root, u) : u}:${cf.lineNumber + 1}`;
}

/** Top self-time functions: [{ name, where, ms, pct }], plus the window's total ms. */
export function summarize(file, { window, top = 12, root = process.cwd() } = {}) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let t = prof.startTime;
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    t += prof.timeDeltas[i];
    const dt = prof.timeDeltas[i + 1] ?? 0;
    if (window && (t < window[0] || t > window[1])) continue;
    const node = byId.get(prof.samples[i]);
    if (node.callFrame.functionName === '(idle)') continue;
    self.set(node, (self.get(node) ?? 0) + dt);
    total += dt;
  }
  const agg = new Map();
  for (const [node, us] of self) {
    const cf = node.callFrame;
    const name = cf.functionName || '(anonymous)';
    const w = where(cf, root);
    const key = `${name}\u0000${w}`;
    const a = agg.get(key) ?? { name, where: w, us: 0 };
    a.us += us;
    agg.set(key, a);
  }
  const rows = [...agg.values()].sort((a, b) => b.us - a.us).slice(0, top);
  return { totalMs: total / 1000, rows: rows.map((r) => ({ name: r.name, where: r.where, ms: r.us / 1000, pct: (100 * r.us) / Math.max(1, total) })) };
}
