import type { BoardRow, IdeaRow } from '../db/idea-tables.ts';
import { toCsv, type CsvCell } from './csv-writer.ts';

/** Every idea of a board, in any moderation state, oldest first, through the shared CSV writer. */
export function ideasCsv(board: BoardRow, ideas: IdeaRow[]): string {
  const labels = new Map((JSON.parse(board.categories) as Array<{ id: string; label: string }>).map((c) => [c.id, c.label]));
  const rows: CsvCell[][] = [
    [
      'idea_id', 'created_at', 'title', 'description', 'category', 'status', 'moderation', 'hidden_reason_code', 'hidden_reason',
      'supports', 'comments', 'place', 'lat', 'lng', 'display_name', 'official_answer',
    ],
  ];
  for (const idea of ideas) {
    rows.push([
      idea.id, idea.created_at, idea.title, idea.description, labels.get(idea.category_id) ?? idea.category_id, idea.status,
      idea.moderation_state, idea.hidden_reason_code, idea.hidden_reason, idea.support_count, idea.comment_count, idea.place, idea.lat, idea.lng,
      idea.display_name, idea.answer_text,
    ]);
  }
  return toCsv(rows);
}
