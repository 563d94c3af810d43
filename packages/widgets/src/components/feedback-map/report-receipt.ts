/**
 * What the feedback map shows after a report is sent, and the status view of a receipt link. A
 * chunk of its own: the widget imports it while the report is being sent (or when the page's
 * address carries a receipt), so the form a resident first meets stays small.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { InspraakApiError, type MapsApi, type Report, type ReportReceipt } from '@inspraak/sdk';
import type { InspraakElement } from '../../base/inspraak-element.ts';
import { errorTextKey } from '../../base/error-messages.ts';
import { heading } from '../../base/heading.ts';
import { translations, type Localizer } from '../../base/localize.ts';
import { ReceiptErasure } from '../../base/receipt-erasure.ts';
import { nlMapReceipt, type MapReceiptTexts } from '../../locales/nl-map-receipt.ts';
import { nlMap, type MapTexts } from '../../locales/nl-map.ts';
import { mapsFor, statusKey } from './map-data.ts';

export type ViewTexts = MapTexts & MapReceiptTexts;

/** The look of the confirmation; the widget adopts it with this chunk. */
export const viewStyles = css`
  progress {
    inline-size: 100%;
    block-size: 0.75em;
    accent-color: var(--_accent);
  }
  .status.success {
    padding: 0.75em 1em;
    border-inline-start: 6px solid var(--_success);
    background: var(--inspraak-feedback-map-success-background, #f0f7f2);
  }
  .status.success .heading {
    color: var(--_success);
  }
  @media (forced-colors: active) {
    .status.success {
      border-color: CanvasText;
    }
  }
`;
type L = Localizer<ViewTexts>;

/** The texts of these views: the form's and their own. English loads when a page asks for it. */
export const viewTexts = translations<ViewTexts>(
  { ...nlMap, ...nlMapReceipt },
  {
    en: () =>
      Promise.all([import('../../locales/en-map.ts'), import('../../locales/en-map-receipt.ts')]).then(([form, own]) => ({ ...form.enMap, ...own.enMapReceipt })),
  },
);

export interface Upload {
  done: number;
  total: number;
  failed: string[];
}

export interface SentView {
  sent: ReportReceipt;
  upload: Upload | undefined;
  link: string;
  level: number;
  onCopy: () => void;
  onAnother: () => void;
}

/** The confirmation: the report is in, the photos' progress, the receipt link to keep. */
export function renderSent(l: L, { sent: { report }, upload, link, level, onCopy, onAnother }: SentView): TemplateResult {
  return html`<div part="status" class="status success">
      ${heading(level, l.t('sentHeading'), 'confirmation', 'status')}
      <p>${report.properties.moderation === 'published' ? l.t('sentPublished') : l.t('sentPending')}</p>
    </div>
    ${upload
      ? html`<div class="field">
          ${upload.done < upload.total
            ? html`<p id="upload-text">${l.t('photosSending', { done: upload.done + 1, total: upload.total })}</p>
                <progress max=${upload.total} .value=${upload.done} aria-labelledby="upload-text"></progress>`
            : nothing}
          ${upload.failed.map((text) => html`<p class="error-message">${text}</p>`)}
        </div>`
      : nothing}
    <div part="receipt" class="field receipt">
      <label part="label" class="label" for="receipt">${l.t('receiptLabel')}</label>
      <p part="hint" class="hint" id="receipt-hint">${l.t('receiptHint')}</p>
      <input part="input" type="text" id="receipt" readonly aria-describedby="receipt-hint" .value=${link} />
      <a href=${link} class="meta">${link}</a>
    </div>
    <div class="actions">
      <button type="button" part="button copy-button" class="primary" @click=${onCopy}>${l.t('copy')}</button>
      <button type="button" part="button another-button" class="secondary" @click=${onAnother}>${l.t('another')}</button>
    </div>`;
}

export interface FollowedView {
  report: Report | undefined;
  failed: boolean;
  level: number;
  /** Back to the form; absent when the element shows only a receipt. */
  onBack: (() => void) | undefined;
  /** The element, which this view asks to re-render and whose API it erases the report through. */
  host: InspraakElement;
  receipt: string;
}

/** "Delete my report", per element and receipt. */
const erasures = new WeakMap<InspraakElement, { receipt: string; erasure: ReceiptErasure }>();

