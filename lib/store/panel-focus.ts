import { storage } from 'wxt/utils/storage';

/** The entry the reader asked the side panel to show, and when; written by the background. */
export interface PanelFocus {
  entry: string;
  at: number;
}

/** Session storage: a request to show an entry means nothing after the browser restarts. */
export const panelFocusItem = storage.defineItem<PanelFocus | null>('session:panelFocus', { fallback: null });

/** Calls back with each entry the reader asks to see, including one asked for just before the panel opened. */
export function watchPanelFocus(callback: (entry: string) => void, freshForMs = 10_000): () => void {
  void panelFocusItem.getValue().then((focus) => {
    if (focus && typeof focus.entry === 'string' && Date.now() - focus.at < freshForMs) callback(focus.entry);
  });
  return panelFocusItem.watch((focus) => {
    if (focus && typeof focus.entry === 'string') callback(focus.entry);
  });
}
