import { html, nothing } from 'lit';
import type { ModerationItem } from '@inspraak/sdk';
import type { HideInput } from '@inspraak/contract';
import { HideInputLimits } from '@inspraak/contract/constants/HideInputLimits';
import { HideReasonCodeValues } from '@inspraak/contract/constants/HideReasonCodeValues';
import { fill, plural } from '../texts.ts';
import { ConsoleListScreen } from './list-screen.ts';

/** An item's own id: the comment's for a comment, else the idea's. */
const itemId = (item: ModerationItem): string => item.comment?.id ?? item.idea.id;

/** What staff read to decide: an idea's title, or the start of a comment. */
const itemTitle = (item: ModerationItem): string => (item.comment ? item.comment.body.slice(0, 80) : item.idea.title);

/**
 * `<inspraak-console-moderation>`: the site's moderation queue (ideas and comments, flagged first, as
 * the server orders it). Approve, or hide with a reason from the shared list and an optional note
 * for the author; a decided item leaves the list and focus goes to the next one.
 */
export class ConsoleModerationScreen extends ConsoleListScreen<ModerationItem> {
  static override properties = { ...ConsoleListScreen.properties, hiding: { state: true } };

  /** The item whose hide form is open. */
  hiding = '';

  protected override async fetchItems(): Promise<ModerationItem[]> {
    return (await this.context.client.admin.ideas.queue({ limit: 100 })).items;
  }

  #decide(item: ModerationItem, hide?: HideInput): Promise<void> {
    const { client, texts } = this.context;
    const id = itemId(item);
    const work = item.comment
      ? () => (hide ? client.admin.ideas.hideComment(id, hide) : client.admin.ideas.approveComment(id))
      : () => (hide ? client.admin.ideas.hide(id, hide) : client.admin.ideas.approve(id));
    return this.settle(
      item,
      async () => {
        await work();
        this.hiding = '';
      },
      fill(hide ? texts.hidden : texts.approved, { title: itemTitle(item) }),
    );
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
      ${this.renderListState(texts.moderationEmpty)} ${this.items?.map((item) => this.#renderItem(item))}
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
        <button class="primary" type="button" aria-describedby=${headingId} aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#decide(item)}>
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
              <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${texts.hideConfirm}</button>
              <button class="secondary" type="button" @click=${() => (this.hiding = '')}>${texts.cancel}</button>
            </div>
          </form>`
        : nothing}
    </article>`;
  }
}
