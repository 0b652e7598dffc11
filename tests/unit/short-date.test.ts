import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shortDate } from '@/components/SeenLine';

// The browser serves its English catalogue.
vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'catalogueLanguage' ? 'en' : key));

describe('the date a reader last met an entry', () => {
  const now = new Date(2026, 11, 2);

  it('reads day and month within this year, and adds the year for another', () => {
    expect(shortDate(new Date(2026, 2, 7, 15).getTime(), now)).toBe('7 Mar');
    expect(shortDate(new Date(2025, 11, 31, 9).getTime(), now)).toBe('31 Dec 2025');
    // Asked again in the other order: each form keeps its own formatter.
    expect(shortDate(new Date(2026, 0, 1).getTime(), now)).toBe('1 Jan');
    expect(shortDate(new Date(2024, 1, 29).getTime(), now)).toBe('29 Feb 2024');
  });
});
