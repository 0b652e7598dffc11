import { t } from '@/lib/extension/i18n';
import { readSettings } from '@/lib/store/settings';
import { readerLanguage } from './language';

const SIZES = [16, 32, 48, 128] as const;
const icons = (state: 'on' | 'off') =>
  Object.fromEntries(SIZES.map((size) => [size, state === 'on' ? `/icon/${size}.png` : `/icon/off-${size}.png`]));

/** Whether each tab's page is highlighted, as its page last said. */
const highlighted = new Map<number, boolean>();

/**
 * The toolbar button of a tab says whether Baylens highlights it: the greyed icon and a
 * tooltip that says why when highlighting is off for its site or everywhere.
 */
export async function showPageState(tabId: number, on = highlighted.get(tabId) ?? true): Promise<void> {
  highlighted.set(tabId, on);
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await readerLanguage();
  const settings = await readSettings();
  const title = on ? t('extName') : t(settings.enabled ? 'badgeOffHere' : 'badgeOffEverywhere', t('extName'));
  await Promise.all([action.setIcon({ tabId, path: icons(on ? 'on' : 'off') }), action.setTitle({ tabId, title })]).catch(() => undefined);
}

/** Forgets closed tabs. */
export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => highlighted.delete(tabId));
}
