import type { PageLanguage } from '../http/preferred-language.ts';

/**
 * The texts of the server's own pages, Dutch (B1, "u") and English. What a page says of its widget
 * ("Peiling") is the widget's own, in the widget manifest (packages/widgets/widgets.manifest.json).
 */
export interface PageTexts {
  options: string;
  takePartAt: string;
  openInBrowser: string;
  poweredBy: string;
  notFoundTitle: string;
  notFoundText: (widget: string, id: string) => string;
  /** What the not-found page calls the thing of a widget it does not know. */
  unknownThing: string;
  notFoundHelp: string;
}

export const pageTexts: Record<PageLanguage, PageTexts> = {
  nl: {
    options: 'De keuzes',
    takePartAt: 'U doet mee op dit adres:',
    openInBrowser: 'Lukt meedoen hier niet? Open het adres dan in uw browser.',
    poweredBy: 'Met Inspraak',
    notFoundTitle: 'Niet gevonden',
    notFoundText: (widget, id) => `Wij kunnen geen ${widget} vinden met de code ${id}.`,
    unknownThing: 'pagina',
    notFoundHelp: 'Misschien is de link niet goed overgenomen. Kijk de link na of vraag de gemeente om de goede link.',
  },
  en: {
    options: 'The choices',
    takePartAt: 'You can take part at this address:',
    openInBrowser: 'Cannot take part here? Open the address in your browser.',
    poweredBy: 'Powered by Inspraak',
    notFoundTitle: 'Not found',
    notFoundText: (widget, id) => `We cannot find a ${widget} with the code ${id}.`,
    unknownThing: 'page',
    notFoundHelp: 'The link may not have been copied correctly. Check the link, or ask the city for the right one.',
  },
};
