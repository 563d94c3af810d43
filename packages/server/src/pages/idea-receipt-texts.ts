import type { HideReasonCode, IdeaStatus } from '@inspraak/contract';
import type { PageLanguage } from '../http/preferred-language.ts';

/** The texts of the hosted idea receipt page, Dutch (B1, "u") and English. */
export interface IdeaReceiptTexts {
  title: string;
  intro: (site: string) => string;
  status: string;
  statuses: Record<IdeaStatus, string>;
  pending: string;
  hidden: string;
  hiddenReasons: Record<HideReasonCode, string>;
  moderatorNote: string;
  history: string;
  answer: string;
  noAnswer: string;
  yourIdea: string;
  eraseHeading: string;
  eraseText: string;
  eraseConfirm: string;
  eraseButton: string;
  erasedTitle: string;
  erasedText: string;
  notFoundTitle: string;
  notFoundText: string;
}

export const ideaReceiptTexts: Record<PageLanguage, IdeaReceiptTexts> = {
  nl: {
    title: 'Uw idee',
    intro: (site) => `Hier ziet u wat er met uw idee voor ${site} gebeurt. Bewaar de link van deze pagina.`,
    status: 'Status',
    statuses: {
      submitted: 'Ingediend',
      'under-consideration': 'In behandeling',
      accepted: 'Aangenomen',
      rejected: 'Afgewezen',
      implemented: 'Uitgevoerd',
    },
    pending: 'De gemeente leest uw idee eerst. Daarna staat het op de website.',
    hidden: 'De gemeente heeft uw idee van de website gehaald.',
    hiddenReasons: {
      'personal-data': 'Er stonden persoonlijke gegevens in.',
      offensive: 'Het was beledigend of kwetsend.',
      spam: 'Het was reclame of spam.',
      'off-topic': 'Het ging niet over dit onderwerp.',
      duplicate: 'Er stond al een idee over hetzelfde.',
    },
    moderatorNote: 'Uitleg van de gemeente:',
    history: 'Wat er gebeurde',
    answer: 'Antwoord van de gemeente',
    noAnswer: 'De gemeente heeft nog niet geantwoord.',
    yourIdea: 'Wat u schreef',
    eraseHeading: 'Uw idee wissen',
    eraseText: 'U kunt uw idee voorgoed wissen, met de reacties en steunbetuigingen erbij. Dit kunt u niet terugdraaien.',
    eraseConfirm: 'Ja, wis mijn idee voorgoed.',
    eraseButton: 'Wis mijn idee',
    erasedTitle: 'Uw idee is gewist',
    erasedText: 'Uw idee staat niet meer op de website. Ook de gemeente kan het niet meer lezen.',
    notFoundTitle: 'Niet gevonden',
    notFoundText: 'Wij kunnen geen idee vinden bij deze link. Misschien is het idee gewist, of is de link niet goed overgenomen.',
  },
  en: {
    title: 'Your idea',
    intro: (site) => `This page shows what happens to your idea for ${site}. Keep the link to this page.`,
    status: 'Status',
    statuses: {
      submitted: 'Submitted',
      'under-consideration': 'Under consideration',
      accepted: 'Accepted',
      rejected: 'Rejected',
      implemented: 'Implemented',
    },
    pending: 'The city reads your idea first. Then it appears on the website.',
    hidden: 'The city has taken your idea off the website.',
    hiddenReasons: {
      'personal-data': 'It contained personal details.',
      offensive: 'It was insulting or hurtful.',
      spam: 'It was advertising or spam.',
      'off-topic': 'It was not about this topic.',
      duplicate: 'There already was an idea about the same thing.',
    },
    moderatorNote: 'The city explains:',
    history: 'What happened',
    answer: 'The city’s answer',
    noAnswer: 'The city has not answered yet.',
    yourIdea: 'What you wrote',
    eraseHeading: 'Erase your idea',
    eraseText: 'You can erase your idea for good, with its comments and support. This cannot be undone.',
    eraseConfirm: 'Yes, erase my idea for good.',
    eraseButton: 'Erase my idea',
    erasedTitle: 'Your idea has been erased',
    erasedText: 'Your idea is no longer on the website. The city cannot read it any more either.',
    notFoundTitle: 'Not found',
    notFoundText: 'We cannot find an idea for this link. The idea may have been erased, or the link may not have been copied correctly.',
  },
};
