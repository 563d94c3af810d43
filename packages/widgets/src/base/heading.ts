import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at the level the page needs (a widget cannot know its place in the page's outline),
 * focusable by script only, so focus can move to it after an action and it is read out.
 */
export function heading(level: number, text: string, id: string, part = '', className = ''): TemplateResult {
  return html`<div role="heading" aria-level=${Math.min(Math.max(level, 1), 6)} id=${id || nothing} part=${part || nothing} class="heading ${className}" tabindex="-1">
    ${text}
  </div>`;
}
