/**
 * True only in the test build (`wxt build --mode test`, in `.output/chrome-mv3-test`) and in
 * unit tests. In the shipped build it is the constant `false`, so everything it guards is
 * left out of the bundle: no marks on a page's timeline, no global hooks, no open shadow root
 * (tests/e2e/shipped-bundle.spec.ts checks).
 */
export const TEST_BUILD: boolean = import.meta.env.MODE === 'test';

/**
 * A User Timing mark the end-to-end tests and benchmarks wait on (`baylens:scan-done`, …).
 * Only the test build makes it: a web page must not read Baylens' timing or fake its marks.
 */
export function testMark(name: string, detail?: unknown): void {
  if (TEST_BUILD) performance.mark(name, { detail });
}

/** The same for a measure from `start` (a `performance.now()` reading) to now. */
export function testMeasure(name: string, start: number, detail?: unknown): void {
  if (TEST_BUILD) performance.measure(name, { start, end: performance.now(), detail });
}
