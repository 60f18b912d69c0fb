// Compact building blocks of the index: growable typed arrays and the anchor intern table.

/** A growable Int32Array. */
export class IntVec {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  /** A vector over an existing array (its whole length filled), without copying it. */
  static wrap(data: Int32Array): IntVec {
    const v = new IntVec(0);
    v.data = data;
    v.length = data.length;
    return v;
  }

  push(v: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = v;
  }

  pushAll(src: ArrayLike<number>, from = 0, to = src.length): void {
    const n = to - from;
    if (this.length + n > this.data.length) this.reserve(this.length + n);
    if (src instanceof Int32Array || src instanceof Uint16Array) {
      this.data.set(src.subarray(from, to), this.length);
      this.length += n;
    } else for (let i = from; i < to; i++) this.data[this.length++] = src[i];
  }

  reserve(min: number): void {
    if (min <= this.data.length) return;
    const next = new Int32Array(Math.max(min, Math.floor(this.data.length * 1.5) + 16));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** The filled part, sharing memory with the vector until it grows. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Anchor strings interned to dense ids; ids are never reused or remapped while the table lives. */
export class AnchorTable {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  constructor(strings: readonly string[] = []) {
    for (const s of strings) this.id(s);
  }

  get size(): number {
    return this.strings.length;
  }

  /** The id of an anchor, interned on first sight. */
  id(anchor: string): number {
    let id = this.ids.get(anchor);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(anchor, id);
      this.strings.push(anchor);
    }
    return id;
  }

  find(anchor: string): number | undefined {
    return this.ids.get(anchor);
  }
}

/** A small least-recently-used map: reading an entry makes it the newest; the oldest leave first. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  /** The value kept for `key`, computed and kept first when there is none. */
  getOr(key: K, compute: () => V): V {
    let v = this.get(key);
    if (v === undefined) this.set(key, (v = compute()));
    return v;
  }

  clear(): void {
    this.map.clear();
  }
}
