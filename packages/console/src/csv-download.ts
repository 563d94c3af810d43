import { failureText, type ConsoleContext } from './console-context.ts';

/**
 * Reads a CSV export and saves it in the browser's downloads as `filename`; a failure is said in
 * the live region. The byte-order mark goes back in (the SDK gives decoded text): spreadsheet
 * programs need it to read accents.
 */
export async function downloadCsv(context: ConsoleContext, read: () => Promise<string>, filename: string): Promise<void> {
  try {
    const url = URL.createObjectURL(new Blob(['\ufeff', await read()], { type: 'text/csv;charset=utf-8' }));
    Object.assign(document.createElement('a'), { href: url, download: filename }).click();
    // Later, not now: the browser reads the file after the click.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    context.announce(failureText(context.texts, error));
  }
}
