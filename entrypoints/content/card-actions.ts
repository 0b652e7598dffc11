import { blockOf } from '@/lib/page/blocks';
import type { Mark } from '@/lib/page/marks';
import { sentenceAround } from '@/lib/page/sentence';
import { send } from '@/lib/extension/send';
import { t } from '@/lib/extension/i18n';

/** Where a saved snippet comes from, when the sender's own address does not say: a PDF and its page. */
export type SnippetOrigin = (range: Range) => { title?: string; url?: string; pageNumber?: number };

/** What the card's buttons do; each resolves to the sentence the card shows after. */
export interface CardActions {
  save(mark: Mark): Promise<string>;
  openPanel(id: string): Promise<string>;
}

export function cardActions(doc: Document, origin?: SnippetOrigin): CardActions {
  return {
    /** Saves the sentence around a highlight, with its paragraph as context. */
    async save(mark) {
      const block = blockOf(mark.range.startContainer);
      const paragraph = block.textContent ?? '';
      const before = doc.createRange();
      before.selectNodeContents(block);
      before.setEnd(mark.range.startContainer, mark.range.startOffset);
      const start = before.toString().length;
      const end = start + mark.range.toString().length;
      const { text, before: context, after } = sentenceAround(paragraph, start, end);
      const reply = await send({ type: 'snippet:save', text, before: context, after, title: doc.title, ...(origin?.(mark.range) ?? {}) });
      return t(reply.duplicate ? 'cardAlreadySaved' : 'cardSaved');
    },
    /** Asks the side panel to show the reader's snippets about an entry. */
    async openPanel(id) {
      const { opened } = await send({ type: 'panel:show-entry', id });
      return t(opened ? 'cardShownInPanel' : 'cardOpenPanelFirst');
    },
  };
}
