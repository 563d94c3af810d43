/**
 * Saves `text` as a file named `filename`. CSV gets its byte-order mark back (the SDK gives decoded
 * text): spreadsheet programs need it to read accents right.
 */
export function downloadText(text: string, filename: string, type: 'text/csv' | 'application/geo+json'): void {
  const parts = type === 'text/csv' ? ['\ufeff', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
