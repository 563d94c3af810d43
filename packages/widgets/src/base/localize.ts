/**
 * Localization: the language from the nearest `[lang]`, texts looked up by key with plural rules,
 * numbers, dates and lists through `Intl`. Texts are data (strings and plural maps), so a page can
 * override any of them per instance, even from an HTML attribute as JSON.
 */

/** A text that depends on a count: one entry per plural category, `other` always present. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A translation: each key a text with `{name}` placeholders, or a plural map. */
export type Translation = Record<string, string | Plural>;

/** The language of `node`: the nearest `lang` attribute, looking through shadow roots to their hosts. */
export function languageOf(node: Element): string {
  let current: Element | null = node;
  while (current) {
    const withLang: Element | null = current.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** Picks the best of the available translations for a BCP 47 tag (`en-GB` → `en`), else the fallback. */
function pickLanguage(requested: string, available: readonly string[], fallback: string): string {
  const [lang = ''] = requested.toLowerCase().split('-');
  return available.includes(lang) ? lang : fallback;
}

/** The language every widget ships with; the others load the first time a page asks for them. */
export const fallbackLanguage = 'nl';

/** A widget's texts per language: the fallback's at hand, each other language loaded on first use. */
export interface Translations<T> {
  languages: string[];
  /** The texts of `lang` when they are here; else `undefined`, and `onLoad` runs once they are. */
  translation(lang: string, onLoad: () => void): T | undefined;
}

export function translations<T>(base: T, loaders: Record<string, () => Promise<T>>): Translations<T> {
  const loaded: Record<string, T> = { [fallbackLanguage]: base };
  const loading: Record<string, Promise<unknown>> = {};
  return {
    languages: [fallbackLanguage, ...Object.keys(loaders)],
    translation(lang, onLoad) {
      if (loaded[lang]) return loaded[lang];
      (loading[lang] ??= loaders[lang]!().then((texts) => (loaded[lang] = texts))).then(onLoad, onLoad);
      return undefined;
    },
  };
}

/**
 * The texts for an element that asks for `requested` (its nearest `[lang]`), with the page's
 * overrides; numbers and dates follow the page's region (nl-BE, en-GB) when we speak its language.
 * `undefined` while that language is still loading (`onLoad` runs when it is here).
 */
export function localizerFor<T extends Translation>(
  requested: string,
  texts: Translations<T>,
  overrides: Partial<T>,
  onLoad: () => void,
): Localizer<T> | undefined {
  const lang = pickLanguage(requested, texts.languages, fallbackLanguage);
  const found = texts.translation(lang, onLoad);
  // A page in a language we do not ship, whose host gave its own texts, is spoken in that language:
  // the `lang` a screen reader reads the widget in, plurals, numbers, dates. Without texts, Dutch.
  let locale = requested.toLowerCase().split('-')[0] === lang || Object.keys(overrides).length ? requested : lang;
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    locale = lang; // no or a malformed lang attribute
  }
  return found && new Localizer(locale, { ...found, ...overrides });
}

/** Looks texts up by key, fills `{name}` placeholders and applies plural rules for the language. */
export class Localizer<T extends Translation> {
  readonly lang: string;
  private readonly texts: T;
  private readonly plurals: Intl.PluralRules;

  constructor(lang: string, texts: T) {
    this.lang = lang;
    this.texts = texts;
    this.plurals = new Intl.PluralRules(lang);
  }

  /** The text for `key`; `params.count` chooses the plural form of a plural text. */
  t(key: keyof T & string, params: Record<string, string | number> = {}): string {
    const text = this.texts[key] as string | Plural;
    const template =
      typeof text === 'string' ? text : (text[this.plurals.select(Number(params.count ?? 0))] ?? text.other);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : typeof value === 'number' ? this.number(value) : value;
    });
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  date(value: string | Date): string {
    return new Intl.DateTimeFormat(this.lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
  }

  list(items: string[]): string {
    return new Intl.ListFormat(this.lang).format(items);
  }
}
