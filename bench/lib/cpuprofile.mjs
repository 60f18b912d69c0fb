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

/**
 * Top self-time functions over one profile or several (the threads of one process: `node --cpu-prof`
 * writes one per thread), idle time left out: { totalMs, threads, rows: [{ name, where, ms, pct }] }.
 * With `stages` ([{ name, match: ['fn' | 'fn@path-part', …] }, …]) also `stages`: each sample counted once,
 * for the innermost frame of its stack that a stage matches (else "other"), as [{ name, ms, pct }].
 */
export function summarize(files, { window, top = 12, root = process.cwd(), stages } = {}) {
  const self = new Map(); // "name\0where" -> { name, where, us }
  const staged = new Map();
  let total = 0;
  const list = Array.isArray(files) ? files : [files];
  for (const file of list) {
    const prof = JSON.parse(readFileSync(file, 'utf8'));
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n);
    const keyOf = new Map(); // node -> { key, name, where }
    const info = (node) => {
      let k = keyOf.get(node);
      if (!k) {
        const name = node.callFrame.functionName || '(anonymous)';
        const w = where(node.callFrame, root);
        keyOf.set(node, (k = { key: `${name}\u0000${w}`, name, where: w }));
      }
      return k;
    };
    const stageOf = new Map(); // leaf node -> stage name
    const stageFor = (leaf) => {
      if (stageOf.has(leaf)) return stageOf.get(leaf);
      let found = 'other';
      for (let n = leaf; n && found === 'other'; n = parent.get(n.id)) {
        const { name, where: w } = info(n);
        const st = stages.find((st) => st.match.some((m) => { const [fn, part] = m.split('@'); return fn === name && (!part || w.includes(part)); }));
        if (st) found = st.name;
      }
      stageOf.set(leaf, found);
      return found;
    };
    let t = prof.startTime;
    for (let i = 0; i < prof.samples.length; i++) {
      t += prof.timeDeltas[i];
      const dt = prof.timeDeltas[i + 1] ?? 0;
      if (window && (t < window[0] || t > window[1])) continue;
      const node = byId.get(prof.samples[i]);
      if (node.callFrame.functionName === '(idle)') continue;
      const { key, name, where: w } = info(node);
      const a = self.get(key) ?? { name, where: w, us: 0 };
      a.us += dt;
      self.set(key, a);
      if (stages) {
        const st = stageFor(node);
        staged.set(st, (staged.get(st) ?? 0) + dt);
      }
      total += dt;
    }
  }
  const pct = (us) => (100 * us) / Math.max(1, total);
  const rows = [...self.values()].sort((a, b) => b.us - a.us).slice(0, top);
  const out = { totalMs: total / 1000, threads: list.length, rows: rows.map((r) => ({ name: r.name, where: r.where, ms: r.us / 1000, pct: pct(r.us) })) };
  if (stages) {
    const order = [...stages.map((st) => st.name), 'other'];
    out.stages = order.filter((n) => staged.has(n)).map((name) => ({ name, ms: staged.get(name) / 1000, pct: pct(staged.get(name)) }));
  }
  return out;
}
