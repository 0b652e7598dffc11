import matcherBuild from 'virtual:baylens/matcher-build';
import { beginEarlyStart } from '@/lib/store/early-start';

/**
 * Runs as the top frame's document starts, before the page is parsed: begins reading what the
 * content script needs (settings, the matcher's tables), so the page's highlighting does not wait
 * for storage once the document is ready. Frames read for themselves: most never need the tables.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  // No message on the page's window announcing the script (WXT's default): the page need not know.
  noScriptStartedPostMessage: true,
  main() {
    // Only documents the content script reads: HTML, in a browser that draws highlights.
    if (!/^(text\/html|application\/xhtml\+xml)$/.test(document.contentType) || !('highlights' in CSS)) return;
    beginEarlyStart(matcherBuild);
  },
});
