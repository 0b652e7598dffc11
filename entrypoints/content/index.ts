import cardCss from '@/components/card.css?inline';
import { send } from '@/lib/extension/send';
import { Matcher } from '@/lib/match/matcher';
import type { Browser } from 'wxt/browser';
import { readSelection } from '@/lib/page/selection';
import { parsePageRequest, type PageHello } from '@/lib/protocol/page';
import { highlightsOn, type Settings } from '@/lib/protocol/settings';
import { readPageSettings, watchPageSettings } from '@/lib/store/settings-page';
import { cardSource } from './card-source';
import { PageController } from './page-controller';
import highlightCss from './highlights.css?inline';
import './highlights.css';
import { testMark } from '@/lib/testing/test-build';

/**
 * Whether Baylens has anything to do here: an HTML document with a body, and (in a frame) some
 * text and some size. Ad slots, about:blank and hidden frames, SVG and XML documents stop at
 * this check.
 */
function worthReading(doc: Document): boolean {
  if (!doc.body || !(doc.documentElement instanceof HTMLElement)) return false;
  if (window === window.top) return true;
  if (window.innerWidth === 0 || window.innerHeight === 0) return false;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\S/.test((node as Text).data)) return true;
  }
  return false;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    testMark('baylens:start');
    // The browser's own PDF viewer has no text to mark: the popup offers the Baylens reader, and
    // the background opens it at once if the reader chose so.
    if (document.contentType === 'application/pdf') {
      if (window !== window.top) return;
      const hello: PageHello = { host: location.hostname, url: location.href, title: document.title, pdf: true };
      browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) =>
        sender.id === browser.runtime.id && parsePageRequest(raw)?.type === 'page:hello' ? Promise.resolve(hello) : undefined,
      );
      void send({ type: 'reader:pdf-shown' }).catch(() => undefined);
      return;
    }
    if (!('highlights' in CSS) || !worthReading(document)) return;
    // The matcher's tables, compiled at build time, come from the background the first time
    // highlighting starts here: the content script stays small and quick to load (reading them
    // as a file or parsing them in the script costs the page a long task), and a frame where
    // highlighting is off never receives them.
    let matcher: Matcher | null = null;
    const loadMatcher = async () => (matcher ??= new Matcher(await send({ type: 'card:matcher' })));
    const page = new PageController(document, () => matcher, cardSource(), highlightCss, cardCss);
    const host = location.hostname;

    const apply = async (settings: Settings) => {
      page.hoverDelayMs = settings.hoverDelayMs;
      if (!highlightsOn(settings, host)) {
        page.stop();
        return;
      }
      await loadMatcher();
      void page.start();
    };
    /** The latest settings applied: a digest waits for it, so it never reads a page mid-start. */
    let applied: Promise<void> = Promise.resolve();

    // Listening first: the popup can greet the page while its tables are on their way.
    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      const request = sender.id === browser.runtime.id ? parsePageRequest(raw) : null;
      if (!request) return undefined;
      // The frame with a selection answers; nothing else, so one request gets one reply.
      if (request.type === 'page:selection') {
        const capture = readSelection(400);
        return capture || request.always ? Promise.resolve(capture) : undefined;
      }
      // Everything else only the top frame answers.
      if (window !== window.top) return undefined;
      switch (request.type) {
        case 'page:hello':
          return Promise.resolve<PageHello>({ host, url: location.href, title: document.title });
        case 'page:step':
          return Promise.resolve(page.step(request.direction));
        case 'page:digest':
          // After the scan in progress, so the popup never shows half a page.
          return applied.then(() => page.idle()).then(() => page.digest());
        case 'page:reveal':
          return Promise.resolve(page.reveal(request.id, request.target));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchPageSettings((settings) => void (applied = apply(settings)));
    applied = readPageSettings().then(apply);
    await applied;

    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      page.stop();
    });
  },
});
