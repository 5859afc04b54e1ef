/** An in-memory stand-in for localStorage (the `StorageLike` part), with its map exposed for assertions. */
export function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

/** Storage as a browser with storage disabled or full behaves: every call throws. */
export const brokenStorage = {
  get length(): number {
    throw new Error('SecurityError');
  },
  key(): string | null {
    throw new Error('SecurityError');
  },
  getItem(): string | null {
    throw new Error('SecurityError');
  },
  setItem(): void {
    throw new Error('QuotaExceededError');
  },
  removeItem(): void {
    throw new Error('SecurityError');
  },
};
