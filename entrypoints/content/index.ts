import '@/lib/testing/script-start';
import { worthReading } from '@/lib/page/worth-reading';
import './highlights.css';
import 'virtual:baylens/default-look.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  // No message on the page's window announcing the script (WXT's default): the page need not know.
  noScriptStartedPostMessage: true,
  // Only checks before the first `import()`: the modules past it (bundled into this one script)
  // are evaluated on first use, so most frames (ad slots, about:blank, hidden and textless
  // frames) evaluate nothing else.
  async main(ctx) {
    if (document.contentType === 'application/pdf') {
      if (window === window.top) (await import('./pdf-viewer')).greetPdfViewer();
      return;
    }
    if (!('highlights' in CSS) || !worthReading(document)) return;
    const { startPage } = await import('./start-page');
    await startPage(ctx);
  },
});
