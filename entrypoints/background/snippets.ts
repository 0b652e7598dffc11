import type { SnippetRequestType } from '@/lib/protocol/snippets';
import { isReaderPage } from '@/lib/extension/reader-page';
import { cleanTags } from '@/lib/snippets/tags';
import { libraryItem } from '@/lib/store/snippets-versions';
import type { Handlers } from './router';
import { confirmOnTab, saveCapture, savedMessage, writer } from './snippets-save';

/** Snippet requests from the hover card and the side panel; all writes go through the one writer. */
export const snippetHandlers: Handlers<SnippetRequestType> = {
  'snippet:save': async ({ text, before, after, title, url: pdfUrl, pageNumber }, sender) => {
    const fromReader = isReaderPage(sender.url);
    const url = fromReader ? pdfUrl : (sender.url ?? sender.tab?.url);
    if (!url) throw new Error('Only web pages can be saved from.');
    const result = await saveCapture({ text, before, after, url, title: title || sender.tab?.title, ...(fromReader && pageNumber ? { pageNumber } : {}) });
    if (sender.tab?.id !== undefined) await confirmOnTab(sender.tab.id, { ok: true, message: savedMessage(result) });
    return result;
  },
  'snippets:open': async () => {
    await libraryItem.getValue();
    return { ready: true };
  },
  'snippet:edit': ({ snippet, edit }) =>
    writer.edit(snippet, { note: edit.note, tags: edit.tags && cleanTags(edit.tags) }, new Date()),
  'snippet:delete': ({ snippets }) => writer.remove(snippets),
  'snippets:restore': ({ snippets }) => writer.restore(snippets),
  'snippets:import': ({ snippets }) => writer.merge(snippets),
};
