import { describe, expect, it } from 'vitest';
import { SettingsFollower } from '../../lib/store/settings-follower';

interface Site {
  on: boolean;
}

/** A read of storage that answers when the test says. */
function deferred(): { promise: Promise<Site>; answer: (site: Site) => void; fail: (error: Error) => void } {
  let answer!: (site: Site) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<Site>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

describe('a page following the stored settings', () => {
  it('applies reads in the order they began, whatever order they are answered in', async () => {
    const applied: Site[] = [];
    const follower = new SettingsFollower<Site>(
      () => Promise.reject(new Error('not read in this test')),
      (site) => void applied.push(site),
    );
    const older = deferred();
    const newer = deferred();
    const first = follower.follow(older.promise);
    const second = follower.follow(newer.promise);
    newer.answer({ on: true });
    older.answer({ on: false });
    await Promise.all([first, second]);
    expect(applied).toEqual([{ on: false }, { on: true }]);
  });

  it('reads storage again for each change it is told of, so late news cannot undo a newer state', async () => {
    // Storage: the site was turned off, then on again; the page hears of the "off" only now.
    const storage: Site = { on: true };
    let reads = 0;
    const applied: Site[] = [];
    const follower = new SettingsFollower<Site>(
      async () => (reads++, { ...storage }),
      (site) => void applied.push(site),
    );
    await follower.follow(Promise.resolve({ on: true }));
    await follower.follow();
    expect(reads).toBe(1);
    expect(applied).toEqual([{ on: true }]);
  });

  it('resolves only when the settings are applied, and after every earlier read', async () => {
    const events: string[] = [];
    let finishStart = () => {};
    const follower = new SettingsFollower<Site>(
      async () => ({ on: false }),
      (site) => {
        events.push(site.on ? 'start begins' : 'stop');
        if (site.on) return new Promise<void>((resolve) => (finishStart = () => (events.push('start ends'), resolve())));
      },
    );
    const starting = follower.follow(Promise.resolve({ on: true }));
    const asked = follower.follow().then(() => events.push('answered'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(['start begins']);
    finishStart();
    await Promise.all([starting, asked]);
    expect(events).toEqual(['start begins', 'start ends', 'stop', 'answered']);
  });

  it('goes on after a read that failed or settings it could not apply', async () => {
    const applied: Site[] = [];
    const follower = new SettingsFollower<Site>(
      async () => ({ on: true }),
      (site) => {
        if (!site.on) throw new Error('could not stop');
        applied.push(site);
      },
    );
    const broken = deferred();
    const failing = follower.follow(broken.promise);
    broken.fail(new Error('storage is gone'));
    await failing;
    await follower.follow(Promise.resolve({ on: false }));
    await follower.follow();
    expect(applied).toEqual([{ on: true }]);
  });
});
