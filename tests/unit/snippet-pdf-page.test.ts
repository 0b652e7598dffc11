import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/protocol/settings';
import { createSnippet } from '../../lib/snippets/create';
import { citationLine } from '../../lib/snippets/export/citation';
import { toCsv } from '../../lib/snippets/export/csv';
import { EXPORT_FORMAT, toJson } from '../../lib/snippets/export/json';
import { toMarkdown } from '../../lib/snippets/export/markdown';
import { readImport } from '../../lib/snippets/import';
import { snippetSchema } from '../../lib/snippets/schema';
import { sampleSnippet } from '../fixtures/snippets-sample';

const label = (id: string) => id;
const exportedAt = new Date('2026-12-01T10:00:00.000Z');
const fromPdf = sampleSnippet({
  id: 'pdf-p12',
  text: 'The Loop covers 3.89 square kilometres.',
  page: { url: 'https://www.example.org/reports/gba-2025.pdf', title: 'GBA Development Report 2025', number: 12 },
  savedAt: '2026-11-30T08:00:00.000Z',
});

describe('snippets from PDF pages', () => {
  it('keep the page a snippet was saved from, when the reader gives one', () => {
    const capture = {
      text: 'The Loop covers 3.89 square kilometres.',
      url: 'https://www.example.org/r.pdf',
      title: 'Report',
      pageNumber: 7,
    };
    expect(createSnippet(capture, [], 'id-1', exportedAt).page).toEqual({
      url: 'https://www.example.org/r.pdf',
      title: 'Report',
      number: 7,
    });
    const fromWeb = createSnippet({ text: 'Hengqin', url: 'https://news.example.com/a' }, [], 'id-2', exportedAt);
    expect(fromWeb.page).toEqual({ url: 'https://news.example.com/a', title: '' });
  });

  it('cite the page as "p. 12" in the one-line citation, Markdown and CSV', () => {
    expect(citationLine(fromPdf)).toBe(
      '“GBA Development Report 2025”, example.org, p. 12, https://www.example.org/reports/gba-2025.pdf (saved 2026-11-30)',
    );
    expect(toMarkdown([fromPdf], label, exportedAt)).toContain(
      'Source: [GBA Development Report 2025](https://www.example.org/reports/gba-2025.pdf), example.org, p. 12, saved 2026-11-30.',
    );
    const [header, row] = toCsv([fromPdf], label).slice(1).trim().split('\r\n');
    expect(header!.split(',').at(-1)).toBe('page');
    expect(row!.endsWith(',12')).toBe(true);
  });

  it('leave the citation of a web page as it was', () => {
    const web = sampleSnippet({
      page: { url: 'https://www.scmp.com/news/the-loop', title: 'Inside the Loop' },
      savedAt: '2026-10-02T08:00:00.000Z',
    });
    expect(citationLine(web)).toBe('“Inside the Loop”, scmp.com, https://www.scmp.com/news/the-loop (saved 2026-10-02)');
    expect(toCsv([web], label).trim().endsWith(',')).toBe(true);
  });

  it('come back from a JSON export with their page number', () => {
    const result = readImport(toJson([fromPdf], label, exportedAt));
    expect(result).toEqual({ ok: true, snippets: [fromPdf], ownTerms: [] });
  });

  it('read exports and libraries written before PDF pages existed, unchanged', () => {
    // A version 2 snippet exactly as stored before the reader: no page number.
    const stored = {
      id: 'old-1',
      text: 'Macao still leans on gaming.',
      context: { before: '', after: '' },
      page: { url: 'https://news.example.com/macao', title: 'Macao' },
      savedAt: '2026-06-01T08:00:00.000Z',
      entries: ['macao'],
      note: '',
      tags: [],
    };
    expect(snippetSchema.parse(stored)).toEqual(stored);
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 2,
      exportedAt: '2026-06-02T00:00:00.000Z',
      count: 1,
      snippets: [stored],
    });
    expect(readImport(file)).toEqual({ ok: true, snippets: [stored], ownTerms: [] });
  });

  it('refuse a page number that is not a whole positive number, saying where', () => {
    for (const number of [0, -3, 1.5, '12']) {
      const bad = { ...fromPdf, page: { ...fromPdf.page, number } };
      const file = JSON.stringify({ format: EXPORT_FORMAT, version: 2, snippets: [bad] });
      const result = readImport(file);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/^Snippet 1 of 1 cannot be imported: page\.number/);
    }
  });
});

describe('the setting to open every PDF in the reader', () => {
  it('is off unless the reader turned it on, and a damaged value falls back to off', () => {
    expect(DEFAULT_SETTINGS.openPdfsInReader).toBe(false);
    expect(parseSettings({ enabled: true }).openPdfsInReader).toBe(false);
    expect(parseSettings({ openPdfsInReader: true }).openPdfsInReader).toBe(true);
    expect(parseSettings({ openPdfsInReader: 'yes' }).openPdfsInReader).toBe(false);
  });
});
