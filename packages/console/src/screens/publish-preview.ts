import { css, html, LitElement, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { sharedStyles } from '@inspraak/widgets';
import type { ConsoleContext, PreviewPage } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';
import { fill, type ConsoleLanguage } from '../texts.ts';
import { hostedPageUrl, type PublishedWidget } from './publish-panel.ts';

type PreviewScheme = PreviewPage['scheme'];
type PreviewWidth = 'narrow' | 'wide';

/** The frame's width for "320 px" (a small phone, the narrowest WCAG 1.4.10 reflow asks for). */
const narrowWidth = 320;
/** The frame's height until the page says its own (after each new page). */
const unmeasuredHeight = 480;

/**
 * The hosted page of a poll, board or map as the preview frames it: in `lang`, in `theme`, and
 * with `preview=1`, which makes the page inert (nothing on it can be clicked, focused or sent).
 */
const previewUrl = (origin: string, widget: string, id: string, language: ConsoleLanguage, scheme: PreviewScheme): string =>
  `${hostedPageUrl(origin, widget, id)}?${new URLSearchParams({ lang: language, theme: scheme, preview: '1' })}`;

/**
 * `<inspraak-console-preview>`: a live preview of the real widget as residents see it, in Dutch or
 * English, light or dark, 320 px or as wide as the screen allows.
 *
 * Why an iframe of the hosted page (`/embed/<widget>/<id>`) and not the widget itself in the
 * console: the frame is the page residents open from a link, an iframe or the QR code, with its
 * own stylesheet, its own strict CSP (a map's tile and geocoder origins are allowed there, not in
 * the console's) and its own viewport, so 320 px is a real 320 px window and the widget's
 * breakpoints act as they do on a phone. The console's CSP allows exactly this (`frame-src
 * 'self'`), and the page allows the server itself to frame it (`frame-ancestors 'self' …`).
 *
 * A preview must never create participation: the frame's container is `inert` (no click, tap or
 * focus reaches the page) and the page itself is asked for with `preview=1`, which makes it inert
 * on its own too. Keyboard focus passes the frame by; the figure around it carries the name a
 * screen reader hears and says that nothing can be done in it.
 */
export class ConsolePublishPreview extends LitElement {
  static override styles = [
    sharedStyles,
    consoleStyles,
    css`
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 2em;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 0.5em;
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1em;
      }
      .options .check {
        margin: 0;
      }
      figure {
        margin: 0;
      }
      figcaption {
        margin-block-end: 0.5em;
      }
      .frame {
        overflow-x: auto;
        padding: 0.5em;
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
        background: color-mix(in srgb, var(--_border) 12%, var(--_background));
      }
      iframe {
        /* The width and height attributes are the page's own viewport; the border is extra. */
        box-sizing: content-box;
        display: block;
        border: 1px solid var(--_border);
        background: #fff;
      }
      iframe.wide {
        inline-size: calc(100% - 2px);
      }
    `,
  ];

  static override properties = {
    context: { attribute: false },
    widget: {},
    subjectId: { attribute: false },
    revision: { attribute: false },
    language: { state: true },
    scheme: { state: true },
    width: { state: true },
    frameHeight: { state: true },
  };

  context!: ConsoleContext;
  widget: PublishedWidget = 'poll';
  subjectId = '';
  /** Changes whenever the poll, board or map changes (its `updatedAt`): the preview loads again. */
  revision = '';
  language: ConsoleLanguage = 'nl';
  scheme: PreviewScheme = 'light';
  width: PreviewWidth = 'wide';
  /** The page's own height, as it reports it (embed-frame.js); a guess until it does. */
  frameHeight = unmeasuredHeight;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.#onMessage);
  }

  /** The hosted page tells its parent how tall it is (as Inspraak's loader uses it): the frame fits, no inner scrollbar. */
  #onMessage = (event: MessageEvent): void => {
    const frame = this.renderRoot.querySelector('iframe');
    const height = (event.data as { inspraakHeight?: unknown } | null)?.inspraakHeight;
    if (!frame || event.source !== frame.contentWindow || typeof height !== 'number' || !Number.isFinite(height)) return;
    this.frameHeight = Math.min(Math.max(Math.ceil(height), 100), 4000);
  };

  #choose<T>(set: (value: T) => void, value: T): void {
    set(value);
    this.frameHeight = unmeasuredHeight;
  }

  #group<T extends string>(name: string, legend: string, current: T, options: { value: T; label: string; lang?: string }[], set: (value: T) => void) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="options">
        ${options.map(
          ({ value, label, lang }) => html`<div class="check">
            <input type="radio" id="preview-${name}-${value}" name="preview-${name}" .value=${value} .checked=${current === value} @change=${() => this.#choose(set, value)} />
            <label for="preview-${name}-${value}" lang=${lang ?? nothing}>${label}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  override render() {
    if (!this.subjectId) return nothing;
    const { texts } = this.context;
    const thing = texts.publishThing[this.widget];
    const name = fill(texts.previewName, {
      thing,
      language: texts.previewLanguageName[this.language],
      scheme: texts.previewSchemeName[this.scheme],
      width: texts.previewWidthName[this.width],
    });
    const page: PreviewPage = { widget: this.widget, id: this.subjectId, language: this.language, scheme: this.scheme };
    const src = this.context.previewPage?.(page) ?? previewUrl(location.origin, page.widget, page.id, page.language, page.scheme);
    const narrow = this.width === 'narrow';
    return html`
      <div class="choices">
        ${this.#group(
          'language',
          texts.previewLanguage,
          this.language,
          [
            { value: 'nl', label: 'Nederlands', lang: 'nl' },
            { value: 'en', label: 'English', lang: 'en' },
          ],
          (value) => (this.language = value),
        )}
        ${this.#group(
          'scheme',
          texts.previewScheme,
          this.scheme,
          [
            { value: 'light', label: texts.previewLight },
            { value: 'dark', label: texts.previewDark },
          ],
          (value) => (this.scheme = value),
        )}
        ${this.#group(
          'width',
          texts.previewWidth,
          this.width,
          [
            { value: 'narrow', label: texts.previewNarrow },
            { value: 'wide', label: texts.previewWide },
          ],
          (value) => (this.width = value),
        )}
      </div>
      <figure aria-labelledby="preview-name">
        <figcaption>
          <span id="preview-name">${name}</span><br />
          <strong id="preview-note">${texts.previewNote[this.widget]}</strong>
        </figcaption>
        <div class="frame" inert>
          ${keyed(
            `${src} ${this.revision}`,
            html`<iframe
              class=${narrow ? 'narrow' : 'wide'}
              src=${src}
              title=${name}
              width=${narrow ? String(narrowWidth) : nothing}
              height=${String(this.frameHeight)}
            ></iframe>`,
          )}
        </div>
      </figure>
    `;
  }
}
