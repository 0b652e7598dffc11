import { useEffect, useRef, useState } from 'preact/hooks';
import type { RevealPosition, RevealTarget } from '@/components/PageDigest';
import { askTab } from '@/lib/extension/active-tab';
import { greetActiveTab } from '@/lib/extension/greet-tab';
import { looksLikePdf } from '@/lib/pdf/address';
import type { PageDigest, PageHello } from '@/lib/protocol/page';

export type PageView =
  | { status: 'loading' }
  | { status: 'restricted' }
  /** The browser's PDF viewer: Baylens offers its reader. */
  | { status: 'pdf'; tabId: number; url: string }
  | { status: 'reading'; tabId: number; hello: PageHello }
  | { status: 'ready'; tabId: number; hello: PageHello; digest: PageDigest };

/**
 * The active tab as the popup or side panel sees it: where Baylens cannot run, still
 * reading, or its digest; and stepping through an entry's occurrences there. With `follow`
 * (the side panel, which stays open) it reads again when the reader switches tabs or a page
 * finishes loading.
 */
export function usePage(highlighted: (host: string) => boolean | null, follow = false) {
  const [view, setView] = useState<PageView>({ status: 'loading' });
  const [position, setPosition] = useState<RevealPosition | null>(null);
  const tab = useRef<{ id: number; hello: PageHello } | null>(null);

  /** Digests asked for so far: a reply to an older question is dropped. */
  const asked = useRef(0);

  const readDigest = async () => {
    if (!tab.current) return;
    const { id, hello } = tab.current;
    const question = ++asked.current;
    const digest = await askTab(id, { type: 'page:digest' });
    if (question !== asked.current) return;
    setPosition(null);
    setView(digest ? { status: 'ready', tabId: id, hello, digest } : { status: 'restricted' });
  };

  useEffect(() => {
    const greet = () =>
      void greetActiveTab().then((active) => {
        if (active && (active.page?.pdf || (!active.page && active.url && looksLikePdf(active.url)))) {
          tab.current = null;
          return setView({ status: 'pdf', tabId: active.id, url: active.page?.url ?? active.url! });
        }
        if (!active?.page) {
          tab.current = null;
          return setView({ status: 'restricted' });
        }
        tab.current = { id: active.id, hello: active.page };
        setView({ status: 'reading', tabId: active.id, hello: active.page });
        void readDigest();
      });
    greet();
    if (!follow) return undefined;
    const onActivated = () => greet();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (change.status === 'complete' && (tab.current === null || tab.current.id === id)) greet();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [follow]);

  // Switching highlighting on or off makes the page scan again (or forget): ask once more. The
  // page catches up with the stored settings before it answers.
  const on = tab.current ? highlighted(tab.current.hello.host) : null;
  const previous = useRef(on);
  useEffect(() => {
    if (previous.current !== null && on !== null && previous.current !== on) void readDigest();
    previous.current = on;
  }, [on]);

  const reveal = async (target: RevealTarget, id: string) => {
    if (!tab.current) return;
    const shown = await askTab(tab.current.id, { type: 'page:reveal', id, target });
    if (shown) setPosition({ target, id, ...shown });
    else void readDigest(); // The page changed under the digest.
  };

  return { view, position, reveal };
}
