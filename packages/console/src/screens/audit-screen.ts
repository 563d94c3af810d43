import { html, nothing } from 'lit';
import type { AuditEntry } from '@inspraak/sdk';
import { failureText } from '../console-context.ts';
import { download } from './download.ts';
import { fill, plural, type ConsoleLanguage, type ConsoleTexts } from '../texts.ts';
import { ConsoleListScreen } from './list-screen.ts';

/** When an entry happened, in the console's language: a date and a time. */
const formatWhen = (at: string, language: ConsoleLanguage): string =>
  new Date(at).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });

const timestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** A recorded field's value in words: empty, a date, a list, or the value as it is. */
function formatValue(value: unknown, texts: ConsoleTexts, language: ConsoleLanguage): string {
  if (value === null || value === undefined || value === '') return texts.auditEmptyValue;
  if (typeof value === 'string') return timestamp.test(value) ? formatWhen(value, language) : value;
  if (Array.isArray(value)) return value.map((item) => formatValue(item, texts, language)).join(', ');
  if (typeof value === 'number') return value.toLocaleString(language);
  return JSON.stringify(value);
}

/** The log keeps the stored field names (`closes_at`): with spaces they read as words. */
const fieldName = (name: string): string => name.replaceAll('_', ' ');

/**
 * `<inspraak-console-audit>`: the site's audit log, for its admins: who changed what and when,
 * newest first, with the changed fields before and after (opened per entry). "Load more" reads the
 * next page and moves focus to its first entry; the whole log downloads as CSV.
 */
export class ConsoleAuditScreen extends ConsoleListScreen<AuditEntry> {
  static override properties = { ...ConsoleListScreen.properties, nextCursor: { state: true }, pageSize: { attribute: false } };

  /** Where the next page starts; null when every entry is shown. */
  nextCursor: string | null = null;
  /** How many entries a page holds (the first, and each "Load more"). */
  pageSize = 50;

  protected override async fetchItems(): Promise<AuditEntry[]> {
    const page = await this.context.client.admin.auditLog.list({ limit: this.pageSize });
    this.nextCursor = page.nextCursor;
    return page.items;
  }

  async #loadMore(): Promise<void> {
    if (this.busy || !this.nextCursor || !this.items) return;
    const { client, texts, language } = this.context;
    this.busy = true;
    try {
      const page = await client.admin.auditLog.list({ limit: this.pageSize, cursor: this.nextCursor });
      const firstNew = this.items.length;
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
      this.context.announce(`${plural(texts.auditAdded, page.items.length, language)}${page.nextCursor ? '' : ` ${texts.auditAllShown}`}`);
      await this.updateComplete;
      // On to the first new entry, where reading goes on (the button may be gone now; with no new entry, the last one).
      const entries = this.renderRoot.querySelectorAll<HTMLElement>('tbody th');
      (entries[firstNew] ?? entries[entries.length - 1])?.focus();
    } catch (error) {
      this.context.announce(failureText(texts, error));
    } finally {
      this.busy = false;
    }
  }

  #downloadCsv(): Promise<void> {
    return download(this.context, () => this.context.client.admin.auditLog.exportCsv(), `${this.context.site.siteId}-audit-log.csv`);
  }

  override render() {
    const { texts } = this.context;
    return html`
      <h1 tabindex="-1">${texts.audit}</h1>
      <p>${texts.auditIntro}</p>
      <div class="actions">
        <button class="secondary" type="button" @click=${this.#downloadCsv}>${texts.auditDownloadCsv}</button>
      </div>
      ${this.renderListState(texts.auditEmpty)} ${this.items?.length ? this.#renderTable(this.items) : nothing}
      ${this.nextCursor && this.items?.length
        ? html`<div class="actions">
            <button class="secondary" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#loadMore}>${texts.auditLoadMore}</button>
          </div>`
        : nothing}
    `;
  }

  #renderTable(entries: AuditEntry[]) {
    const { texts } = this.context;
    // A narrow screen scrolls the table sideways, inside a region a keyboard can reach and scroll.
    return html`<div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
      <table>
        <caption id="audit-caption">${texts.auditCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${texts.auditWhen}</th>
            <th scope="col">${texts.auditWho}</th>
            <th scope="col">${texts.auditWhat}</th>
            <th scope="col">${texts.auditSubject}</th>
            <th scope="col">${texts.auditChanges}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map((entry) => this.#renderEntry(entry))}
        </tbody>
      </table>
    </div>`;
  }

  #renderEntry(entry: AuditEntry) {
    const { texts, language } = this.context;
    const { actor, subject, action } = entry;
    return html`<tr>
      <th scope="row" tabindex="-1"><time datetime=${entry.at}>${formatWhen(entry.at, language)}</time></th>
      <td>${actor.kind === 'admin-token' ? texts.auditScript : actor.role ? fill(texts.auditActor, { email: actor.email ?? '', role: texts.role[actor.role] }) : actor.email}</td>
      <td>${Object.hasOwn(texts.auditActions, action) ? texts.auditActions[action as keyof ConsoleTexts['auditActions']] : action}</td>
      <td>
        ${texts.auditSubjects[subject.type]}
        ${subject.type === 'poll' ? html`<a href="#/polls/${encodeURIComponent(subject.id)}">${subject.id}</a>` : html`<code>${subject.id}</code>`}
      </td>
      <td>${this.#renderChanges(entry)}</td>
    </tr>`;
  }

  /** Only the fields that changed, folded away: before → after (a creation has only after; a deletion only before, what it held). */
  #renderChanges({ before, after }: AuditEntry) {
    const { texts, language } = this.context;
    if (!before && !after) return texts.auditErased;
    const fields = Object.keys(after ?? before ?? {});
    if (fields.length === 0) return texts.auditNoChanges;
    return html`<details>
      <summary>${after ? plural(texts.auditChangeCount, fields.length, language) : texts.auditDeleted}</summary>
      <dl>
        ${fields.map(
          (field) =>
            html`<dt>${fieldName(field)}</dt>
              <dd>
                ${before && after
                  ? html`<span class="before">${formatValue(before[field], texts, language)}</span>
                      <span aria-hidden="true">→</span><span class="visually-hidden"> ${texts.auditBecomes} </span>`
                  : nothing}
                ${formatValue((after ?? before)?.[field], texts, language)}
              </dd>`,
        )}
      </dl>
    </details>`;
  }
}
