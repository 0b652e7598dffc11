import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/snippets/export/json';
import { readImport } from '../../lib/snippets/import';
import { bilingualLibrary, sampleSnippet } from '../fixtures/snippets-sample';

const label = (id: string) => id;
const exportOf = (snippets: unknown[], version: unknown = 2) => JSON.stringify({ format: 'baylens-snippets', version, snippets });
const refusal = (text: string, ...rest: [number?, number?]) => {
  const result = readImport(text, ...rest);
  if (result.ok) throw new Error('the file was accepted');
  return result.error;
};

describe('importing a JSON export', () => {
  it('reads back exactly what was exported', () => {
    const result = readImport(toJson(bilingualLibrary, label, new Date()));
    expect(result).toEqual({ ok: true, snippets: bilingualLibrary, ownTerms: [] });
  });

  it('reads an export written by schema version 1', () => {
    const v1 = {
      id: 'old',
      text: 'The Loop',
      url: 'https://example.com/',
      title: 'T',
      savedAt: 0,
      entities: ['hetao-cooperation-zone'],
      note: '',
      tags: 'a, b',
    };
    const result = readImport(exportOf([v1], 1));
    expect(result.ok).toBe(true);
    expect(result.ok && result.snippets[0]).toMatchObject({
      id: 'old',
      page: { url: 'https://example.com/' },
      tags: ['a', 'b'],
      entries: ['hetao-cooperation-zone'],
    });
  });

  it('refuses a file that is not JSON', () => {
    expect(refusal('id,text\n1,hello')).toBe('The file is not JSON. Choose a JSON file exported from Baylens.');
  });

  it('refuses JSON that is not a Baylens export', () => {
    expect(refusal('[1, 2, 3]')).toMatch(/not a Baylens snippets export/);
    expect(refusal('{"snippets": []}')).toMatch(/not a Baylens snippets export/);
    expect(refusal('null')).toMatch(/not a Baylens snippets export/);
  });

  it('refuses a version it does not know, saying which', () => {
    expect(refusal(exportOf([], 4))).toBe(
      'The file is export version 4, from a newer Baylens; this one reads up to version 3. Update Baylens, then import it.',
    );
    expect(refusal(exportOf([], '2'))).toMatch(/does not say which export version/);
    expect(refusal(exportOf([], 0))).toMatch(/does not say which export version/);
  });

  it('refuses the wrong shape, naming the snippet and the field', () => {
    expect(refusal(JSON.stringify({ format: 'baylens-snippets', version: 2, snippets: {} }))).toBe('The file has no list of snippets.');
    const noText = { ...sampleSnippet(), text: undefined };
    expect(refusal(exportOf([sampleSnippet(), noText]))).toMatch(/^Snippet 2 of 2 cannot be imported: text: /);
    expect(refusal(exportOf([{ ...sampleSnippet(), tags: 'policy' }]))).toMatch(/^Snippet 1 of 1 cannot be imported: tags: /);
  });

  it('refuses hostile strings: script links, control characters, bad ids, overlong text', () => {
    const page = { url: 'javascript:alert(document.cookie)', title: 'x' };
    expect(refusal(exportOf([sampleSnippet({ page })]))).toBe(
      'Snippet 1 of 1 cannot be imported: page.url is not a web address (http, https or file).',
    );
    expect(refusal(exportOf([sampleSnippet({ page: { url: 'data:text/html,<script>1</script>', title: '' } })]))).toMatch(
      /page\.url is not a web address/,
    );
    expect(refusal(exportOf([sampleSnippet({ note: 'bell\u0007' })]))).toBe(
      'Snippet 1 of 1 cannot be imported: note contains control characters.',
    );
    expect(refusal(exportOf([sampleSnippet({ id: '../../etc/passwd' })]))).toMatch(/id is not a snippet id/);
    expect(refusal(exportOf([sampleSnippet({ entries: ['<img src=x onerror=alert(1)>'] })]))).toMatch(/entries\.0 is not an entry id/);
    expect(refusal(exportOf([sampleSnippet({ text: 'x'.repeat(50_001) })]))).toMatch(/text is longer than 50,000 characters/);
  });

  it('keeps no keys it does not know, whatever they are called', () => {
    const sneaky = JSON.parse(
      `{"format":"baylens-snippets","version":2,"snippets":[${JSON.stringify(sampleSnippet()).slice(0, -1)},"__proto__":{"polluted":true},"extra":1}]}`,
    );
    const result = readImport(JSON.stringify(sneaky));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.snippets[0]!)).toEqual(Object.keys(sampleSnippet()));
    expect(Object.keys(result.snippets[0]!)).not.toContain('extra');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses an oversized file before reading it', () => {
    expect(refusal('{}', 70 * 1024 * 1024)).toBe('The file is too large (70.0 MB); Baylens imports exports of up to 64.0 MB.');
    expect(refusal(exportOf([sampleSnippet()]), undefined, 100)).toMatch(/^The file is too large/);
  });
});
