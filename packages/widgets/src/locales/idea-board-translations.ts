/** The languages of `<inspraak-idea-board>`: Dutch ships with it, English loads when a page asks. */
import { translations } from '../base/localize.ts';
import { nlIdeaBoard, type IdeaBoardTexts } from './nl-idea-board.ts';
import { nlIdeas } from './nl-ideas.ts';

/** The idea board's texts: those it shares with the form and its own, in two files per language. */
export const ideaBoardTexts = translations<IdeaBoardTexts>(
  { ...nlIdeas, ...nlIdeaBoard },
  {
    en: () =>
      Promise.all([import('./en-ideas.ts'), import('./en-idea-board.ts')]).then(([shared, own]) => ({ ...shared.enIdeas, ...own.enIdeaBoard })),
  },
);
