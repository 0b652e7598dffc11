import cardCss from '@/components/card.css?inline';
import { send } from '@/lib/extension/send';
import { Matcher } from '@/lib/match/matcher';
import type { Browser } from 'wxt/browser';
import { readSelection } from '@/lib/page/selection';
import { parsePageRequest, type PageHello } from '@/lib/protocol/page';
import { highlightsOn, type Settings } from '@/lib/protocol/settings';
import { readPageSettings, watchPageSettings } from '@/lib/store/settings-page';
import { highlightLook } from '@/lib/settings/look';
import { applyLanguage } from '@/lib/extension/i18n';
import type { LanguageChoice } from '@/lib/i18n/languages';
import { cardSource } from './card-source';
import { PageController } from './page-controller';
import highlightCss from './highlights.css?inline';
import './highlights.css';
import { testMark } from '@/lib/testing/test-build';

/** The card speaks the reader's language; another than the browser's comes from the background. */
function followLanguage(choice: LanguageChoice): Promise<unknown> {
  return applyLanguage(choice, { load: (language) => send({ type: 'settings:catalogue', language }) }).catch(() => undefined);
}

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
    // The reader's own terms: a second, small matcher the background builds whenever they change.
    let own: Matcher | null | undefined;
    const loadOwn = async () => {
      const data = await send({ type: 'own:matcher' }).catch(() => null);
      own = data ? new Matcher(data) : null;
    };
    const loadMatcher = async () => {
      await Promise.all([
        matcher ? null : send({ type: 'card:matcher' }).then((data) => (matcher = new Matcher(data))),
        own === undefined ? loadOwn() : null,
      ]);
    };
    const page = new PageController(document, () => matcher, cardSource(), highlightCss, cardCss, { own: () => own ?? null });
    const host = location.hostname;
    const top = window === window.top;
    /** The address last reported to the reading history: once per page, again after a single-page-app navigation. */
    let reported = '';
    const report = () => {
      if (!top || !page.running || reported === location.href) return;
      reported = location.href;
      const entries = page.metIds();
      if (entries.length) void send({ type: 'history:visit', entries }).catch(() => undefined);
    };

    const apply = async (settings: Settings) => {
      page.hoverDelayMs = settings.hoverDelayMs;
      page.setLook(highlightLook(settings));
      await followLanguage(settings.language);
      // The toolbar button of this tab shows whether it is highlighted.
      if (window === window.top) void send({ type: 'settings:page-state', on: highlightsOn(settings, host) }).catch(() => undefined);
      if (!highlightsOn(settings, host)) {
        page.stop();
        return;
      }
      await loadMatcher();
      void page.start().then(report);
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
      // A look-up goes to the frame that holds the selection (the background names it), so any frame answers.
      if (request.type === 'page:lookup') {
        // Asked in every frame (the shortcut): a frame without a selection leaves it to the top one.
        if (window !== window.top && !getSelection()?.toString().trim()) return undefined;
        page.lookUp(request.text, request.grant);
        return Promise.resolve(true);
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
    // Adding or editing an own term changes the page at once: new tables, the page scanned again.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !('ownTerms' in changes)) return;
      void loadOwn().then(() => page.restart());
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.onChanged.addListener(onStorage);
    const unwatch = watchPageSettings((settings) => void (applied = apply(settings)));
    applied = readPageSettings().then(apply);
    await applied;

    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
      page.stop();
    });
  },
});
