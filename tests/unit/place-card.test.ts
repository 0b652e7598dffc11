import { describe, expect, it } from 'vitest';
import { placeCard } from '../../lib/page/place-card';

const viewport = { width: 1280, height: 900 };
const term = (left: number, top: number) => ({ left, top, bottom: top + 20 });

describe('where the hover card goes', () => {
  it('sits just below its term, from the term’s left edge', () => {
    expect(placeCard(term(100, 200), { width: 360, height: 300 }, viewport)).toEqual({ x: 100, y: 226, maxHeight: 480 });
  });

  it('opens above a term near the bottom, when there is more room there', () => {
    const placed = placeCard(term(100, 820), { width: 360, height: 300 }, viewport);
    expect(placed.y + 300).toBe(820 - 6);
    expect(placed.maxHeight).toBe(480);
  });

  it('stays inside the viewport on the right and gets no taller than the room it has', () => {
    const placed = placeCard(term(1200, 400), { width: 360, height: 900 }, viewport);
    expect(placed.x).toBe(1280 - 360 - 8);
    // The room below the term: 900 − 420 − 6 − 8.
    expect(placed.maxHeight).toBe(466);
    expect(placed.y).toBeGreaterThanOrEqual(8);
    expect(placed.y + placed.maxHeight).toBeLessThanOrEqual(900 - 8);
  });

  it('keeps a usable height in a very short window, still inside it', () => {
    const small = { width: 800, height: 240 };
    const placed = placeCard(term(10, 100), { width: 300, height: 400 }, small);
    expect(placed.maxHeight).toBe(160);
    expect(placed.y).toBeGreaterThanOrEqual(8);
    expect(placed.y + Math.min(400, placed.maxHeight)).toBeLessThanOrEqual(240 - 8);
  });
});
