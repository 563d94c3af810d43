import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Says a character count politely and late: once the resident pauses typing, not on every
 * keystroke (GOV.UK's character count waits the same way). Render `text` in a polite live region.
 */
export class CharacterCountAnnouncer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  readonly #host: ReactiveControllerHost;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, delay = 1000) {
    this.#host = host;
    this.#delay = delay;
    host.addController(this);
  }

  /** Schedules `text` to be said when typing has paused for the delay; a later call replaces it. */
  schedule(text: string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.text = text;
      this.#host.requestUpdate();
    }, this.#delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
