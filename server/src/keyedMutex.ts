/**
 * One task at a time per key, in arrival order. Resumable uploads of one document append to one
 * file at an offset read from the database: two chunks interleaving would both believe they were at
 * that offset. Within one process this lock orders them; across processes the compare-and-set on the
 * offset and the final digest check keep a wrong document from ever being accepted.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await result;
    } finally {
      // Forget the key once nobody queued behind us, so the map does not grow with every document.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
