/**
 * Which languages the idea form and the idea board speak: Dutch ships with them, English loads
 * the first time a page asks for it.
 */
import { translations } from '../base/localize.ts';
import { nlIdeas, type IdeaTexts } from './nl-ideas.ts';

export const ideaTexts = translations<IdeaTexts>(nlIdeas, { en: () => import('./en-ideas.ts').then((module) => module.enIdeas) });

