/** Opens the options page in a tab, at a section when one is named (`#hover-delay`). */
export async function openOptions(section?: string): Promise<void> {
  if (!section) return browser.runtime.openOptionsPage();
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
}
