import type { TemplateResult } from 'lit';
import type { ConsoleContext } from '../console-context.ts';
import type { ConsoleLanguage, ConsoleTexts } from '../texts.ts';
import type { FieldErrors } from './form-fields.ts';
import type { PublishedWidget } from './publish-panel.ts';

/** What the console's generic screens know of a board or a map: its id, its title, when it last changed. */
export interface Subject {
  id: string;
  title: string;
  updatedAt: string;
}

/** A file a subject's page offers, e.g. the ideas as CSV. */
export interface SubjectDownload {
  label: (texts: ConsoleTexts) => string;
  fetch: (context: ConsoleContext, id: string) => Promise<string>;
  filename: (id: string) => string;
  type: 'text/csv' | 'application/geo+json';
}

/**
 * What differs between boards and maps for the console's two generic screens (the list with its
 * create form, and one item's page with its settings, downloads, publish panel and delete): the
 * section, the texts, the calls and the form. `Input` is the create body; an edit sends the members
 * of it that changed (a JSON merge patch). `Counts` is what the staff read counts: what a delete removes.
 */
export interface SubjectKind<Item extends Subject, Input extends object, Counts extends object = object> {
  section: 'boards' | 'maps';
  widget: PublishedWidget;
  idAttribute: string;
  texts: (texts: ConsoleTexts) => { heading: string; empty: string; newHeading: string; create: string; created: string; all: string };
  /** The list's second column: a short fact about each item. */
  column: (texts: ConsoleTexts) => { heading: string; value: (item: Item, context: ConsoleContext) => string };
  list: (context: ConsoleContext) => Promise<Item[]>;
  /** The staff read: the item with what it holds. */
  get: (context: ConsoleContext, id: string) => Promise<Item & { counts: Counts }>;
  create: (context: ConsoleContext, input: Input) => Promise<Item>;
  update: (context: ConsoleContext, id: string, patch: Partial<Input>) => Promise<Item>;
  /** The form's fields, holding `item`'s settings when editing (some only make sense then). */
  renderFields: (context: ConsoleContext, item: Item | undefined, errors: FieldErrors) => TemplateResult;
  /** The form's values as a create body, with what is wrong in each field; `item` when editing. */
  readForm: (data: FormData, context: ConsoleContext, item: Item | undefined) => { input: Input; errors: FieldErrors };
  /** The name of a member of `Input`, in the words of its field (to say what a save changed). */
  fieldName: (texts: ConsoleTexts, member: string) => string;
  downloads: SubjectDownload[];
  /** Deletes the item for good, with all it holds. */
  delete: (context: ConsoleContext, id: string) => Promise<unknown>;
  /** The delete button, what deleting removes (with the counts, in words), the confirm button, and what is said once it is done. */
  deleteTexts(texts: ConsoleTexts, language: ConsoleLanguage, counts: Counts): { label: string; question: string; confirm: string; done: string };
}
