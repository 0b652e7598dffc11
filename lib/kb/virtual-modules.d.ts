/** Compiled from data/ at build time by lib/kb/vite-plugin.ts. */
declare module 'virtual:baylens/matcher' {
  const data: import('../match/types').MatcherData;
  export default data;
}

declare module 'virtual:baylens/index' {
  const index: import('./types').KnowledgeBase;
  export default index;
}
