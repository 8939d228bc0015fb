/**
 * Memoises plan-derived data that changes only when a plan is imported: an entry is reused while
 * its version (the plan's import time) is unchanged, so a CLI import in another process is seen
 * on the next request.
 */
export class VersionedCache {
  private entries = new Map<string, { version: string; value: Promise<unknown> }>();

  constructor(private readonly maxEntries = 5000) {}

  get<T>(key: string, version: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value as Promise<T>;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }
}
