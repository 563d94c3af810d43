import { html, nothing } from 'lit';
import type { FeedbackMap, Report } from '@inspraak/sdk';
import type { ReportStatusUpdateInput } from '@inspraak/contract';
import { ReportStatusUpdateInputLimits } from '@inspraak/contract/constants/ReportStatusUpdateInputLimits';
import { ReportStatusValues } from '@inspraak/contract/constants/ReportStatusValues';
import { fill, longDate } from '../texts.ts';
import { ConsoleListScreen } from './list-screen.ts';

/** The roles that may set a report's status (the contract's scopes of updateReportStatus). */
const updatingRoles = ['admin', 'moderator'];

/** A report as staff name it: its category and place (or the start of what the resident wrote). */
export const reportTitle = ({ properties: { serviceName, address, description } }: Report): string =>
  `${serviceName}: ${address ?? description.slice(0, 60)}`;

/**
 * `<inspraak-console-reports>`: one map's reports, newest first (`#/reports/<mapId>`; without a map,
 * the site's first), each with its status and public history. Moderators and admins set a new
 * status with a note residents read; the report stays in the list with its new status.
 */
export class ConsoleReportsScreen extends ConsoleListScreen<Report> {
  static override properties = { ...ConsoleListScreen.properties, mapId: { attribute: false }, maps: { state: true }, updating: { state: true } };

  mapId: string | undefined;
  /** The site's maps, for the picker. */
  maps: FeedbackMap[] = [];
  /** The report whose status form is open. */
  updating = '';

  protected override async fetchItems(): Promise<Report[]> {
    const { client } = this.context;
    this.maps = (await client.admin.maps.list({ limit: 100 })).items;
    this.mapId ??= this.maps[0]?.id;
    return this.mapId ? (await client.admin.reports.list(this.mapId, { limit: 100 })).items : [];
  }

  async #open(report: Report): Promise<void> {
    this.updating = report.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#status-${report.id}`)?.focus();
  }

  async #close(report: Report): Promise<void> {
    this.updating = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#report-${report.id}`)?.focus();
  }

  async #submit(event: SubmitEvent, report: Report): Promise<void> {
    event.preventDefault();
    const { client, texts } = this.context;
    const data = new FormData(event.target as HTMLFormElement);
    const status = String(data.get('status')) as ReportStatusUpdateInput['status'];
    const note = String(data.get('note') ?? '').trim();
    const [updated] = await this.settle(
      [report],
      () => client.admin.reports.updateStatus(report.id, { status, ...(note && { note }) }),
      () => fill(texts.reportStatusSet, { title: reportTitle(report), status: texts.reportStatus[status] }),
      { keep: true },
    );
    if (updated) await this.#close(updated);
  }

  override render() {
    const { texts } = this.context;
    const map = this.maps.find((candidate) => candidate.id === this.mapId);
    return html`
      <h1 tabindex="-1">${texts.reports}</h1>
      <p>${texts.reportsIntro}</p>
      ${this.maps.length > 1
        ? html`<div class="field">
            <label for="map-picker">${texts.reportsMap}</label>
            <select id="map-picker" @change=${(event: Event) => (location.hash = `#/reports/${encodeURIComponent((event.target as HTMLSelectElement).value)}`)}>
              ${this.maps.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === this.mapId}>${candidate.title}</option>`)}
            </select>
          </div>`
        : map
          ? html`<p>${fill(texts.reportsOfMap, { title: map.title })}</p>`
          : nothing}
      ${this.items !== undefined && this.maps.length === 0 ? html`<p>${texts.reportsNoMaps}</p>` : this.renderListState(texts.reportsEmpty)}
      ${this.items?.map((report) => this.#renderReport(report))}
    `;
  }

  #renderReport(report: Report) {
    const { texts, language, site } = this.context;
    const { status, moderation, description, updates } = report.properties;
    const headingId = `report-${report.id}`;
    return html`<article class="card" aria-labelledby=${headingId}>
      <h2 id=${headingId} tabindex="-1">${reportTitle(report)}</h2>
      <p>
        <span class="badge">${texts.reportStatus[status]}</span>
        ${moderation === 'published' ? nothing : html`<span class="badge">${texts.reportModeration[moderation]}</span>`}
      </p>
      <p>${description}</p>
      <details>
        <summary>${texts.reportHistory}</summary>
        <ol>
          ${updates.map((update) => html`<li>${longDate(update.at, language)}: ${texts.reportStatus[update.status]}${update.note ? html` — ${update.note}` : nothing}</li>`)}
        </ol>
      </details>
      ${updatingRoles.includes(site.role) && this.updating !== report.id
        ? html`<div class="actions">
            <button class="secondary" type="button" aria-describedby=${headingId} @click=${() => this.#open(report)}>${texts.reportUpdate}</button>
          </div>`
        : nothing}
      ${this.updating === report.id ? this.#renderForm(report) : nothing}
    </article>`;
  }

  #renderForm(report: Report) {
    const { texts } = this.context;
    return html`<form class="card" @submit=${(event: SubmitEvent) => this.#submit(event, report)}>
      <div class="field">
        <label for="status-${report.id}">${texts.reportNewStatus}</label>
        <select id="status-${report.id}" name="status">
          ${ReportStatusValues.map((value) => html`<option value=${value} ?selected=${value === report.properties.status}>${texts.reportStatus[value]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="note-${report.id}">${texts.reportNote}</label>
        <p class="hint" id="note-hint-${report.id}">${texts.reportNoteHint}</p>
        <textarea id="note-${report.id}" name="note" rows="3" maxlength=${ReportStatusUpdateInputLimits.note.maxLength} aria-describedby="note-hint-${report.id}"></textarea>
      </div>
      <div class="actions">
        <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${texts.reportUpdateConfirm}</button>
        <button class="secondary" type="button" @click=${() => void this.#close(report)}>${texts.cancel}</button>
      </div>
    </form>`;
  }
}
