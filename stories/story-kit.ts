/**
 * What every stories file shares: the render function that builds a widget from the story's args,
 * and the helpers play functions use to wait for a state inside the widget's shadow root.
 */
import type { Args } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { apiBase, siteKey } from './mocks/handlers.ts';

/** The widgets' string attributes that a story's args may set (the manifest's attribute names). */
const attributes = new Set(['poll', 'board', 'map', 'receipt', 'page-size', 'heading-level', 'api', 'site-key']);

/**
 * Renders `<tag>` from the story's args: attributes by their names, `texts` as a property, and any
 * `--inspraak-*` custom property (the manifest's CSS properties in the Controls panel) as a style.
 * The widget talks to the mocked API unless the args say otherwise.
 */
export function renderWidget(tag: string) {
  return (args: Args): HTMLElement => {
    const element = document.createElement(tag);
    const values: Args = { ...args, api: args.api || apiBase, 'site-key': args['site-key'] || siteKey };
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === '') continue;
      if (name.startsWith('--')) element.style.setProperty(name, String(value));
      else if (name === 'texts' && typeof value === 'object') (element as HTMLElement & { texts: unknown }).texts = value;
      else if (attributes.has(name)) element.setAttribute(name, String(value));
    }
    return element;
  };
}

/** The story's widget (the first `inspraak-*` element in the canvas). */
export function widgetIn(canvasElement: HTMLElement): HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> } {
  const element = [...canvasElement.querySelectorAll('*')].find((node) => node.localName.startsWith('inspraak-'));
  if (!element?.shadowRoot) throw new Error('No Inspraak widget with a shadow root in this story');
  return element as HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };
}

/** Waits until `selector` matches inside the widget's shadow root, and returns the element. */
export async function find<T extends HTMLElement = HTMLElement>(widget: HTMLElement, selector: string, timeout = 8000): Promise<T> {
  return waitFor(
    () => {
      const found = widget.shadowRoot!.querySelector<T>(selector);
      if (!found) throw new Error(`Waiting for ${selector} in <${widget.localName}>`);
      return found;
    },
    // The message says what was awaited; testing-library's dump of the page's DOM would bury it.
    { timeout, onTimeout: (error) => error },
  );
}

/** Waits until the text of the element matching `selector` contains `text`. */
export async function findText(widget: HTMLElement, selector: string, text: string | RegExp, timeout = 8000): Promise<HTMLElement> {
  return waitFor(
    () => {
      const found = [...widget.shadowRoot!.querySelectorAll<HTMLElement>(selector)].find((node) =>
        typeof text === 'string' ? node.textContent?.includes(text) : text.test(node.textContent ?? ''),
      );
      if (!found) throw new Error(`Waiting for "${text}" in ${selector} of <${widget.localName}>`);
      return found;
    },
    { timeout, onTimeout: (error) => error },
  );
}

/** Clicks an element of the widget as a resident would (pointer events, focus). */
export async function click(element: Element): Promise<void> {
  await userEvent.click(element);
}

/**
 * Types into a text control inside a shadow root. user-event's typing follows `document.activeElement`
 * (the widget's host), so the value is set and an `input` event sent per character instead.
 */
export async function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  for (const character of text) {
    control.value += character;
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: character, inputType: 'insertText' }));
  }
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

export { expect };
