import { describe, expect, it } from 'vitest';
import { fileNameOf, localFileUrl, looksLikePdf, readerQuery, readReaderAddress } from '../../lib/pdf/address';
import { findPassage } from '../../lib/pdf/find-passage';
import { problemMessage, problemOf } from '../../lib/pdf/problems';
import { documentTitle, firstHeading, type TitleRun } from '../../lib/pdf/title';

/** A run of text `size` points high. */
const run = (str: string, size: number): TitleRun => ({ str, transform: [size, 0, 0, size, 72, 700] });

describe("the reader's address", () => {
  it('carries the PDF, the page and the passage to mark, and reads them back', () => {
    const query = readerQuery({ src: 'https://example.org/a b.pdf?x=1&y=2', page: 12, mark: '  The Loop\n covers 3.89 km². ' });
    expect(readReaderAddress(query)).toEqual({ src: 'https://example.org/a b.pdf?x=1&y=2', page: 12, mark: 'The Loop covers 3.89 km².' });
  });

  it('opens only web and file addresses, and ignores a page that is not a number', () => {
    expect(readReaderAddress('?src=javascript:alert(1)&page=abc')).toEqual({});
    expect(readReaderAddress('?src=chrome-extension://abc/popup.html&page=-2')).toEqual({});
    expect(readReaderAddress('?src=file:///report.pdf&page=3')).toEqual({ src: 'file:///report.pdf', page: 3 });
  });

  it('keeps a long passage to its start', () => {
    const mark = readReaderAddress(readerQuery({ mark: 'word '.repeat(200) })).mark!;
    expect(mark.length).toBeLessThanOrEqual(160);
    expect(mark.startsWith('word word')).toBe(true);
  });

  it('knows a PDF by its path, whatever its case or query', () => {
    expect(looksLikePdf('https://www.gov.cn/files/plan.PDF?download=1')).toBe(true);
    expect(looksLikePdf('https://www.gov.cn/files/plan.pdf.html')).toBe(false);
    expect(looksLikePdf('chrome://settings/a.pdf')).toBe(false);
  });

  it('names a local file by its name only, and reads the name back', () => {
    expect(localFileUrl('横琴 方案#1.pdf')).toBe('file:///%E6%A8%AA%E7%90%B4%20%E6%96%B9%E6%A1%88%231.pdf');
    expect(fileNameOf(localFileUrl('横琴 方案#1.pdf'))).toBe('横琴 方案#1.pdf');
    expect(fileNameOf('https://example.org/docs/report.pdf?x=1')).toBe('report.pdf');
  });
});

describe("a PDF's title", () => {
  it('comes from its metadata', () => {
    expect(documentTitle('  GBA  Development Report ', [run('Chapter 1', 30)], 'r.pdf')).toBe('GBA Development Report');
  });

  it('comes from the first heading when the metadata title is missing or a placeholder', () => {
    const page = [
      run('Annual', 10),
      run('Hengqin Cooperation Zone', 24),
      run('Progress Report', 24),
      run('Published by the zone', 10),
      run('The zone covers about 106 square kilometres of Hengqin Island.', 10),
    ];
    expect(documentTitle(null, page, 'r.pdf')).toBe('Hengqin Cooperation Zone Progress Report');
    expect(documentTitle('Microsoft Word - draft3.docx', page, 'r.pdf')).toBe('Hengqin Cooperation Zone Progress Report');
    expect(
      firstHeading([
        run('横琴粤澳', 24),
        run('深度合作区', 24),
        run('横琴粤澳深度合作区面积约106平方公里，', 10),
        run('是促进澳门经济适度多元发展的新平台。', 10),
      ]),
    ).toBe('横琴粤澳深度合作区');
  });

  it('falls back to the file name when every line is the same size', () => {
    expect(documentTitle('', [run('one', 10), run('two', 10)], 'report.pdf')).toBe('report.pdf');
    expect(documentTitle(undefined, [], 'scan.pdf')).toBe('scan.pdf');
  });
});

describe('finding a saved passage on a page', () => {
  it('finds it however the text layer spaced the words', () => {
    const text =
      'Across the estuary, the Loop is much smaller: the Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone has only 3.89 square kilo metres.';
    const [start, end] = findPassage(text, 'the Loop is much smaller:')!;
    expect(text.slice(start, end)).toBe('the Loop is much smaller:');
    const [s2, e2] = findPassage(text, 'only 3.89 square kilometres.')!;
    expect(text.slice(s2, e2)).toBe('only 3.89 square kilo metres.');
  });

  it('finds Chinese split over lines', () => {
    const text = '横琴粤澳深度合作区面积约 106 平方公里，是促进\n澳门经济适度多元发展的新平台。';
    const [start, end] = findPassage(text, '106平方公里，是促进澳门经济')!;
    expect(text.slice(start, end)).toBe('106 平方公里，是促进\n澳门经济');
  });

  it('finds nothing when the passage is not there or empty', () => {
    expect(findPassage('Hengqin and Macao', 'Qianhai')).toBeNull();
    expect(findPassage('Hengqin and Macao', '  ')).toBeNull();
  });
});

describe("the reader's problems", () => {
  it('are told apart by the error pdf.js gives', () => {
    expect(problemOf({ name: 'PasswordException', message: 'No password given' })).toBe('password');
    expect(problemOf({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' })).toBe('not-pdf');
    expect(problemOf({ name: 'ResponseException', message: 'Unexpected server response (404)' })).toBe('unreachable');
    expect(problemOf(new Error('anything else'))).toBe('damaged');
    expect(problemOf(null)).toBe('damaged');
  });

  it('are said in plain words, the scan in the words readers know', () => {
    expect(problemMessage('no-text')).toMatch(/^This PDF has no text to read/);
    expect(problemMessage('needs-permission', 'www.gov.cn')).toBe('Baylens needs your permission to read PDFs from www.gov.cn.');
    expect(problemMessage('local-file-again', 'plan.pdf')).toMatch(/^Choose plan\.pdf again/);
  });
});
