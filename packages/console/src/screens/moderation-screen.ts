import { html, nothing } from 'lit';
import type { ModerationItem } from '@inspraak/sdk';
import type { HideInput } from '@inspraak/contract';
import { HideInputLimits } from '@inspraak/contract/constants/HideInputLimits';
import { HideReasonCodeValues } from '@inspraak/contract/constants/HideReasonCodeValues';
import { fill, plural } from '../texts.ts';
import { ConsoleListScreen } from './list-screen.ts';
import { reportTitle } from './reports-screen.ts';

/** An item's own id: the report's, the comment's, or the idea's. */
const itemId = (item: ModerationItem): string => item.report?.id ?? item.comment?.id ?? item.idea!.id;

/** What staff read to decide: a report's category and place, the start of a comment, or an idea's title. */
function itemTitle(item: ModerationItem): string {
  if (item.report) return reportTitle(item.report);
  return item.comment ? item.comment.body.slice(0, 80) : item.idea!.title;
}

/** The hide form for the selection has this id where an item's has the item's. */
const selectionForm = 'selection';

/**
 * The queue's keys, active only while focus is on an item and not in a field (WCAG 2.1.4: a
 * single-key shortcut works only where the item has focus): the next or previous item, approve,
 * hide, select. The screen lists them; each button names its key in `aria-keyshortcuts`.
 */
const shortcuts = { next: 'j', previous: 'k', approve: 'a', hide: 'h', select: 'x' } as const;

/**
 * `<inspraak-console-moderation>`: the site's moderation queue across its boards and maps (ideas,
 * comments and reports, oldest first, as the server orders it). Approve, or hide with a reason from the shared list and an optional note
 * for the author, one item or a selection at once; a decided item leaves the list and focus goes to
 * the next one. Keys (above) work the queue without the mouse or the Tab key's long way round.
 */
export class ConsoleModerationScreen extends ConsoleListScreen<ModerationItem> {
  static override properties = { ...ConsoleListScreen.properties, hiding: { state: true }, selected: { state: true } };

  /** The item whose hide form is open (`selectionForm` for the selection's). */
  hiding = '';
  /** The ids of the items ticked for a decision together. */
  selected: ReadonlySet<string> = new Set();

  protected override async fetchItems(): Promise<ModerationItem[]> {
    return (await this.context.client.admin.ideas.queue({ limit: 100 })).items;
  }