function erasureFor(host: InspraakElement, receipt: string): ReceiptErasure {
  let held = erasures.get(host);
  if (held?.receipt !== receipt) {
    const erasure = new ReceiptErasure(host, async () => {
      await mapsFor(host)!.reports.eraseByReceipt(receipt);
      // The page's address no longer leads to a report: a reload shows the form, not an error.
      if (location.hash.includes(encodeURIComponent(receipt))) history.replaceState(history.state, '', location.pathname + location.search);
    });
    erasures.set(host, (held = { receipt, erasure }));
  }
  return held.erasure;
}

/** A report's status as its reporter follows it: the status, the city's note, the history; and "delete my report". */
export function renderFollowed(l: L, { report, failed, level, onBack, host, receipt }: FollowedView): TemplateResult {
  const properties = report?.properties;
  const erasure = properties && erasureFor(host, receipt);
  const back = onBack ? html`<div class="actions"><button type="button" part="button" class="secondary" @click=${onBack}>${l.t('backToMap')}</button></div>` : nothing;
  if (erasure?.step === 'done') return html`${heading(level, l.t('receiptHeading'), 'title', 'title', 'title')}${erasure.render(l, level + 1, back)}`;
  return html`${heading(level, l.t('receiptHeading'), 'title', 'title', 'title')}
    ${failed
      ? html`<div part="error" class="error" role="alert"><p class="error-title">${l.t('receiptFailed')}</p></div>`
      : properties
        ? html`<div part="status" class="status">
            <p class="report-title">${properties.serviceName}</p>
            <p>${properties.description}</p>
            ${properties.address ? html`<p class="meta">${properties.address}</p>` : nothing}
            <p><strong>${l.t('receiptStatus', { status: l.t(statusKey(properties.status)) })}</strong></p>
            ${properties.statusNotes ? html`<p>${l.t('receiptNote', { note: properties.statusNotes })}</p>` : nothing}
            ${heading(level + 1, l.t('receiptHistory'), 'history-heading')}
            <ul>
              ${properties.updates.map((update) => html`<li>${l.date(update.at)}: ${l.t(statusKey(update.status))}${update.note ? html`. ${update.note}` : nothing}</li>`)}
            </ul>
          </div>`
        : html`<p class="meta">${l.t('loading')}</p>`}
    ${erasure ? erasure.render(l, level + 1) : nothing} ${back}`;
}

/**
 * Adds the photos to a sent report, with its receipt, one at a time, telling `progress` after each;
 * a refused photo does not undo the report. Resolves to the number of photos added.
 */
export async function uploadPhotos(
  maps: MapsApi,
  { report, receipt }: ReportReceipt,
  photos: { file: File }[],
  l: L,
  maxSize: string,
  progress: (upload: Upload) => void,
  failed: (error: unknown) => void,
): Promise<number> {
  const upload: Upload = { done: 0, total: photos.length, failed: [] };
  progress(upload);
  for (const { file } of photos) {
    try {
      await maps.reports.addPhoto(report.id, file, { receipt, filename: file.name });
    } catch (error) {
      const kind = error instanceof InspraakApiError ? error.kind : undefined;
      const reason = kind === 'too-large' ? l.t('errorPhotoSize', { name: file.name, size: maxSize }) : kind === 'invalid' ? l.t('errorPhoto') : l.t(errorTextKey(error));
      upload.failed = [...upload.failed, l.t('photoFailed', { name: file.name, reason })];
      failed(error);
    }
    upload.done += 1;
    progress({ ...upload });
  }
  return upload.total - upload.failed.length;
}

/** The server's field errors (JSON pointers) as messages next to the form's fields, by control id. */
export function fieldErrors(l: Localizer<MapTexts>, error: unknown, description: string, max: number): Record<string, string> {
  if (!(error instanceof InspraakApiError)) return {};
  const errors: Record<string, string> = {};
  for (const pointer of Object.keys(error.fieldErrors())) {
    const answer = /^\/answers\/(.+)$/.exec(pointer);
    if (pointer === '/lat' || pointer === '/lng') errors.address = l.t('errorOutside');
    else if (pointer === '/category') errors['category-0'] = l.t('errorUnknownCategory');
    else if (pointer === '/description') errors.description = description.length > max ? l.t('errorDescriptionLong', { max }) : l.t('errorDescription');
    else if (answer) errors[`answer-${answer[1]}`] = l.t('errorAnswer');
  }
  return errors;
}
