import { describe, expect, it } from 'vitest';
import { citationLine } from '../../lib/snippets/export/citation';
import { csvField, toCsv } from '../../lib/snippets/export/csv';
import { toJson } from '../../lib/snippets/export/json';
import { escapeMarkdown, toMarkdown } from '../../lib/snippets/export/markdown';
import { bilingualLibrary, sampleSnippet } from '../fixtures/snippets-sample';

const label = (id: string) => ({ macao: 'Macao (澳门)', hzmb: 'Hong Kong-Zhuhai-Macao Bridge (港珠澳大桥)' })[id] ?? id;
const exportedAt = new Date('2026-11-22T12:00:00.000Z');

/** A minimal RFC 4180 reader, to check the CSV as a spreadsheet would see it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1)!.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.at(-1)!.push(field);
      field = '';
      rows.push([]);
      i++;
    } else field += c;
  }
  return rows.filter((r) => r.length > 1);
}

describe('exporting snippets', () => {
  it('cites each snippet with title, site, URL and the day it was saved', () => {
    expect(citationLine(bilingualLibrary[2]!)).toBe('“Inside the Loop”, scmp.com, https://www.scmp.com/news/the-loop (saved 2026-10-02)');
  });

  it('writes Markdown with the text quoted, the note, tags, entries and a linked citation', () => {
    const md = toMarkdown(bilingualLibrary, label, exportedAt);
    expect(md).toMatch(/^# Baylens snippets\n\n3 snippets, exported 2026-11-22\.\n/);
    expect(md).toContain('## 港珠澳大橋\n\n> 港珠澳大橋連接香港、珠海和澳門，是粵港澳大灣區的重要基建。\n');
    expect(md).toContain('**Entries:** Hong Kong-Zhuhai-Macao Bridge \\(港珠澳大桥\\); hong-kong; zhuhai; Macao \\(澳门\\); gba');
    expect(md).toContain('**Note:** Compare with Hengqin’s 106 km²\n\n**Tags:** policy, Innovation\n');
    expect(md).toContain('Source: [Inside the Loop](https://www.scmp.com/news/the-loop), scmp.com, saved 2026-10-02.');
    expect(md.split('\n---\n')).toHaveLength(4);
  });

  it('keeps page text inert in Markdown', () => {
    const hostile = sampleSnippet({
      text: '[click](javascript:alert(1)) <img src=x onerror=alert(1)>\n# heading',
      page: { url: 'https://example.com/a_(b)', title: '**bold**' },
    });
    const md = toMarkdown([hostile], label, exportedAt);
    expect(md).toContain('> \\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x onerror=alert\\(1\\)\\>\n> \\# heading');
    expect(md).toContain('Source: [\\*\\*bold\\*\\*](https://example.com/a_%28b%29)');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('writes CSV a spreadsheet reads: a header, one row per snippet, Chinese intact', () => {
    const csv = toCsv(bilingualLibrary, label);
    expect(csv.startsWith('\ufeffsaved,title,site,url,text,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    const header = rows[0]!;
    const loop = Object.fromEntries(header.map((h, i) => [h, rows[3]![i]]));
    expect(loop).toMatchObject({
      saved: '2026-10-02',
      title: 'Inside the Loop',
      site: 'scmp.com',
      tags: 'policy; Innovation',
      'entry ids': 'hetao-cooperation-zone',
    });
    expect(loop.citation).toBe(citationLine(bilingualLibrary[2]!));
    const bridge = Object.fromEntries(header.map((h, i) => [h, rows[2]![i]]));
    expect(bridge.entries).toBe('Hong Kong-Zhuhai-Macao Bridge (港珠澳大桥); hong-kong; zhuhai; Macao (澳门); gba');
  });

  it('quotes CSV fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('-5% growth')).toBe("'-5% growth");
    expect(csvField('plain')).toBe('plain');
  });

  it('writes JSON with the format, version and each snippet as stored, plus its citation', () => {
    const file = JSON.parse(toJson(bilingualLibrary, label, exportedAt));
    expect(file).toMatchObject({ format: 'baylens-snippets', version: 3, exportedAt: '2026-11-22T12:00:00.000Z', count: 3 });
    expect(file.snippets[1]).toEqual({
      ...bilingualLibrary[1],
      citation: citationLine(bilingualLibrary[1]!),
      entryNames: bilingualLibrary[1]!.entries.map(label),
    });
  });
});
