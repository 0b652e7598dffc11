import index from 'virtual:baylens/index';
import { Matcher } from '@/lib/match/matcher';
import { createSnippet, type Capture } from '@/lib/snippets/create';
import { entriesIn } from '@/lib/snippets/entries';
import type { Snippet } from '@/lib/snippets/schema';
import { SnippetWriter } from '@/lib/store/snippets-writer';
import { t, tn } from '@/lib/extension/i18n';
import { readerLanguage } from './language';
import { showPageState } from './toolbar';

/** The background's one writer of the library: every handler and menu shares it. */
export const writer = new SnippetWriter();

// The full index is in the background anyway (for cards): its matcher part costs nothing more.
let matcher: Matcher | null = null;

/** Turns what the page gave into a snippet and saves it; throws with a reason a reader can act on. */
export function saveCapture(capture: Capture): Promise<{ snippet: Snippet; duplicate: boolean }> {
  matcher ??= new Matcher(index.matcher);
  const snippet = createSnippet(capture, entriesIn(matcher, capture.text), crypto.randomUUID(), new Date());
  return writer.save(snippet);
}

/** Shows the outcome on the tab's toolbar button for a few seconds: ✓ saved, ! not saved (the tooltip says why). */
export async function confirmOnTab(tabId: number, outcome: { ok: boolean; message: string }): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await readerLanguage();
  await Promise.all([
    action.setBadgeBackgroundColor({ tabId, color: outcome.ok ? '#1a7f37' : '#b42318' }),
    action.setBadgeText({ tabId, text: outcome.ok ? '✓' : '!' }),
    action.setTitle({ tabId, title: t('badgeTooltip', t('extName'), outcome.message) }),
  ]).catch(() => undefined);
  setTimeout(() => {
    void Promise.all([action.setBadgeText({ tabId, text: '' }), showPageState(tabId)]).catch(() => undefined);
  }, 4000);
}

/** The words for the badge's tooltip. */
export function savedMessage(result: { snippet: Snippet; duplicate: boolean }): string {
  if (result.duplicate) return t('badgeDuplicate');
  const n = result.snippet.entries.length;
  return n ? t('badgeSavedMentions', tn('entries', n)) : t('badgeSaved');
}
