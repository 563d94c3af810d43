import { html, LitElement, nothing } from 'lit';
import { sharedStyles } from '@inspraak/widgets';
import type { ModerationItem } from '@inspraak/sdk';
import type { HideInput } from '@inspraak/contract';
import { HideInputLimits } from '@inspraak/contract/constants/HideInputLimits';
import { HideReasonCodeValues } from '@inspraak/contract/constants/HideReasonCodeValues';
import { failureText, type ConsoleContext } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';
import { fill, plural } from '../texts.ts';

/** An item's own id: the comment's for a comment, else the idea's. */
const itemId = (item: ModerationItem): string => item.comment?.id ?? item.idea.id;

/** What staff read to decide: an idea's title, or the start of a comment. */
const itemTitle = (item: ModerationItem): string => (item.comment ? item.comment.body.slice(0, 80) : item.idea.title);

/**
 * `<inspraak-console-moderation>`: the site's moderation queue (ideas and comments, flagged first, as
 * the server orders it). Approve, or hide with a reason from the shared list and an optional note
 * for the author; a decided item leaves the list and focus goes to the next one.
 */
export class ConsoleModerationScreen extends LitElement {
  static override styles = [sharedStyles, consoleStyles];

  static override properties = {
    context: { attribute: false },
    items: { state: true },
    loadError: { state: true },
    hiding: { state: true },
    busy: { state: true },
  };

  context!: ConsoleContext;
  items: ModerationItem[] | undefined;
  loadError = '';
  /** The item whose hide form is open. */
  hiding = '';
  busy = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.loadError = '';
    try {
      this.items = (await this.context.client.admin.ideas.queue({ limit: 100 })).items;
    } catch (error) {
      this.loadError = failureText(this.context.texts, error);
    }
  }

  async #decide(item: ModerationItem, hide?: HideInput): Promise<void> {
    const { client, texts } = this.context;
    const id = itemId(item);
    if (this.busy) return;
    this.busy = id;
    try {
      if (item.comment) await (hide ? client.admin.ideas.hideComment(id, hide) : client.admin.ideas.approveComment(id));
      else await (hide ? client.admin.ideas.hide(id, hide) : client.admin.ideas.approve(id));
      const index = this.items?.indexOf(item) ?? -1;
      this.items = this.items?.filter((candidate) => candidate !== item);
      this.hiding = '';
      this.context.announce(fill(hide ? texts.hidden : texts.approved, { title: itemTitle(item) }));
      await this.updateComplete;
      // The next item (or the one before, or the heading): focus never falls back to the page's start.
      const headings = this.renderRoot.querySelectorAll<HTMLElement>('article h2');
      (headings[Math.min(index, headings.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
    } catch (error) {
      this.context.announce(failureText(texts, error));
    } finally {
      this.busy = '';
    }
  }

  async #openHide(item: ModerationItem): Promise<void> {
    this.hiding = itemId(item);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#reason-${this.hiding}`)?.focus();
  }

  #submitHide(event: SubmitEvent, item: ModerationItem): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const reasonCode = String(data.get('reasonCode')) as HideInput['reasonCode'];
    const note = String(data.get('note') ?? '').trim();
    void this.#decide(item, { reasonCode, ...(note && { note }) });
  }

  override render() {
    const { texts } = this.context;
    return html`
      <h1 tabindex="-1">${texts.moderation}</h1>
      <p>${texts.moderationIntro}</p>
      ${this.loadError
        ? html`<div class="error" role="alert"><p>${this.loadError}</p></div>
            <button class="secondary" type="button" @click=${() => void this.load()}>${texts.retry}</button>`
        : nothing}
      ${this.items === undefined && !this.loadError ? html`<p>${texts.loading}</p>` : nothing}
      ${this.items?.length === 0 ? html`<p>${texts.moderationEmpty}</p>` : nothing}
      ${this.items?.map((item) => this.#renderItem(item))}
    `;
  }

  #renderItem(item: ModerationItem) {
    const { texts, language } = this.context;
    const id = itemId(item);
    const headingId = `item-${id}`;
    return html`<article class="card" aria-labelledby=${headingId}>
      <h2 id=${headingId} tabindex="-1"><span class="badge">${texts.kind[item.type]}</span> ${itemTitle(item)}</h2>
      ${item.flagCount > 0 ? html`<p><strong>${plural(texts.flags, item.flagCount, language)}</strong></p>` : nothing}
      ${item.comment
        ? html`<p>${item.comment.body}</p>
            <p class="hint">${fill(texts.onIdea, { title: item.idea.title })}</p>`
        : html`<p>${item.idea.description}</p>`}
      <div class="actions">
        <button class="primary" type="button" aria-describedby=${headingId} aria-disabled=${this.busy === id ? 'true' : 'false'} @click=${() => this.#decide(item)}>
          ${texts.approve}
        </button>
        ${this.hiding === id
          ? nothing
          : html`<button class="secondary" type="button" aria-describedby=${headingId} @click=${() => this.#openHide(item)}>${texts.hide}</button>`}
      </div>
      ${this.hiding === id
        ? html`<form class="card" @submit=${(event: SubmitEvent) => this.#submitHide(event, item)}>
            <div class="field">
              <label for="reason-${id}">${texts.hideReason}</label>
              <select id="reason-${id}" name="reasonCode" required>
                ${HideReasonCodeValues.map((code) => html`<option value=${code}>${texts.hideReasons[code]}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="note-${id}">${texts.hideNote}</label>
              <textarea id="note-${id}" name="note" rows="2" maxlength=${HideInputLimits.note.maxLength}></textarea>
            </div>
            <div class="actions">
              <button class="primary" type="submit" aria-disabled=${this.busy === id ? 'true' : 'false'}>${texts.hideConfirm}</button>
              <button class="secondary" type="button" @click=${() => (this.hiding = '')}>${texts.cancel}</button>
            </div>
          </form>`
        : nothing}
    </article>`;
  }
}
