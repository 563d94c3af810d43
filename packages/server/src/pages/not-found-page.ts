import { html } from '../http/html.ts';
import type { PageLanguage } from '../http/preferred-language.ts';
import { embedWidgets, type EmbedWidget } from '../services/embed-subject.ts';
import { pageHead } from './embed-page.ts';
import { pageTexts } from './page-texts.ts';

/** The 404 of a hosted page, as a page (a resident follows links; they should not read JSON). */
export function renderNotFoundPage(language: PageLanguage, widget: EmbedWidget | undefined, id: string): string {
  const texts = pageTexts[language];
  return html`<!doctype html>
<html lang="${language}">
<head>
${pageHead(texts.notFoundTitle, texts.notFoundHelp)}
</head>
<body>
<main class="embed">
<h1>${texts.notFoundTitle}</h1>
<p>${texts.notFoundText(widget ? embedWidgets[widget].hostedPage[language].thing : texts.unknownThing, id)}</p>
<p>${texts.notFoundHelp}</p>
</main>
</body>
</html>
`.value;
}
