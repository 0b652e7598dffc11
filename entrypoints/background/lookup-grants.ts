import { storage } from 'wxt/utils/storage';
import { OwnTermError } from '@/lib/own-terms/problems';

/** How long a look-up card may offer to add its text. */
const GRANT_MS = 30 * 60_000;

interface Grant {
  text: string;
  tabId: number;
  expires: number;
}

/** Session storage: grants outlive the service worker's sleep, not the browser. */
const grantsItem = storage.defineItem<Record<string, Grant>>('session:lookupGrants', { fallback: {} });

/**
 * Records that the reader chose to look up `text` in a tab (a context-menu click or the
 * shortcut). The look-up card's "Add as your term" spends the grant: the page never names
 * the text to add, and one grant adds once.
 */
export async function grantLookup(text: string, tabId: number, now = Date.now()): Promise<string> {
  const token = crypto.randomUUID();
  const grants = await grantsItem.getValue();
  const live = Object.fromEntries(Object.entries(grants).filter(([, g]) => g.expires > now));
  await grantsItem.setValue({ ...live, [token]: { text, tabId, expires: now + GRANT_MS } });
  return token;
}

/** The granted text; throws when the grant is unknown, spent, expired or from another tab. */
export async function consumeGrant(token: string, tabId: number | undefined, now = Date.now()): Promise<string> {
  const grants = await grantsItem.getValue();
  const grant = grants[token];
  if (!grant || grant.expires < now || (tabId !== undefined && grant.tabId !== tabId)) {
    throw new OwnTermError({ key: 'ownProblemGrant', args: [] });
  }
  const { [token]: _spent, ...rest } = grants;
  await grantsItem.setValue(rest);
  return grant.text;
}
