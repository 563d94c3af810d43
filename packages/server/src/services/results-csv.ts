import type { PollRecord } from '../repositories/poll-repository.ts';
import { toResults } from './results-view.ts';

// A cell a spreadsheet would run as a formula gets an apostrophe in front (OWASP CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends) with a UTF-8 byte-order mark; counts whatever the visibility rule. */
export function resultsCsv(record: PollRecord): string {
  const results = toResults(record, 'visible');
  const labels = new Map(record.options.map((o) => [o.id, o.label]));
  const rows: Array<Array<string | number>> = [['option_id', 'option', 'ballots', 'percentage']];
  for (const option of results.options ?? []) {
    rows.push([option.optionId, labels.get(option.optionId) ?? '', option.count, option.percentage.toFixed(1)]);
  }
  rows.push(['total', '', results.totalBallots ?? 0, '']);
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
