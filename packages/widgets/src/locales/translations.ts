/**
 * Which languages the widgets speak. Dutch ships with every widget; another language loads the
 * first time a page asks for it, so a Dutch page downloads no English.
 */
import { nl, type Texts } from './nl.ts';

const loaders: Record<string, () => Promise<Texts>> = {
  en: () => import('./en.ts').then((module) => module.en),
};

const loaded: Record<string, Texts> = { nl };
const loading: Record<string, Promise<unknown>> = {};

export const fallbackLanguage = 'nl';
export const languages = [fallbackLanguage, ...Object.keys(loaders)];

/** The texts of `lang` when they are here; else `undefined`, and `onLoad` runs once they are. */
export function translation(lang: string, onLoad: () => void): Texts | undefined {
  if (loaded[lang]) return loaded[lang];
  (loading[lang] ??= loaders[lang]!().then((texts) => (loaded[lang] = texts))).then(onLoad, onLoad);
  return undefined;
}
