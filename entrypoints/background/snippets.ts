import type { SnippetRequestType } from '@/lib/protocol/snippets';
import { isReaderPage } from '@/lib/extension/reader-page';
import { cleanTags } from '@/lib/snippets/tags';
import { libraryItem } from '@/lib/store/snippets-versions';
import { t } from '@/lib/extension/i18n';
import { OwnTermError } from '@/lib/own-terms/problems';
import { ownWriter } from './own-terms';
import type { Handlers } from './router';
import { confirmOnTab, saveCapture, savedMessage, writer } from './snippets-save';

/** Snippet requests from the hover card and the side panel; all writes go through the one writer. */
export const snippetHandlers: Handlers<SnippetRequestType> = {
  'snippet:save': async ({ text, before, after, title, url: pdfUrl, pageNumber }, sender) => {
    const fromReader = isReaderPage(sender.url);
    const url = fromReader ? pdfUrl : (sender.url ?? sender.tab?.url);
    if (!url) throw new Error(t('errorWebPagesOnly'));
    const result = await saveCapture({
      text,
      before,
      after,
      url,
      title: title || sender.tab?.title,
      ...(fromReader && pageNumber ? { pageNumber } : {}),
    });
    if (sender.tab?.id !== undefined) await confirmOnTab(sender.tab.id, { ok: true, message: savedMessage(result) });
    return result;
  },
  'snippets:open': async () => {
    await libraryItem.getValue();
    return { ready: true };
  },
  'snippet:edit': ({ snippet, edit }) => writer.edit(snippet, { note: edit.note, tags: edit.tags && cleanTags(edit.tags) }, new Date()),
  'snippet:delete': ({ snippets }) => writer.remove(snippets),
  'snippets:restore': ({ snippets }) => writer.restore(snippets),
  'snippets:import': async ({ snippets, ownTerms }) => {
    // Terms first: they are the part that can be refused (a name clash), and then nothing is imported.
    const terms = ownTerms?.length
      ? await ownWriter.merge(ownTerms).catch((error: unknown) => {
          throw error instanceof OwnTermError ? new Error(t(error.problem.key, ...error.problem.args)) : error;
        })
      : { added: 0, updated: 0, unchanged: 0 };
    return { ...(await writer.merge(snippets)), terms };
  },
};
