import { describe, expect, it } from 'vitest';
import { contextAfter, contextBefore, createSnippet, tidyText } from '../../lib/snippets/create';
import { fragmentLink } from '../../lib/snippets/fragment';
import { cleanTags } from '../../lib/snippets/tags';
import { sampleSnippet } from '../fixtures/snippets-sample';

const now = new Date('2026-11-22T10:00:00.000Z');

describe('making a snippet from a selection', () => {
  it('keeps paragraphs but not the page’s indentation', () => {
    expect(tidyText('  The Loop\u00a0 is\tsmall.\r\n\r\n\r\n   Hengqin is not.  ')).toBe('The Loop is small.\n\nHengqin is not.');
  });

  it('cuts the context at a word, and marks the cut', () => {
    const long = 'word '.repeat(100);
    expect(contextBefore(long, 40)).toMatch(/^…word word/);
    expect(contextAfter(long, 40)).toMatch(/word word…$/);
    expect(contextBefore('  Across the estuary,  ')).toBe('Across the estuary, ');
  });

  it('records the page, the time and the entries', () => {
    const snippet = createSnippet(
      { text: ' 横琴 ', before: 'a', after: 'b', url: 'https://example.com/a', title: ' Title\n' },
      ['hengqin', 'hengqin'],
      'id-1',
      now,
    );
    expect(snippet).toEqual({
      id: 'id-1',
      text: '横琴',
      context: { before: 'a', after: 'b' },
      page: { url: 'https://example.com/a', title: 'Title' },
      savedAt: '2026-11-22T10:00:00.000Z',
      entries: ['hengqin'],
      note: '',
      tags: [],
    });
  });

  it('refuses an empty selection and pages that are not web pages, saying why', () => {
    expect(() => createSnippet({ text: '   ', url: 'https://example.com' }, [], 'a', now)).toThrow('Nothing is selected.');
    expect(() => createSnippet({ text: 'x', url: 'chrome://settings' }, [], 'a', now)).toThrow('Only web pages can be saved from.');
  });

  it('cleans tags as typed: trimmed, no duplicates whatever the case', () => {
    expect(cleanTags(' Hengqin, tax ,  TAX,,税收、 policy ')).toEqual(['Hengqin', 'tax', '税收', 'policy']);
  });
});

describe('links back to the source', () => {
  it('links a short snippet by its exact words', () => {
    const snippet = sampleSnippet({
      text: 'Hengqin covers 106 km², a “first line”',
      page: { url: 'https://example.com/a?b=1#top', title: '' },
    });
    expect(fragmentLink(snippet)).toBe(
      'https://example.com/a?b=1#top:~:text=Hengqin%20covers%20106%20km%C2%B2%2C%20a%20%E2%80%9Cfirst%20line%E2%80%9D',
    );
  });

  it('links a long snippet by its first and last words, or characters in Chinese', () => {
    const english = sampleSnippet({
      text: 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.',
    });
    expect(fragmentLink(english)).toMatch(/#:~:text=One%20two%20three%20four%20five,twelve%20thirteen%20fourteen%20fifteen%20sixteen\.$/);
    const chinese = sampleSnippet({
      text: '横琴粤澳深度合作区面积约106平方公里，是促进澳门经济适度多元发展的新平台。'.repeat(3) + '港珠澳大桥连接香港、珠海和澳门。',
    });
    const [start, end] = fragmentLink(chinese).split(':~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(chinese.text.startsWith(start!) && chinese.text.endsWith(end!)).toBe(true);
    expect([start!.length >= 12 && start!.length < 20, end!.length >= 12 && end!.length < 20]).toEqual([true, true]);
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const boundaries = new Set([...segmenter.segment(chinese.text)].map((s) => s.index));
    expect(boundaries.has(start!.length) && boundaries.has(chinese.text.length - end!.length)).toBe(true);
  });
});

describe('the entries a snippet mentions (its automatic tags)', () => {
  it('finds entries in English and both Chinese scripts, in order of first mention, once each', async () => {
    const { buildIndex } = await import('../../lib/kb/build');
    const { Matcher } = await import('../../lib/match/matcher');
    const { entriesIn } = await import('../../lib/snippets/entries');
    const matcher = new Matcher(buildIndex().index.matcher);
    expect(entriesIn(matcher, 'The Loop is small; 横琴粤澳深度合作区 is not. The Loop again, and 港珠澳大橋.')).toEqual([
      'hetao-cooperation-zone',
      'hengqin-cooperation-zone',
      'hzmb',
    ]);
    expect(entriesIn(matcher, 'Nothing about the Bay Area here.')).toEqual([]);
  });
});
