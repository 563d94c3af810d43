/**
 * Part of the loader: what rich-text editors leave of a widget, turned back into the widget, in place.
 *
 * - A plain link to a widget's hosted page on our own server, `https://<server>/embed/poll/<id>`
 *   (TinyMCE and CKEditor keep links; they strip custom tags and scripts). Links to any other
 *   origin stay links. Without the loader the link simply takes the resident to the hosted page.
 * - `<div data-inspraak="poll" data-poll="…">` (for editors that keep data attributes): each
 *   `data-*` attribute becomes the widget's attribute of that name.
 * - An iframe of a hosted page gets the height its page reports (`postMessage`), so it fits.
 *
 * The loader imports this chunk only when the page has one of these (a page without them makes no
 * further request), and runs `upgradeEmbeds` again whenever the page changes.
 */

// The attribute that takes the id, per hosted page (`/embed/<name>/<id>` ↔ `<inspraak-<name> <attribute>="<id>">`).
import { idAttributes } from 'inspraak:embed-widgets';

/** `/embed/<name>/<id>` on one of `origins`: the URL and its match, else undefined. */
function embedUrl(href: string, origins: string[]) {
  let url: URL;
  try {
    url = new URL(href, location.href);
  } catch {
    return undefined; // an editor's broken link stays as it is
  }
  const match = /^\/embed\/([a-z-]+)\/([\w-]+)\/?$/.exec(url.pathname);
  return origins.includes(url.origin) && match ? ([url, match[1]!, match[2]!] as const) : undefined;
}

/** Replaces every embed link and `data-inspraak` element with its widget, when the loader has that widget. */
export function upgradeEmbeds(tags: string[], origins: string[]): void {
  for (const element of document.querySelectorAll<HTMLElement>('a[href*="/embed/"],[data-inspraak]')) {
    // What sits inside a widget (a hosted page's own fallback) is the widget's business.
    if (element.parentElement?.closest(tags.join())) continue;
    const attributes: [string, string][] = [];
    let name = element.dataset.inspraak;
    if (element instanceof HTMLAnchorElement) {
      const target = embedUrl(element.href, origins);
      if (!target) continue;
      const [url, widget, id] = target;
      name = widget;
      attributes.push([idAttributes[widget]!, id]);
      const lang = element.lang || url.searchParams.get('lang');
      if (lang) attributes.push(['lang', lang]);
    } else {
      for (const { name: attribute, value } of element.attributes) {
        if (attribute !== 'data-inspraak' && attribute !== 'style') attributes.push([attribute.replace(/^data-/, ''), value]);
      }
    }
    const tag = `inspraak-${name}`;
    if (!tags.includes(tag)) continue;
    const widget = document.createElement(tag);
    for (const [attribute, value] of attributes) widget.setAttribute(attribute, value);
    element.replaceWith(widget);
  }
}

/** Sizes the page's iframes of hosted pages to the height each reports. */
export function resizeEmbedFrames(origins: string[]): void {
  const frames = () => [...document.querySelectorAll('iframe')].filter((frame) => embedUrl(frame.src, origins));
  addEventListener('message', ({ origin, source, data }) => {
    const height: unknown = data?.inspraakHeight;
    if (!origins.includes(origin) || typeof height !== 'number' || !(height > 0)) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== source) continue;
      // The page's height is the iframe's content height; a CMS reset may have made iframes border-box.
      const style = getComputedStyle(frame);
      const box = ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'] as const;
      const extra = style.boxSizing === 'border-box' ? box.reduce((sum, side) => sum + parseFloat(style[side]), 0) : 0;
      frame.style.height = `${height + extra}px`;
    }
  });
  // Pages that were framed and settled before this script ran tell their height when asked.
  for (const frame of frames()) frame.contentWindow?.postMessage('inspraak-height', '*');
}
