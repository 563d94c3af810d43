import { html, SafeHtml } from '../http/html.ts';
import type { PageLanguage } from '../http/preferred-language.ts';
import { embedWidgets, type EmbedSubject } from '../services/embed-subject.ts';
import { pageTexts } from './page-texts.ts';

/** A colour scheme a page can be asked for (`?theme=`); without one the page is light. */
export type EmbedPageTheme = 'light' | 'dark';

export interface EmbedPageInput {
  subject: EmbedSubject;
  language: PageLanguage;
  /** `dark` sets the dark colours of docs/theming.md ("Dark theme") on the page and its widget (embed.css). */
  theme?: EmbedPageTheme;
  /** The console's preview: the page as residents see it, but inert (nothing can be clicked, focused or sent). */
  preview?: boolean;
  /** The page's own absolute address without query: canonical URL, og:url and the address shown to residents. */
  url: string;
}

const ogLocales: Record<PageLanguage, string> = { nl: 'nl_NL', en: 'en_GB' };

/** The assets every server-rendered page links; all same-origin, so the CSP needs no exception. */
export const pageAssets = {
  stylesheet: '/embed/embed.css',
  frameScript: '/embed/embed-frame.js',
  loader: '/cdn/inspraak.js',
};

/** The `<head>` parts every server page shares. */
export function pageHead(title: string, description: string): SafeHtml {
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${pageAssets.stylesheet}">`;
}

/**
 * The hosted page `/embed/<widget>/<id>`: a page in its own right (shared links preview it, a
 * resident can take part on it) and what an iframe shows. The widget is the live version; inside
 * its tag the server writes the question (or title) and the choices, which a browser shows until
 * the widget takes over, and for good where no script runs (a sandboxed iframe, no JavaScript),
 * together with the address where the resident can take part.
 */
export function renderEmbedPage({ subject, language, url, theme, preview = false }: EmbedPageInput): string {
  const texts = pageTexts[language];
  const { tag, idAttribute: attribute, hostedPage } = embedWidgets[subject.widget];
  const widgetTexts = hostedPage[language];
  const siteName = subject.site.name;
  const description = subject.description?.trim() || widgetTexts.invitation.replace('{site}', () => siteName);
  // Names from the widget manifest, never from input: markup as they are.
  const [widgetTag, idAttribute] = [new SafeHtml(tag), new SafeHtml(attribute)];
  const page = html`<!doctype html>
<html lang="${language}"${theme ? html` data-theme="${theme}"` : ''}>
<head>
${pageHead(`${subject.title} - ${siteName}`, description)}
<link rel="canonical" href="${url}">
<meta property="og:type" content="website">
<meta property="og:title" content="${subject.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${siteName}">
<meta property="og:locale" content="${ogLocales[language]}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${subject.title}">
<meta name="twitter:description" content="${description}">
<script type="module" src="${pageAssets.loader}" data-site-key="${subject.site.publicKey}"></script>
<script type="module" src="${pageAssets.frameScript}"></script>
</head>
<body>
<main class="embed"${preview ? new SafeHtml(' inert') : ''}>
<${widgetTag} ${idAttribute}="${subject.id}" heading-level="1">
<div class="fallback">
<p class="kind">${widgetTexts.name}</p>
<h1>${subject.title}</h1>
${subject.description ? html`<p>${subject.description}</p>` : ''}
${
  subject.options.length > 0
    ? html`<h2>${texts.options}</h2>
<ul class="options">${subject.options.map((option) => html`<li>${option}</li>`)}</ul>`
    : ''
}
<noscript><div class="address">
<p>${texts.takePartAt}<br><span class="url">${url}</span></p>
<p>${texts.openInBrowser} <a href="${url}">${url}</a></p>
</div></noscript>
</div>
</${widgetTag}>
</main>
<footer class="embed-footer"><p>${siteName} · ${texts.poweredBy}</p></footer>
</body>
</html>
`;
  return page.value;
}
