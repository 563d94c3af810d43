import { html, type SafeHtml } from '../http/html.ts';
import type { PageLanguage } from '../http/preferred-language.ts';
import type { IdeaReceipt } from '../services/idea-receipt-service.ts';
import { pageHead } from './embed-page.ts';
import { ideaReceiptTexts } from './idea-receipt-texts.ts';
import { pageTexts } from './page-texts.ts';

/** Where the erase form posts; the receipt travels in the form's body, never in a logged path. */
export const ideaReceiptErasePath = '/receipts/idea/erase';

function page(language: PageLanguage, title: string, body: SafeHtml, footer?: string): string {
  return html`<!doctype html>
<html lang="${language}">
<head>
${pageHead(title, title)}
<meta name="robots" content="noindex">
</head>
<body>
<main class="embed receipt">
${body}
</main>
${footer ? html`<footer class="embed-footer"><p>${footer} · ${pageTexts[language].poweredBy}</p></footer>` : ''}
</body>
</html>
`.value;
}

/**
 * The hosted receipt page of an idea: its status and the steps it went through with the city's
 * notes, why it waits or was hidden, the city's answer, what the resident wrote, and a form to
 * erase it for good. It works without scripts, under the server pages' strict CSP.
 */
export function renderIdeaReceiptPage(language: PageLanguage, { site, idea }: IdeaReceipt, token: string): string {
  const t = ideaReceiptTexts[language];
  const date = (at: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(at));
  const { moderation } = idea;
  return page(
    language,
    `${t.title}: ${idea.title}`,
    html`<p class="kind">${t.title}</p>
<h1>${idea.title}</h1>
<p>${t.intro(site.name)}</p>
<p><strong>${t.status}:</strong> ${t.statuses[idea.status]}</p>
${moderation.state === 'pending' ? html`<p>${t.pending}</p>` : ''}
${
  moderation.state === 'hidden'
    ? html`<p>${t.hidden} ${moderation.hiddenReasonCode ? t.hiddenReasons[moderation.hiddenReasonCode] : ''}</p>
${moderation.hiddenReason ? html`<p>${t.moderatorNote} ${moderation.hiddenReason}</p>` : ''}`
    : ''
}
<h2>${t.answer}</h2>
${idea.officialAnswer ? html`<p class="answer">${idea.officialAnswer.text}</p><p class="meta">${date(idea.officialAnswer.answeredAt)}</p>` : html`<p>${t.noAnswer}</p>`}
<h2>${t.history}</h2>
<ol class="history">${idea.statusHistory.map(
      (entry) => html`<li><strong>${t.statuses[entry.status]}</strong>, ${date(entry.at)}${entry.note ? html`: ${entry.note}` : ''}</li>`,
    )}</ol>
<h2>${t.yourIdea}</h2>
<p class="description">${idea.description}</p>
<h2>${t.eraseHeading}</h2>
<form method="post" action="${ideaReceiptErasePath}?lang=${language}">
<p>${t.eraseText}</p>
<input type="hidden" name="receipt" value="${token}">
<p><label><input type="checkbox" name="confirm" value="yes" required> ${t.eraseConfirm}</label></p>
<p><button type="submit">${t.eraseButton}</button></p>
</form>`,
    site.name,
  );
}

/** After the erase: what is gone. */
export function renderIdeaErasedPage(language: PageLanguage): string {
  const t = ideaReceiptTexts[language];
  return page(language, t.erasedTitle, html`<h1>${t.erasedTitle}</h1>
<p>${t.erasedText}</p>`);
}

/** An unknown or erased receipt, as a page (a resident follows links; they should not read JSON). */
export function renderIdeaReceiptNotFoundPage(language: PageLanguage): string {
  const t = ideaReceiptTexts[language];
  return page(language, t.notFoundTitle, html`<h1>${t.notFoundTitle}</h1>
<p>${t.notFoundText}</p>`);
}
