import type { BrowserContext, Page } from '@playwright/test';
import type { TestServer } from '../../lib/cli/static-server';

/**
 * Prints HTML to a PDF with Chromium itself, the way a reader's PDFs are made: real fonts, a
 * real text layer, real metadata (the <title> becomes the PDF's title). Printed from
 * about:blank, where Baylens does not run, so the paper carries no highlight colours.
 */
export async function printPdf(context: BrowserContext, html: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
  } finally {
    await page.close();
  }
}

/** A page of text as a picture only, as a scanner makes it: the PDF has pages but no text. */
export async function printScan(context: BrowserContext, lines: string[]): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent('<!doctype html><title>Scanned letter</title><body style="margin:0"></body>');
    await page.evaluate((text) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 600;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, 1200, 600);
      g.fillStyle = '#000';
      g.font = '32px serif';
      text.forEach((line, i) => g.fillText(line, 40, 80 + i * 48));
      const img = document.createElement('img');
      img.src = canvas.toDataURL('image/png');
      img.style.width = '100%';
      document.body.append(img);
      return img.decode();
    }, lines);
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await page.close();
  }
}

/**
 * A PDF locked with a password (the standard security handler, revision 2): pdf.js tries the
 * empty password, which these keys do not accept, and asks for one. Written by hand, with the
 * cross-reference offsets counted, so the file is well formed apart from being locked.
 */
export function lockedPdf(): Buffer {
  const hex = (n: number) => 'ab'.repeat(n);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A file that starts like a PDF and then is nothing but noise: a broken download. */
export function damagedPdf(): Buffer {
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
  return Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]);
}

/** Serves a PDF from the test's own server; `cors` lets an extension page fetch it without a site permission. */
export function servePdf(server: TestServer, path: string, body: Buffer, options: { cors?: boolean; type?: string } = {}): string {
  server.files.set(path, {
    body,
    headers: {
      'content-type': options.type ?? 'application/pdf',
      ...(options.cors === false ? {} : { 'access-control-allow-origin': '*' }),
    },
  });
  return `${server.origin}${path}`;
}

/** The reader's address for a PDF. */
export function readerAt(extensionId: string, src: string, extra = ''): string {
  return `chrome-extension://${extensionId}/pdf.html?src=${encodeURIComponent(src)}${extra}`;
}

/** Waits until the reader has read every page and registered every highlight. */
export async function readAll(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('baylens:pdf-all-text').length > 0, undefined, { timeout: 20_000 });
}
