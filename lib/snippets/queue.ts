/**
 * Runs tasks one at a time, in the order they arrive. Every write to the library goes through
 * one queue in the background, so two tabs saving at once cannot read the same shelf and each
 * write back a copy missing the other's snippet.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // A failed task must not stop the ones queued behind it.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
