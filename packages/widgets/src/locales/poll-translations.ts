/**
 * Which languages the poll speaks. Dutch ships with every widget; another language loads the
 * first time a page asks for it, so a Dutch page downloads no English.
 */
import { translations } from '../base/localize.ts';
import { nlPoll, type PollTexts } from './nl-poll.ts';

export const pollTexts = translations<PollTexts>(nlPoll, { en: () => import('./en-poll.ts').then((module) => module.enPoll) });
