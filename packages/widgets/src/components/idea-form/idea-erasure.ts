/**
 * "Delete my idea" on the idea form's receipt view. A chunk of its own, loaded once an idea is
 * sent, so the form a resident first meets carries none of it.
 */
import type { IdeasApi } from '@inspraak/sdk';
import type { TemplateResult } from 'lit';
import { languageOf, localizerFor, translations } from '../../base/localize.ts';
import { ReceiptErasure, type ErasureTexts } from '../../base/receipt-erasure.ts';
import type { InspraakElement } from '../../base/inspraak-element.ts';
import { nlIdeaErasure } from '../../locales/nl-idea-erasure.ts';
import { nlIdeas, type IdeaTexts } from '../../locales/nl-ideas.ts';

type Texts = IdeaTexts & ErasureTexts;

const texts = translations<Texts>(
  { ...nlIdeas, ...nlIdeaErasure },
  {
    en: () =>
      Promise.all([import('../../locales/en-ideas.ts'), import('../../locales/en-idea-erasure.ts')]).then(([form, own]) => ({ ...form.enIdeas, ...own.enIdeaErasure })),
  },
);

export class IdeaErasure extends ReceiptErasure {
  readonly #host: InspraakElement<IdeaTexts>;

  constructor(host: InspraakElement<IdeaTexts>, ideas: IdeasApi, receipt: string) {
    super(host, () => ideas.eraseByReceipt(receipt));
    this.#host = host;
  }

  /** The step in the element's language (nothing while that language loads); `after` follows the "deleted" message. */
  view(level: number, after?: unknown): TemplateResult | undefined {
    const host = this.#host;
    const l = localizerFor(languageOf(host), texts, host.texts as Partial<Texts>, () => host.requestUpdate());
    return l && this.render(l, level, after);
  }
}
