import type { PollRecord } from '../repositories/poll-repository.ts';
import { toCsv, type CsvCell } from './csv-writer.ts';
import { toResults } from './results-view.ts';

/** The poll's results as CSV; counts whatever the visibility rule. */
export function resultsCsv(record: PollRecord): string {
  const results = toResults(record, 'visible');
  const labels = new Map(record.options.map((o) => [o.id, o.label]));
  const rows: CsvCell[][] = [['option_id', 'option', 'ballots', 'percentage']];
  for (const option of results.options ?? []) {
    rows.push([option.optionId, labels.get(option.optionId) ?? '', option.count, option.percentage.toFixed(1)]);
  }
  rows.push(['total', '', results.totalBallots ?? 0, '']);
  return toCsv(rows);
}
