// RFC 4180 CSV shared by every export (poll results, idea and map report exports).

// A cell a spreadsheet would run as a formula gets an apostrophe in front (OWASP CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: text, a number, a boolean, or empty (`null`/`undefined`). */
export type CsvCell = string | number | boolean | null | undefined;

/** The text of one cell, quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CRLF line ends, a UTF-8 byte-order mark (so spreadsheet programs read accents right), a final CRLF. */
export function toCsv(rows: CsvCell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
