import { html } from '../http/html.ts';
import type { PageLanguage } from '../http/preferred-language.ts';
import { pageHead } from './embed-page.ts';

/** Where the console's build is served (packages/console/dist). */
export const consoleAssetsPath = '/admin/assets/';

const texts: Record<PageLanguage, { title: string; description: string; noScript: string }> = {
  nl: {
    title: 'Inspraak beheer',
    description: 'Peilingen, ideeën en meldingen van inwoners beheren.',
    noScript: 'Het beheer werkt alleen met JavaScript aan.',
  },
  en: {
    title: 'Inspraak console',
    description: 'Manage residents’ polls, ideas and reports.',
    noScript: 'The console works only with JavaScript on.',
  },
};

/**
 * The console's page `/admin/`: the `<inspraak-console>` shell and its script, in the language the
 * browser asks for (the console can switch). The console reads the session itself, so this page is
 * the same for everyone and holds nothing personal.
 */
export function renderConsolePage(language: PageLanguage): string {
  const text = texts[language];
  return html`<!doctype html>
<html lang="${language}">
<head>
${pageHead(text.title, text.description)}
<script type="module" src="${consoleAssetsPath}console.js"></script>
</head>
<body>
<inspraak-console><noscript><p>${text.noScript}</p></noscript></inspraak-console>
</body>
</html>
`.value;
}
