/**
 * Which languages the poll speaks. Dutch ships with every widget; another language loads the
 * first time a page asks for it, so a Dutch page downloads no English.
 */
import { fallbackLanguage, translations } from '../base/localize.ts';
import { nl, type Texts } from './nl.ts';

export { fallbackLanguage };

export const pollTexts = translations<Texts>(nl, { en: () => import('./en.ts').then((module) => module.en) });
