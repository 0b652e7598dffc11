import matcherBuild from 'virtual:baylens/matcher-build';
import { browser } from 'wxt/browser';
import { beginEarlyStart } from '@/lib/store/early-start';

/**
 * Runs as the top frame's document starts, before the page is parsed: begins reading what the
 * content script needs (settings, the matcher's tables), so the page's highlighting does not wait
 * for storage once the document is ready. Frames read for themselves: most never need the tables.
 *
 * It runs inside the page's parsing, in every page, so it carries nothing else: not a content
 * script of WXT's (with its context and the extension API wrapper, 15.6 kB), but a plain script
 * of 2.7 kB that the manifest lists (wxt.config.ts), using the browser's own storage API, which
 * answers with promises in Chromium's Manifest V3 and in Firefox.
 */
export default defineUnlistedScript(() => {
  // Only documents the content script reads: HTML, in a browser that draws highlights.
  if (!/^(text\/html|application\/xhtml\+xml)$/.test(document.contentType) || !('highlights' in CSS)) return;
  beginEarlyStart(browser.storage, matcherBuild);
});
