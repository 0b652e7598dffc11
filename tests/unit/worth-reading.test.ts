// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { worthReading } from '../../lib/page/worth-reading';
import { documentWith } from './dom-document';

/** A frame's window: not the top one, of this size; counts how often its size is read. */
function frame(width: number, height: number) {
  const reads = { count: 0 };
  const win = {
    top: {},
    get innerWidth() {
      reads.count++;
      return width;
    },
    get innerHeight() {
      reads.count++;
      return height;
    },
  };
  return { win: win as unknown as Window, reads };
}

describe('whether a document is worth reading', () => {
  it('the top frame always is, text or not', () => {
    const top = { top: null as unknown } as { top: unknown };
    top.top = top;
    expect(worthReading(documentWith(''), top as unknown as Window)).toBe(true);
  });

  it('a frame with text and size is', () => {
    expect(worthReading(documentWith('<p>Hengqin news</p>'), frame(300, 200).win)).toBe(true);
  });

  it('a frame without text is not, and its size is never read (reading it lays out the page)', () => {
    const { win, reads } = frame(300, 200);
    expect(worthReading(documentWith('<div> </div><img src="x.png">'), win)).toBe(false);
    expect(reads.count).toBe(0);
  });

  it('a hidden frame (no size) is not, even with text', () => {
    expect(worthReading(documentWith('<p>Hengqin news</p>'), frame(0, 0).win)).toBe(false);
  });

  it('a document that is not HTML is not', () => {
    const svg = document.implementation.createDocument('http://www.w3.org/2000/svg', 'svg');
    expect(worthReading(svg, frame(300, 200).win)).toBe(false);
  });
});
