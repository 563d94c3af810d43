import { html, nothing } from 'lit';
import { failureText } from '../console-context.ts';
import { fill } from '../texts.ts';
import { errorSummary, focusErrorSummary, type FieldErrors } from './form-fields.ts';
import { linkTable } from './link-table.ts';
import { ConsoleListScreen } from './list-screen.ts';
import type { Subject, SubjectKind } from './subject-kind.ts';

/**
 * The list of a site's boards or maps, newest first, each linking to its page, and the form to make
 * a new one (its kind says which fields). After a create the console goes to the new item's page.
 */
export abstract class ConsoleSubjectsScreen<Item extends Subject, Input extends object> extends ConsoleListScreen<Item> {
  static override properties = { ...ConsoleListScreen.properties, errors: { state: true }, createError: { state: true } };

  protected abstract readonly kind: SubjectKind<Item, Input>;
  errors: FieldErrors = {};
  /** Why the last create failed, when the server refused it. */
  createError = '';

  protected override fetchItems(): Promise<Item[]> {
    return this.kind.list(this.context);
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const { texts } = this.context;
    const form = event.target as HTMLFormElement;
    const { input, errors } = this.kind.readForm(new FormData(form), this.context, undefined);
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot);
      return;
    }
    this.busy = true;
    this.createError = '';
    try {
      const item = await this.kind.create(this.context, input);
      form.reset();
      this.context.announce(fill(this.kind.texts(texts).created, { title: item.title }));
      location.hash = `#/${this.kind.section}/${encodeURIComponent(item.id)}`;
    } catch (error) {
      this.createError = failureText(texts, error);
      this.context.announce(this.createError);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { texts } = this.context;
    const words = this.kind.texts(texts);
    const column = this.kind.column(texts);
    return html`
      <h1>${words.heading}</h1>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" class="visually-hidden">${words.heading}</h2>
        ${this.renderListState(words.empty)}
        ${this.items?.length
          ? linkTable(
              this.kind.section,
              [texts.titleLabel, column.heading],
              this.items.map((item) => ({ id: item.id, title: item.title, value: column.value(item, this.context) })),
            )
          : nothing}
      </section>
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">${words.newHeading}</h2>
        ${errorSummary(texts.errorSummary, this.errors, this.renderRoot)}
        ${this.createError ? html`<div class="error" role="alert"><p>${this.createError}</p></div>` : nothing}
        <form novalidate @submit=${this.#create}>
          ${this.kind.renderFields(this.context, undefined, this.errors)}
          <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${words.create}</button>
        </form>
      </section>
    `;
  }
}
