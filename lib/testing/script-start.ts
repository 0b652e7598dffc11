import { testMark } from './test-build';

/**
 * Test build: marks `baylens:start` as the content script's first module is evaluated, before
 * the rest of its code, so start-up benchmarks count everything the script does. Imported first.
 */
testMark('baylens:start');
