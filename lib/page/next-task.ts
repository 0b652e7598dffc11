/**
 * Gives the page its main thread back and resumes in a later task. Not a timer: browsers hold
 * back timers in background tabs to one a second, which would stretch a scan of a page opened
 * in the background over many seconds. `scheduler.yield()` where the browser has it, else a
 * message to ourselves, which is never held back.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
