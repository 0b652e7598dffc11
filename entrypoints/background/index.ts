import { z } from 'zod';
import { cardHandlers } from './card';
import { listenForPageCommands } from './page-commands';
import { panelHandlers } from './panel';
import { listenForPdfLinks, readerHandlers } from './reader';
import { listen } from './router';
import { settingsHandlers } from './settings';
import { snippetHandlers } from './snippets';
import { listenForSnippetSaves } from './snippets-menu';

// Zod compiles its parsers with eval unless told not to; extension code may not use eval.
z.config({ jitless: true });

export default defineBackground(() => {
  listen({ ...settingsHandlers, ...cardHandlers, ...snippetHandlers, ...panelHandlers, ...readerHandlers });
  listenForSnippetSaves();
  listenForPageCommands();
  listenForPdfLinks();
});
