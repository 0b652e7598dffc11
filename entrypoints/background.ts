export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') console.info('Baylens installed: highlighting is on for every site.');
  });
});
