import { html, type TemplateResult } from 'lit';

/** One row of a list screen's table: the item's title linking to its page, and one more column. */
export interface LinkRow {
  id: string;
  title: string;
  value: unknown;
}

/**
 * The table of a list screen (polls, boards, maps): a column of titles, each a link to the item's
 * page (`#/<section>/<id>`), and one column more (its status, its categories).
 */
export const linkTable = (section: string, headings: [title: string, value: string], rows: readonly LinkRow[]): TemplateResult =>
  html`<table>
    <thead>
      <tr>
        <th scope="col">${headings[0]}</th>
        <th scope="col">${headings[1]}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td><a href="#/${section}/${encodeURIComponent(row.id)}">${row.title}</a></td>
            <td>${row.value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
