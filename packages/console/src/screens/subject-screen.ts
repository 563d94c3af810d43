import { html, LitElement, nothing } from 'lit';
import { sharedStyles } from '@inspraak/widgets';
import { failureText, type ConsoleContext } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';
import { fill } from '../texts.ts';
import { deleteSection, returnToList } from './confirm-step.ts';
import { download } from './download.ts';
import { errorSummary, focusErrorSummary, type FieldErrors } from './form-fields.ts';
import { changedMembers } from './subject-changes.ts';
import type { Subject, SubjectDownload, SubjectKind } from './subject-kind.ts';

/**
 * One board or map: its settings in the same form as a new one, saved as a patch of only what
 * changed (and the save says which fields those were), its downloads, the publish panel, and
 * deleting it after saying what goes with it (`<inspraak-console-confirm>`, as for a poll).
 */
export abstract class ConsoleSubjectScreen<Item extends Subject, Input extends object, Counts extends object> extends LitElement {
  static override styles = [sharedStyles, consoleStyles];

  static override properties = {
    context: { attribute: false },
    subjectId: { attribute: false },
    item: { state: true },
    loadError: { state: true },
    errors: { state: true },
    saveError: { state: true },
    saved: { state: true },
    busy: { state: true },
  };

  protected abstract readonly kind: SubjectKind<Item, Input, Counts>;
  context!: ConsoleContext;
  subjectId = '';
  item: (Item & { counts: Counts }) | undefined;
  loadError = '';
  errors: FieldErrors = {};
  saveError = '';
  /** What the last save changed, in words (shown under the button, and said in the live region). */
  saved = '';
  busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.loadError = '';
    try {
      this.item = await this.kind.get(this.context, this.subjectId);
    } catch (error) {
      this.loadError = failureText(this.context.texts, error);
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const item = this.item;
    if (this.busy || !item) return;
    const { texts } = this.context;
    const { input, errors } = this.kind.readForm(new FormData(event.target as HTMLFormElement), this.context, item);
    this.errors = errors;
    this.saved = '';
    this.saveError = '';
    if (Object.keys(errors).length > 0) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot);
      return;
    }
    const patch = changedMembers(input, item);
    const changed = Object.keys(patch);
    if (changed.length === 0) {
      this.saved = texts.nothingChanged;
      this.context.announce(this.saved);
      return;
    }
    this.busy = true;
    try {
      // The edit answers the settings; what the item holds stays as it was read.
      this.item = { ...(await this.kind.update(this.context, item.id, patch)), counts: item.counts };
      // One name a field, though it may change two members (a map's area moves where it opens too).
      const fields = [...new Set(changed.map((member) => this.kind.fieldName(texts, member)))];
      this.saved = fill(texts.saved, { fields: fields.join(', ') });
      this.context.announce(this.saved);
    } catch (error) {
      this.saveError = failureText(texts, error);
      this.context.announce(this.saveError);
    } finally {
      this.busy = false;
    }
  }

  #download({ fetch, filename, type }: SubjectDownload): Promise<void> {
    return download(this.context, () => fetch(this.context, this.subjectId), filename(this.subjectId), type);
  }

  /** The counts the confirmation states are read again as it opens (only they: the form keeps what is typed in it). */
  async #readCounts(): Promise<void> {
    const { counts } = await this.kind.get(this.context, this.subjectId);
    if (this.item) this.item = { ...this.item, counts };
  }

  async #delete(): Promise<void> {
    const title = this.item?.title ?? this.subjectId;
    await this.kind.delete(this.context, this.subjectId);
    const { done } = this.kind.deleteTexts(this.context.texts, this.context.language, this.item!.counts);
    returnToList(this.context, this.kind.section, fill(done, { title }));
  }

  #downloadButtons() {
    const { texts } = this.context;
    return this.kind.downloads.map(
      (download) => html`<button class="secondary" type="button" @click=${() => this.#download(download)}>${download.label(texts)}</button>`,
    );
  }

  override render() {
    const { texts } = this.context;
    const words = this.kind.texts(texts);
    if (this.loadError) {
      return html`<h1 tabindex="-1">${words.heading}</h1>
        <div class="error" role="alert"><p>${this.loadError}</p></div>
        <button class="secondary" type="button" @click=${() => void this.load()}>${texts.retry}</button>`;
    }
    const item = this.item;
    if (!item) return html`<p>${texts.loading}</p>`;
    return html`
      <p><a href="#/${this.kind.section}">${words.all}</a></p>
      <h1 tabindex="-1">${item.title}</h1>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">${texts.settings}</h2>
        ${errorSummary(texts.errorSummary, this.errors, this.renderRoot)}
        ${this.saveError ? html`<div class="error" role="alert"><p>${this.saveError}</p></div>` : nothing}
        <form novalidate @submit=${this.#save}>
          ${this.kind.renderFields(this.context, item, this.errors)}
          <div class="actions">
            <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${texts.save}</button>
            ${this.saved ? html`<p class="saved">${this.saved}</p>` : nothing}
          </div>
        </form>
      </section>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">${texts.downloads}</h2>
        <div class="actions">${this.#downloadButtons()}</div>
      </section>
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">${texts.publish}</h2>
        <inspraak-console-publish
          .context=${this.context}
          .widget=${this.kind.widget}
          id-attribute=${this.kind.idAttribute}
          .subjectId=${item.id}
          .subjectTitle=${item.title}
          .revision=${item.updatedAt}
        ></inspraak-console-publish>
      </section>
      ${this.#renderDelete(item.counts)}
    `;
  }

  #renderDelete(counts: Counts) {
    const { texts, language } = this.context;
    const calls = { prepare: () => this.#readCounts(), action: () => this.#delete() };
    return deleteSection(this.context, this.kind.section, this.kind.deleteTexts(texts, language, counts), calls, this.#downloadButtons());
  }
}
