import { html, LitElement, nothing } from 'lit';
import { sharedStyles } from '@inspraak/widgets';
import type { ConsoleContext } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';
import { fill, type ConsoleTexts } from '../texts.ts';

/** The widgets a staff member puts on a page from the console: a poll, an idea board, a feedback map. */
export type PublishedWidget = keyof ConsoleTexts['publishThing'];

/** Text for an HTML attribute value in double quotes. */
const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface EmbedSnippets {
  hostedLink: string;
  link: string;
  div: string;
  tag: string;
  iframe: string;
}

/**
 * The four ways to put a widget on a page (README, "Embed"), in order of robustness: a link the
 * loader turns into the widget, a `data-inspraak` block, the tag, an iframe of the hosted page.
 * The block and the tag need the loader in the site's template, so their snippets include it.
 */
/** The hosted page of a widget's subject, `<origin>/embed/<widget>/<id>`: what a link, an iframe and the QR code open. */
export const hostedPageUrl = (origin: string, widget: string, id: string): string => `${origin}/embed/${widget}/${encodeURIComponent(id)}`;

export function embedSnippets(input: { origin: string; siteKey: string; widget: string; idAttribute: string; id: string; title: string }): EmbedSnippets {
  const { origin, siteKey, widget, idAttribute, id, title } = input;
  const hostedLink = hostedPageUrl(origin, widget, id);
  const loader = `<script type="module" src="${origin}/cdn/inspraak.js" data-site-key="${attribute(siteKey)}"></script>`;
  return {
    hostedLink,
    link: `<a href="${hostedLink}">${attribute(title)}</a>`,
    div: `${loader}\n<div data-inspraak="${widget}" data-${idAttribute}="${attribute(id)}"></div>`,
    tag: `${loader}\n<inspraak-${widget} ${idAttribute}="${attribute(id)}"></inspraak-${widget}>`,
    iframe: `<iframe src="${hostedLink}" title="${attribute(title)}" width="100%" height="600" loading="lazy"></iframe>`,
  };
}

/** The live preview is a chunk of its own, like the QR code's library: the console's first screen does not carry it. */
const definePreview = async (): Promise<void> => {
  const { ConsolePublishPreview } = await import('./publish-preview.ts');
  if (!customElements.get('inspraak-console-preview')) customElements.define('inspraak-console-preview', ConsolePublishPreview);
};

/**
 * `<inspraak-console-publish>`: the hosted link and the four embed snippets of one poll, board or
 * map, each with a copy button that says (to a screen reader too) what it copied, the QR code, and
 * a live preview of the hosted page (publish-preview.ts).
 */
export class ConsolePublishPanel extends LitElement {
  static override styles = [sharedStyles, consoleStyles];

  static override properties = {
    context: { attribute: false },
    qrCode: { state: true },
    widget: {},
    idAttribute: { attribute: 'id-attribute' },
    subjectId: { attribute: false },
    subjectTitle: { attribute: false },
    revision: { attribute: false },
  };

  context!: ConsoleContext;
  /** The widget's name in `/embed/<widget>/…` and `inspraak-<widget>`: `poll`, `idea-board` or `feedback-map`. */
  widget: PublishedWidget = 'poll';
  /** The attribute that names what the widget shows, e.g. `poll`. */
  idAttribute = '';
  subjectId = '';
  subjectTitle = '';
  /** The subject's `updatedAt`: when it changes (an edit was saved, the poll closed), the preview loads again. */
  revision = '';
  /** The hosted link as a QR code (an SVG data URL), once its module has loaded. */
  qrCode = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#makeQrCode();
    void definePreview();
  }

  /** The QR code's library is a chunk of its own: only the publish panel loads it. */
  async #makeQrCode(): Promise<void> {
    const { default: qrcode } = await import('qrcode-generator');
    await this.updateComplete;
    if (!this.subjectId) return;
    // Error correction M (15 %): a poster survives some wear and a smudge. The margin is in pixels:
    // 32 is the four modules of quiet zone the standard asks for, so every phone finds the code.
    const code = qrcode(0, 'M');
    code.addData(hostedPageUrl(location.origin, this.widget, this.subjectId));
    code.make();
    this.qrCode = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.createSvgTag({ cellSize: 8, margin: 32 }))}`;
  }

  async #copy(text: string, what: string): Promise<void> {
    const { texts } = this.context;
    try {
      await navigator.clipboard.writeText(text);
      this.context.announce(fill(texts.copied, { what }));
    } catch {
      this.context.announce(texts.copyFailed);
    }
  }

  override render() {
    if (!this.subjectId) return nothing;
    const { texts, site } = this.context;
    const thing = texts.publishThing[this.widget];
    const snippets = embedSnippets({
      origin: location.origin,
      siteKey: site.siteKey,
      widget: this.widget,
      idAttribute: this.idAttribute,
      id: this.subjectId,
      title: this.subjectTitle,
    });
    const forms = [
      { key: 'link', label: fill(texts.hostedLink, { thing }), text: snippets.link },
      { key: 'div', label: texts.embedDiv, text: snippets.div },
      { key: 'tag', label: texts.embedTag, text: snippets.tag },
      { key: 'iframe', label: texts.embedIframe, text: snippets.iframe },
    ];
    return html`
      <p>${fill(texts.publishIntro, { thing })}</p>
      <p><a href=${snippets.hostedLink} target="_blank" rel="noopener">${snippets.hostedLink}</a></p>
      ${forms.map(
        ({ key, label, text }) => html`<div class="card">
          <h3 id="${key}-label">${label}</h3>
          <pre id="${key}-code" role="region" aria-labelledby="${key}-label" tabindex="0"><code>${text}</code></pre>
          <p class="actions">
            <button class="secondary" type="button" aria-describedby="${key}-label" data-copy=${key} @click=${() => this.#copy(text, label)}>${texts.copy}</button>
          </p>
        </div>`,
      )}
      <div class="card">
        <h3 id="qr-label">${texts.qrCode}</h3>
        <p class="hint">${fill(texts.qrCodeHint, { thing })}</p>
        ${this.qrCode
          ? html`<img class="qr" src=${this.qrCode} alt=${fill(texts.qrCodeAlt, { link: snippets.hostedLink })} width="200" height="200" />
              <p><a href=${this.qrCode} download="${this.subjectId}-qr.svg">${texts.qrCodeDownload}</a></p>`
          : html`<p>${texts.loading}</p>`}
      </div>
      <div class="card">
        <h3>${texts.preview}</h3>
        <p class="hint">${fill(texts.previewIntro, { thing })}</p>
        <inspraak-console-preview .context=${this.context} .widget=${this.widget} .subjectId=${this.subjectId} .revision=${this.revision}></inspraak-console-preview>
      </div>
    `;
  }
}
