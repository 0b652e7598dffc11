import { z } from 'zod';
import { cardHandlers } from './card';
import { listenForPageCommands } from './page-commands';
import { historyHandlers } from './history';
import { listenForLookups } from './lookup';
import { ownTermHandlers } from './own-terms';
import { panelHandlers } from './panel';
import { listenForPdfLinks, readerHandlers } from './reader';
import { listen } from './router';
import { settingsHandlers } from './settings';
import { snippetHandlers } from './snippets';
import { listenForSnippetSaves } from './snippets-menu';
import { watchTabs } from './toolbar';
import index from 'virtual:baylens/index';
import matcherBuild from 'virtual:baylens/matcher-build';
import { storeMatcherTables } from '@/lib/store/matcher-tables';

// Zod compiles its parsers with eval unless told not to; extension code may not use eval.
z.config({ jitless: true });

export default defineBackground(() => {
  listen({
    ...settingsHandlers,
    ...cardHandlers,
    ...snippetHandlers,
    ...panelHandlers,
    ...ownTermHandlers,
    ...historyHandlers,
    ...readerHandlers,
  });
  listenForLookups();
  listenForSnippetSaves();
  listenForPageCommands();
  watchTabs();
  listenForPdfLinks();
  // Pages read the matcher's tables from storage: written at every start, once per build.
  void storeMatcherTables(matcherBuild, index.matcher).catch((error: unknown) =>
    console.error('Baylens could not store the matcher', error),
  );
});
