import { failureText, type ConsoleContext } from '../console-context.ts';

/**
 * Reads an export and saves it in the browser's downloads as `filename`; a failure is said in the
 * live region. CSV gets its byte-order mark back (the SDK gives decoded text): spreadsheet programs
 * need it to read accents right.
 */
export async function download(
  context: ConsoleContext,
  read: () => Promise<string>,
  filename: string,
  type: 'text/csv' | 'application/geo+json' = 'text/csv',
): Promise<void> {
  try {
    const text = await read();
    const parts = type === 'text/csv' ? ['\ufeff', text] : [text];
    const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
    Object.assign(document.createElement('a'), { href: url, download: filename }).click();
    // Later, not now: the browser reads the file after the click.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    context.announce(failureText(context.texts, error));
  }
}
