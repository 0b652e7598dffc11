/**
 * Gives the page its main thread back and resumes in a later task. Not a timer: browsers hold
 * back timers in background tabs to one a second, which would stretch a scan of a page opened
 * in the background over many seconds. Nor `scheduler.yield()`: its continuations run before
 * the page's own waiting tasks, so a long scan would hold back the page's timers. A message to
 * ourselves takes its turn with the page's tasks and is never held back.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
