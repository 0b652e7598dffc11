import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../lib/page/sentence';

describe('the sentence a saved term keeps', () => {
  const paragraph =
    'Macao still leans on gaming. In 2024 its labour force was 383,000, and gaming took 18.6% of jobs. Analysts expect change.';

  it('is the sentence holding the term, with the paragraph around it as context', () => {
    const start = paragraph.indexOf('383,000');
    expect(sentenceAround(paragraph, start, start + 7)).toEqual({
      text: 'In 2024 its labour force was 383,000, and gaming took 18.6% of jobs.',
      before: 'Macao still leans on gaming.',
      after: 'Analysts expect change.',
    });
  });

  it('does not cut at a decimal point', () => {
    const start = paragraph.indexOf('18.6%');
    expect(sentenceAround(paragraph, start, start + 5).text).toContain('18.6% of jobs.');
  });

  it('splits Chinese at its own full stops', () => {
    const zh = '横琴粤澳深度合作区面积约106平方公里。澳门博彩业占就业的18.6%。';
    expect(sentenceAround(zh, 0, 9).text).toBe('横琴粤澳深度合作区面积约106平方公里。');
    expect(sentenceAround(zh, 0, 9).after).toBe('澳门博彩业占就业的18.6%。');
  });

  it('collapses the white space of the page source', () => {
    expect(sentenceAround('The Loop is\n      small.', 4, 8).text).toBe('The Loop is small.');
  });
});