  get #selection(): ModerationItem[] {
    return this.items?.filter((item) => this.selected.has(itemId(item))) ?? [];
  }

  async #decide(items: readonly ModerationItem[], hide?: HideInput): Promise<void> {
    const { client, texts, language } = this.context;
    const decide = (item: ModerationItem): Promise<unknown> => {
      const id = itemId(item);
      if (item.report) return client.admin.reports.moderate(id, hide ? { decision: 'hide', ...hide } : 'publish');
      if (item.comment) return hide ? client.admin.ideas.hideComment(id, hide) : client.admin.ideas.approveComment(id);
      return hide ? client.admin.ideas.hide(id, hide) : client.admin.ideas.approve(id);
    };
    const settled = await this.settle(items, decide, (done) =>
      done.length === 1 ? fill(hide ? texts.hidden : texts.approved, { title: itemTitle(done[0]!) }) : plural(hide ? texts.hiddenMany : texts.approvedMany, done.length, language),
    );
    if (settled.length > 0) this.hiding = '';
    const left = new Set(this.selected);
    for (const item of settled) left.delete(itemId(item));
    this.selected = left;
  }

  async #openHide(formId: string): Promise<void> {
    this.hiding = formId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#reason-${formId}`)?.focus();
  }

  /** Closes a hide form and puts focus back where it was opened from. */
  async #cancelHide(): Promise<void> {
    const formId = this.hiding;
    this.hiding = '';
    await this.updateComplete;
    const from = formId === selectionForm ? this.renderRoot.querySelector<HTMLElement>('#hide-selection') : this.renderRoot.querySelector<HTMLElement>(`#item-${formId}`);
    from?.focus();
  }

  #submitHide(event: SubmitEvent, items: readonly ModerationItem[]): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const reasonCode = String(data.get('reasonCode')) as HideInput['reasonCode'];
    const note = String(data.get('note') ?? '').trim();
    void this.#decide(items, { reasonCode, ...(note && { note }) });
  }

  #toggle(item: ModerationItem, on = !this.selected.has(itemId(item))): void {
    const next = new Set(this.selected);
    if (on) next.add(itemId(item));
    else next.delete(itemId(item));
    this.selected = next;
  }

  #toggleAll(on: boolean): void {
    this.selected = new Set(on ? (this.items ?? []).map(itemId) : []);
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const target = event.composedPath()[0] as HTMLElement;
    if (target.closest('form')) {
      if (event.key === 'Escape') void this.#cancelHide();
      return;
    }
    // Keys typed into a field are text; a checkbox (the item's "Select") takes the keys like the item.
    if (target instanceof HTMLInputElement ? target.type !== 'checkbox' : ['TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const article = target.closest<HTMLElement>('article[data-item]');
    const item = this.items?.find((candidate) => itemId(candidate) === article?.dataset['item']);
    if (!item) return;
    const headings = [...this.renderRoot.querySelectorAll<HTMLElement>('article h2')];
    const here = this.items!.indexOf(item);
    const key = event.key.toLowerCase();
    if (key === shortcuts.next) headings[Math.min(here + 1, headings.length - 1)]?.focus();
    else if (key === shortcuts.previous) headings[Math.max(here - 1, 0)]?.focus();
    else if (key === shortcuts.approve) void this.#decide([item]);
    else if (key === shortcuts.hide) void this.#openHide(itemId(item));
    else if (key === shortcuts.select) this.#toggle(item);
    else return;
    event.preventDefault();
  }

  override render() {
    const { texts } = this.context;
    return html`
      <h1 tabindex="-1">${texts.moderation}</h1>
      <p>${texts.moderationIntro}</p>
      ${this.#renderShortcuts()} ${this.renderListState(texts.moderationEmpty)}
      ${this.items?.length ? this.#renderSelectionBar() : nothing}
      <div @keydown=${(event: KeyboardEvent) => this.#onKeydown(event)}>${this.items?.map((item) => this.#renderItem(item))}</div>
    `;
  }

  #renderShortcuts() {
    const { texts } = this.context;
    return html`<details class="shortcuts">
      <summary>${texts.shortcuts}</summary>
      <p>${texts.shortcutsIntro}</p>
      <dl>
        ${(Object.keys(shortcuts) as (keyof typeof shortcuts)[]).map(
          (action) => html`<div><dt><kbd>${shortcuts[action].toUpperCase()}</kbd></dt><dd>${texts.shortcut[action]}</dd></div>`,
        )}
        <div><dt><kbd>Esc</kbd></dt><dd>${texts.shortcut.cancel}</dd></div>
      </dl>
    </details>`;
  }

  #renderSelectionBar() {
    const { texts, language } = this.context;
    const selection = this.#selection;
    const all = selection.length === this.items!.length;
    return html`<div class="card selection" role="group" aria-labelledby="selection-count">
      <div class="check">
        <input id="select-all" type="checkbox" .checked=${all} @change=${(event: Event) => this.#toggleAll((event.target as HTMLInputElement).checked)} />
        <label for="select-all">${texts.selectAll}</label>
      </div>
      <p id="selection-count">${plural(texts.selectedCount, selection.length, language)}</p>
      ${selection.length > 0
        ? html`<div class="actions">
            <button class="primary" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.#decide(this.#selection)}>${texts.approveSelected}</button>
            ${this.hiding === selectionForm
              ? nothing
              : html`<button id="hide-selection" class="secondary" type="button" @click=${() => void this.#openHide(selectionForm)}>${texts.hideSelected}</button>`}
          </div>`
        : nothing}
      ${this.progress ? html`<p>${this.progress}</p>` : nothing}
      ${this.hiding === selectionForm ? this.#renderHideForm(selectionForm, selection) : nothing}
    </div>`;
  }

  #renderItem(item: ModerationItem) {
    const { texts, language } = this.context;
    const id = itemId(item);
    const headingId = `item-${id}`;
    return html`<article class="card" aria-labelledby=${headingId} data-item=${id}>
      <h2 id=${headingId} tabindex="-1"><span class="badge">${texts.kind[item.type]}</span> ${itemTitle(item)}</h2>
      ${item.flagCount > 0 ? html`<p><strong>${plural(texts.flags, item.flagCount, language)}</strong></p>` : nothing}
      ${this.#renderContent(item)}
      <div class="actions">
        <button class="primary" type="button" aria-describedby=${headingId} aria-keyshortcuts=${shortcuts.approve} aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#decide([item])}>
          ${texts.approve}
        </button>
        ${this.hiding === id
          ? nothing
          : html`<button class="secondary" type="button" aria-describedby=${headingId} aria-keyshortcuts=${shortcuts.hide} @click=${() => this.#openHide(id)}>${texts.hide}</button>`}
        <div class="check">
          <input
            id="select-${id}"
            type="checkbox"
            aria-describedby=${headingId}
            aria-keyshortcuts=${shortcuts.select}
            .checked=${this.selected.has(id)}
            @change=${(event: Event) => this.#toggle(item, (event.target as HTMLInputElement).checked)}
          />
          <label for="select-${id}">${texts.select}</label>
        </div>
      </div>
      ${this.hiding === id ? this.#renderHideForm(id, [item]) : nothing}
    </article>`;
  }

  /** What the item says: a comment with the idea it is on, an idea, or a report with its place and photos. */
  #renderContent(item: ModerationItem) {
    const { texts } = this.context;
    if (item.report) {
      const { description, address, mediaUrls } = item.report.properties;
      return html`<p>${description}</p>
        ${address ? html`<p class="hint">${fill(texts.reportPlace, { address })}</p>` : nothing}
        ${mediaUrls.length > 0
          ? html`<ul class="plain photos">
              ${mediaUrls.map((url, index) => html`<li><a href=${url} target="_blank" rel="noopener"><img src=${url} alt=${fill(texts.reportPhoto, { number: index + 1 })} loading="lazy" /></a></li>`)}
            </ul>`
          : nothing}`;
    }
    if (item.comment) {
      return html`<p>${item.comment.body}</p>
        <p class="hint">${fill(texts.onIdea, { title: item.idea!.title })}</p>`;
    }
    return html`<p>${item.idea!.description}</p>`;
  }

  /** The reason and note for hiding `items` (one item, or the selection). */
  #renderHideForm(formId: string, items: readonly ModerationItem[]) {
    const { texts } = this.context;
    return html`<form class="card" @submit=${(event: SubmitEvent) => this.#submitHide(event, items)}>
      <div class="field">
        <label for="reason-${formId}">${texts.hideReason}</label>
        <select id="reason-${formId}" name="reasonCode" required>
          ${HideReasonCodeValues.map((code) => html`<option value=${code}>${texts.hideReasons[code]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="note-${formId}">${texts.hideNote}</label>
        <textarea id="note-${formId}" name="note" rows="2" maxlength=${HideInputLimits.note.maxLength}></textarea>
      </div>
      <div class="actions">
        <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${texts.hideConfirm}</button>
        <button class="secondary" type="button" @click=${() => void this.#cancelHide()}>${texts.cancel}</button>
      </div>
    </form>`;
  }
}
