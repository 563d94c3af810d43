/** Which languages the feedback map speaks: Dutch ships with it, English loads the first time a page asks. */
import { translations } from '../base/localize.ts';
import { nlMap, type MapTexts } from './nl-map.ts';

export const mapTexts = translations<MapTexts>(nlMap, { en: () => import('./en-map.ts').then((module) => module.enMap) });
