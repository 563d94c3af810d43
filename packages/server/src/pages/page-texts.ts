import type { PageLanguage } from '../http/preferred-language.ts';
import type { EmbedWidget } from '../services/embed-subject.ts';

/** The texts of the server's own pages, Dutch (B1, "u") and English. */
export interface PageTexts {
  /** What the widget is, e.g. in a page title: "Peiling". */
  widgets: Record<EmbedWidget, { name: string; invitation: (site: string) => string }>;
  options: string;
  takePartAt: string;
  openInBrowser: string;
  poweredBy: string;
  notFoundTitle: string;
  notFoundText: (widget: string, id: string) => string;
  notFoundHelp: string;
}

export const pageTexts: Record<PageLanguage, PageTexts> = {
  nl: {
    widgets: {
      poll: { name: 'Peiling', invitation: (site) => `Stem mee in deze peiling van ${site}.` },
      'idea-form': { name: 'Idee delen', invitation: (site) => `Deel uw idee met ${site}.` },
      'idea-board': { name: 'Ideeën', invitation: (site) => `Bekijk de ideeën en steun wat u goed vindt. Van ${site}.` },
      'feedback-map': { name: 'Melden op de kaart', invitation: (site) => `Meld op de kaart wat u ziet. Van ${site}.` },
    },
    options: 'De keuzes',
    takePartAt: 'U doet mee op dit adres:',
    openInBrowser: 'Lukt meedoen hier niet? Open het adres dan in uw browser.',
    poweredBy: 'Met Inspraak',
    notFoundTitle: 'Niet gevonden',
    notFoundText: (widget, id) => `Wij kunnen geen ${widget} vinden met de code ${id}.`,
    notFoundHelp: 'Misschien is de link niet goed overgenomen. Kijk de link na of vraag de gemeente om de goede link.',
  },
  en: {
    widgets: {
      poll: { name: 'Poll', invitation: (site) => `Vote in this poll by ${site}.` },
      'idea-form': { name: 'Share an idea', invitation: (site) => `Share your idea with ${site}.` },
      'idea-board': { name: 'Ideas', invitation: (site) => `See the ideas and support the ones you like. By ${site}.` },
      'feedback-map': { name: 'Report on the map', invitation: (site) => `Report what you see on the map. By ${site}.` },
    },
    options: 'The choices',
    takePartAt: 'You can take part at this address:',
    openInBrowser: 'Cannot take part here? Open the address in your browser.',
    poweredBy: 'Powered by Inspraak',
    notFoundTitle: 'Not found',
    notFoundText: (widget, id) => `We cannot find a ${widget} with the code ${id}.`,
    notFoundHelp: 'The link may not have been copied correctly. Check the link, or ask the city for the right one.',
  },
};

/** "peiling", "poll": what the not-found page calls an unknown widget's thing. */
export const thingNames: Record<PageLanguage, Record<EmbedWidget | 'page', string>> = {
  nl: { poll: 'peiling', 'idea-form': 'ideeënbord', 'idea-board': 'ideeënbord', 'feedback-map': 'kaart', page: 'pagina' },
  en: { poll: 'poll', 'idea-form': 'idea board', 'idea-board': 'idea board', 'feedback-map': 'map', page: 'page' },
};
