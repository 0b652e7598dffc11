import { rewriteModule } from './rewrite-module';

/** Where WXT's content-script context announces a start and listens for the next one. */
const ANNOUNCE = /this\.stopOldScripts\(\);\s*this\.listenForNewerScripts\(\);/;

/**
 * WXT's content-script context sends an event named after the extension's id on the page's
 * document each time a content script starts, and stops the script when it hears that event
 * from another start (for scripts injected again during development). A page could listen for
 * it and know Baylens is installed, or send it and switch Baylens off on itself. Baylens'
 * content scripts are injected once per document and stop when the extension goes away, so the
 * build leaves both out. A WXT whose context no longer reads as expected fails the build.
 */
export function removeStartAnnouncement(code: string, file: string): string {
  if (!ANNOUNCE.test(code)) throw new Error(`${file}: WXT's content-script context changed; check what it sends the page at start.`);
  return code.replace(ANNOUNCE, '');
}

/** The Vite plugin that applies removeStartAnnouncement to WXT's content-script context. */
export const quietContentScripts = () =>
  rewriteModule('baylens-quiet-content-scripts', /wxt\/dist\/utils\/content-script-context\.mjs$/, removeStartAnnouncement);
