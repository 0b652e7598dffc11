import '@/lib/testing/script-start';
import { worthReading } from '@/lib/page/worth-reading';
import './content/highlights.css';
import 'virtual:baylens/default-look.css';

/**
 * The content script: a plain script the manifest lists in every frame once its document is
 * parsed (wxt.config.ts), with its stylesheet, not one of WXT's content scripts. It carries
 * neither WXT's content-script context nor the extension API wrapper, and touches no extension
 * API before its first check: most frames (ad slots, about:blank, hidden and textless frames)
 * are looked at and left, and any work before that check is paid in every one of them.
 *
 * Only checks come before the first `import()`: the modules past it (bundled into this one
 * script) are evaluated on first use, so a frame with nothing to read evaluates nothing else.
 */
export default defineUnlistedScript(async () => {
  if (document.contentType === 'application/pdf') {
    if (window === window.top) (await import('./content/pdf-viewer')).greetPdfViewer();
    return;
  }
  if (!('highlights' in CSS) || !worthReading(document)) return;
  const { startPage } = await import('./content/start-page');
  await startPage();
});
