/**
 * Keeps a page on the settings as stored. Each time the page learns of a change (or must answer
 * for the settings as they are now), it reads them again; the reads are applied in the order
 * they were begun, and storage answers reads in order, so the last one applied is what storage
 * holds. A change's own news is not applied: on a busy page, news of an older change can arrive
 * after a newer read has been answered, and would undo it.
 */
export class SettingsFollower<S> {
  private applied: Promise<void> = Promise.resolve();
  private current = '';
  private readonly read: () => Promise<S>;
  private readonly apply: (settings: S) => Promise<void> | void;

  constructor(read: () => Promise<S>, apply: (settings: S) => Promise<void> | void) {
    this.read = read;
    this.apply = apply;
  }

  /**
   * Applies the settings read now (or by `read`, begun earlier), after every read begun before;
   * resolves once they are applied. Settings equal to those applied last are not applied again.
   */
  follow(read: Promise<S> = this.read()): Promise<void> {
    this.applied = this.applied
      .then(() => read)
      .then((settings) => {
        const key = JSON.stringify(settings);
        if (key === this.current) return;
        this.current = key;
        return this.apply(settings);
      })
      .catch(() => undefined);
    return this.applied;
  }
}
