/**
 * Moves focus to the next or previous element marked data-nav inside `root`, in document
 * order: the search field, then the rows of the digest or the results. True when it moved.
 */
export function moveFocus(root: HTMLElement, step: 1 | -1): boolean {
  const items = [...root.querySelectorAll<HTMLElement>('[data-nav]')].filter((el) => !el.closest('[hidden]'));
  if (items.length === 0) return false;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = items[at === -1 ? (step === 1 ? 0 : items.length - 1) : at + step];
  if (!next) return false;
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Puts focus back on the element with this data-key, if it is still there. */
export function focusKey(root: HTMLElement, key: string | null): void {
  if (!key) return;
  root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}
