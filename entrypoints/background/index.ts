import { cardHandlers } from './card';
import { listenForPageCommands } from './page-commands';
import { listen } from './router';
import { settingsHandlers } from './settings';
import { snippetHandlers } from './snippets';
import { listenForSnippetSaves } from './snippets-menu';

export default defineBackground(() => {
  listen({ ...settingsHandlers, ...cardHandlers, ...snippetHandlers });
  listenForSnippetSaves();
  listenForPageCommands();
});
