/** Compiled from data/ at build time by lib/kb/vite-plugin.ts. */
declare module 'virtual:baylens/index' {
  const index: import('./types').KnowledgeBase;
  export default index;
}

declare module 'virtual:baylens/matcher-build' {
  /** A fingerprint of the matcher's tables in this build. */
  const build: string;
  export default build;
}

declare module 'virtual:baylens/simplified' {
  /** Pairs of code units, Traditional then Simplified, for lib/search/fold.ts. */
  const pairs: string;
  export default pairs;
}
