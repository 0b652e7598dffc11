import { describe, expect, it } from 'vitest';
import { EXPORT_VERSION, toJson } from '../../lib/snippets/export/json';
import { readImport } from '../../lib/snippets/import';
import { bilingualLibrary } from '../fixtures/snippets-sample';
import { ownTerm } from '../fixtures/own-terms';

const label = (id: string) => id;

/** A version 2 export as Baylens wrote it before own terms existed (one snippet, written out by hand). */
const VERSION_2_FILE = JSON.stringify({
  format: 'baylens-snippets',
  version: 2,
  exportedAt: '2026-11-22T12:00:00.000Z',
  count: 1,
  snippets: [
    {
      id: 'b7f1c2d4',
      text: 'The Hengqin zone covers about 106 square kilometres.',
      context: { before: '', after: '' },
      page: { url: 'https://example.org/hengqin', title: 'Hengqin' },
      savedAt: '2026-11-20T09:30:00.000Z',
      entries: ['hengqin'],
      note: '',
      tags: [],
      citation: 'Hengqin, example.org, https://example.org/hengqin, saved 20 Nov 2026',
    },
  ],
});

describe('own terms in the JSON export', () => {
  it('is export version 3', () => {
    expect(EXPORT_VERSION).toBe(3);
    expect(JSON.parse(toJson([], label, new Date('2026-12-02T00:00:00Z')))).toMatchObject({ version: 3, ownTerms: [] });
  });

  it('come back from an export as they were, with the snippets', () => {
    const terms = [
      ownTerm(['Qianhai Fund', '前海基金'], { note: 'Seed money', links: ['qianhai-cooperation-zone'] }),
      ownTerm(['橫琴灣區研究所'], { id: 'own-institute', kind: 'organisation' }),
    ];
    const result = readImport(toJson(bilingualLibrary, label, new Date(), terms));
    expect(result).toEqual({ ok: true, snippets: bilingualLibrary, ownTerms: terms });
  });

  it('a version 2 export (before own terms) still imports, with no terms', () => {
    const result = readImport(VERSION_2_FILE);
    expect(result.ok && result.snippets.map((s) => s.id)).toEqual(['b7f1c2d4']);
    expect(result.ok && result.ownTerms).toEqual([]);
  });

  it.each([
    [{ names: ['q'] }, 'Own term 2 of 2 cannot be imported: The name “q” is a single letter, which would be found all over a page.'],
    [{ names: ['...'] }, 'Own term 2 of 2 cannot be imported: The name “...” has no letters or digits: punctuation alone matches nothing.'],
    [{ names: ['x'.repeat(201)] }, `Own term 2 of 2 cannot be imported: The name “${'x'.repeat(40)}…” is longer than 200 characters.`],
    [{ names: [] }, 'Own term 2 of 2 cannot be imported: A term needs a name.'],
    [{ kind: 'planet' }, 'Own term 2 of 2 cannot be imported: kind'],
  ])('a file with one bad own term (%o) is refused whole', (bad, message) => {
    const file = JSON.parse(toJson(bilingualLibrary, label, new Date(), [ownTerm(['Qianhai Fund'])]));
    file.ownTerms.push({ ...ownTerm(['Lingnan Data Lab']), ...bad });
    const result = readImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('a version 3 file without its list of terms is refused', () => {
    const file = JSON.parse(toJson([], label, new Date()));
    delete file.ownTerms;
    expect(readImport(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: 'The file has no list of own terms.',
      problem: { code: 'no-terms' },
    });
  });

  it('a file from a newer version is refused', () => {
    const file = JSON.parse(toJson([], label, new Date()));
    file.version = 4;
    expect(readImport(JSON.stringify(file))).toMatchObject({ ok: false, error: expect.stringContaining('reads up to version 3') });
  });
});
