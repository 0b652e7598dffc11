/**
 * Messages a page's content script accepts from the extension, checked on arrival by hand:
 * the content script runs on every page and carries no schema library.
 */
export type PageRequest =
  /** Where the page is: the popup asks, and no answer means Baylens cannot run there. */
  | { type: 'page:hello' }
  /** What the page mentions: entries with counts, and figures with their verdicts. */
  | { type: 'page:digest' }
  /** Scroll to the next occurrence of one entry (or figure) and mark it as the current one. */
  | { type: 'page:reveal'; id: string; target: 'entry' | 'figure' }
  /** Step to the next or previous highlight, scroll to it and open its card. */
  | { type: 'page:step'; direction: 'next' | 'previous' }
  /**
   * The reader's selection in this frame, for the context menu's and the shortcut's save. A
   * frame without one answers null when `always` is set, and stays silent otherwise (so that,
   * asked together, the frame that has it answers).
   */
  | { type: 'page:selection'; always: boolean }
  /**
   * Open the look-up card for text the reader selected (context menu or shortcut). `grant`
   * lets the card's "Add as your term" add this text, and only this text, once.
   */
  | { type: 'page:lookup'; text: string; grant: string };

/** The request, if `raw` is one the page accepts; anything else is null. */
export function parsePageRequest(raw: unknown): PageRequest | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  switch (r.type) {
    case 'page:hello':
    case 'page:digest':
      return { type: r.type };
    case 'page:selection':
      return { type: r.type, always: r.always === true };
    case 'page:reveal':
      return typeof r.id === 'string' && /^[a-z0-9-]{1,80}$/.test(r.id) && (r.target === 'entry' || r.target === 'figure')
        ? { type: 'page:reveal', id: r.id, target: r.target }
        : null;
    case 'page:step':
      return r.direction === 'next' || r.direction === 'previous' ? { type: 'page:step', direction: r.direction } : null;
    case 'page:lookup':
      return typeof r.text === 'string' &&
        r.text.trim() &&
        r.text.length <= 1_000 &&
        typeof r.grant === 'string' &&
        /^[0-9a-f-]{36}$/.test(r.grant)
        ? { type: 'page:lookup', text: r.text, grant: r.grant }
        : null;
    default:
      return null;
  }
}

/** The answer to page:hello. */
export interface PageHello {
  host: string;
  url: string;
  title: string;
  /** The browser's own PDF viewer, where Baylens offers its reader instead of a digest. */
  pdf?: boolean;
}

/** The answer to page:digest. */
export interface PageDigest {
  entries: { id: string; name: string; kind: string; count: number }[];
  figures: { id: string; surface: string; status: 'match' | 'mismatch'; subject: string }[];
}

/** The answer to page:reveal: which occurrence is now shown, of how many. */
export interface RevealResult {
  index: number;
  total: number;
}
