import { listen } from './router';
import { settingsHandlers } from './settings';

export default defineBackground(() => {
  listen({ ...settingsHandlers });
});
