import matcherBuild from 'virtual:baylens/matcher-build';
import { takePageStart } from '@/lib/store/early-start';
import { hasOwnTerms } from '@/lib/store/own-terms-page';
import { OWN_TERMS_KEY, PAGE_SETTINGS_KEY } from '@/lib/store/page-items';
import { send } from '@/lib/extension/send';
import { answerRequests } from '@/lib/extension/answer-requests';
import { Matcher } from '@/lib/match/matcher';
import { browser, type Browser } from 'wxt/browser';
import { readSelection } from '@/lib/page/selection';
import { parsePageRequest, type PageHello } from '@/lib/protocol/page';
import { DEFAULT_SETTINGS, highlightsOn, type Settings } from '@/lib/protocol/settings';
import { readPageSettings } from '@/lib/store/settings-page';
import { SettingsFollower } from '@/lib/store/settings-follower';
import { highlightLook } from '@/lib/settings/look';
import { applyLanguage } from '@/lib/extension/i18n';
import type { LanguageChoice } from '@/lib/i18n/languages';
import { cardSource } from './card-source';
import { PageController } from './page-controller';
import { LazyCard } from './lazy-card';
import { loadCardScript } from './load-card';
import highlightCss from './highlights.css?inline';

/** The card speaks the reader's language; another than the browser's comes from the background. */
function followLanguage(choice: LanguageChoice): Promise<unknown> {
  return applyLanguage(choice, { load: (language) => send({ type: 'settings:catalogue', language }) }).catch(() => undefined);
}

/**
 * The card's words, put in the reader's language when a card first needs them: as the pointer
 * comes to rest on a highlight, during the hover delay. The first read of the browser's messages
 * costs 10–15 ms, which a page the reader never hovers does not pay. Once applied, a change of
 * language is applied at once.
 */
function cardWords(): { choose: (choice: LanguageChoice) => void; ready: () => Promise<unknown> } {
  let choice: LanguageChoice = DEFAULT_SETTINGS.language;
  let applied: { choice: LanguageChoice; done: Promise<unknown> } | null = null;
  const ready = () => {
    if (applied?.choice !== choice) applied = { choice, done: followLanguage(choice) };
    return applied.done;
  };
  return {
    choose: (next) => {
      choice = next;
      if (applied) void ready();
    },
    ready,
  };
}

/**
 * Highlights a page the content script found worth reading, and keeps it highlighted as the
 * reader's settings, the page and its own terms change.
 * Loaded only then: a frame with nothing to read never evaluates it or anything it imports.
 */
export async function startPage(): Promise<void> {
  // The matcher's tables, compiled at build time, are read from extension storage (the
  // background writes them once per build) with the settings, in one read the top frame began
  // as its document started: no waiting for the background, and nothing to parse in the
  // script, which every frame would pay for. Tables of another build (just after an update)
  // are not taken: the background sends its own.
  const start = takePageStart(browser.storage, matcherBuild);
  const storedSettings = start.then((s) => s.settings);
  const storedTables = start.then((s) => s.tables).catch(() => null);
  let matcher: Matcher | null = null;
  // The reader's own terms: a second, small matcher the background builds whenever they change;
  // asked for only when there are any.
  let own: Matcher | null | undefined;
  const ownAtStart = start.then((s) => s.ownTerms).catch(() => false);
  const loadOwn = async (any: Promise<boolean>) => {
    const data = (await any) ? await send({ type: 'own:matcher' }).catch(() => null) : null;
    own = data ? new Matcher(data) : null;
  };
  /** The stored tables, or (missing, of another build, or damaged) the background's. */
  const prepareMatcher = async (): Promise<Matcher> => {
    const data = await storedTables;
    if (data) {
      try {
        return new Matcher(data);
      } catch (error) {
        console.warn('Baylens: the stored matcher tables are damaged; using the extension’s own', error);
      }
    }
    return new Matcher(await send({ type: 'card:matcher' }));
  };
  const loadMatcher = async () => {
    await Promise.all([matcher ? null : prepareMatcher().then((m) => (matcher = m)), own === undefined ? loadOwn(ownAtStart) : null]);
  };
  const page = new PageController(
    document,
    () => matcher,
    cardSource(),
    highlightCss,
    (doc, source, actions) => new LazyCard(doc, source, actions, loadCardScript),
    {
      own: () => own ?? null,
      builtInLookCss: highlightLook(DEFAULT_SETTINGS).css,
    },
  );
  const words = cardWords();
  page.words = words.ready;
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
    words.choose(settings.language);
    const on = highlightsOn(settings, host);
    if (on) {
      await loadMatcher();
      void page.start().then(report);
    } else {
      page.stop();
    }
    // The toolbar button of this tab shows whether it is highlighted.
    if (top) void send({ type: 'settings:page-state', on }).catch(() => undefined);
  };
  /** The page follows the stored settings, one read at a time, in order (see SettingsFollower). */
  const stored = new SettingsFollower(readPageSettings, apply);

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
      if (!top && !getSelection()?.toString().trim()) return undefined;
      page.lookUp(request.text, request.grant);
      return Promise.resolve(true);
    }
    // Everything else only the top frame answers.
    if (!top) return undefined;
    switch (request.type) {
      case 'page:hello':
        return Promise.resolve<PageHello>({ host, url: location.href, title: document.title });
      case 'page:step':
        return Promise.resolve(page.step(request.direction));
      case 'page:digest':
        // With the settings as stored now (the popup may have just changed them, and the change
        // may not have reached this page yet), after the scan in progress: never half a page.
        return stored
          .follow()
          .then(() => page.idle())
          .then(() => page.digest());
      case 'page:reveal':
        return Promise.resolve(page.reveal(request.id, request.target));
    }
  };
  // One listener for the stored items the page follows (every change to storage reaches every
  // frame of every tab). Adding or editing an own term changes the page at once: new tables, the
  // page scanned again. The settings: the start-up read began first, so any change since is read
  // again (news of changes can arrive late) and applied after it.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (OWN_TERMS_KEY in changes) void loadOwn(hasOwnTerms().catch(() => false)).then(() => page.restart());
    if (PAGE_SETTINGS_KEY in changes) void stored.follow();
  };
  answerRequests(browser.runtime, onMessage);
  browser.storage.onChanged.addListener(onStorage);
  // No yield before the first scan slice: the read the top frame began as its document started
  // is nearly always in by now, so the start runs on in this task (2–5 ms to the first slice)
  // instead of waiting behind the page's own tasks; when it is not, the page's tasks run while
  // it arrives. Every slice after the first gives the page its main thread back.
  await stored.follow(storedSettings);
}
