// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../lib/page/blocks';
import { documentWith } from './dom-document';

const blockTexts = (doc: Document) => [...textBlocks(doc.body, () => {}, doc)].map((block) => block.text);

describe('the text blocks a page is read in', () => {
  it('a pretty-printed page gives one block per paragraph, and none for the indentation between them', () => {
    const doc = documentWith(`
      <div>
        <p>Nansha lies in Guangzhou.</p>
        <div>
          <p>Qianhai lies in Shenzhen.</p>
        </div>
        <ul>
          <li>Hengqin</li>
          <li>Macao</li>
        </ul>
      </div>
    `);
    expect(blockTexts(doc)).toEqual(['Nansha lies in Guangzhou.', 'Qianhai lies in Shenzhen.', 'Hengqin', 'Macao']);
  });

  it('white space inside a paragraph stays, so a name split across inline elements reads as one', () => {
    const doc = documentWith('<p>The <a href="#">Hong</a> <b>Kong</b>\n  airport </p>');
    const [block, ...rest] = [...textBlocks(doc.body, () => {}, doc)];
    expect(rest).toEqual([]);
    expect(block!.text).toBe('The Hong Kong\n  airport ');
    // Every node's start is where its text begins in the block.
    block!.nodes.forEach((node, i) => expect(block!.text.slice(block!.starts[i], block!.starts[i]! + node.data.length)).toBe(node.data));
  });
});
