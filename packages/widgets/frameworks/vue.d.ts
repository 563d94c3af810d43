// Generated from custom-elements.json by scripts/framework-typings.mjs: do not edit, run `npm run analyze`.
// Inspraak's widgets in Vue 3: import this file for its types only, next to the tag's define module, e.g.
//   import '@inspraak/widgets/poll';
//   import type {} from '@inspraak/widgets/vue';
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { InspraakErrorEvent, InspraakFeedbackMap, InspraakIdeaBoard, InspraakIdeaForm, InspraakPoll, InspraakReportSubmitEvent, InspraakReportSubmittedEvent, InspraakSubmitEvent, InspraakSubmittedEvent, InspraakSupportEvent, InspraakVoteEvent, InspraakVotedEvent } from '@inspraak/widgets';

/**
 * A custom element as Vue's template type checking (vue-tsc, Volar) reads it: its props from `$props`,
 * its events from `$emit`. Neither exists on the element: they are for templates only. (`Events` is
 * bounded by its own keys: an interface has no index signature, so `Record<string, Event>` refuses it.)
 */
type CustomElement<Element extends HTMLElement, Props, Events extends { [Name in keyof Events]: Event }> = new () => Element & {
  /** @deprecated For template type checking only; not on the element. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only; not on the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

/** `<inspraak-feedback-map>` in Vue templates: its properties (bind objects with `.prop` or `:name`; `site-key` is `siteKey`). */
export interface InspraakFeedbackMapProps {
  /**
   * The map's id, e.g. `map_demo` (attribute `map`).
   * Property `map`: `string`.
   */
  map?: InspraakFeedbackMap['map'];
  /**
   * A geocoder of the city's own (`{ search, suggest?, resolve?, reverse? }`); default: the one the map's configuration names.
   * Property `geocoder`: `Geocoder | undefined`.
   */
  geocoder?: InspraakFeedbackMap['geocoder'];
  /**
   * A report's receipt (`rr_…`): shows that report's status. Default: `#inspraak-report=rr_…` in the page's address.
   * Property `receipt`: `string`.
   */
  receipt?: InspraakFeedbackMap['receipt'];
  /**
   * The API root including its version, e.g. `https://inspraak.example.nl/v1` (attribute `api`). Default: the loader's.
   * Property `api`: `string`.
   */
  api?: InspraakFeedbackMap['api'];
  /**
   * The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`.
   * Property `siteKey`: `string`.
   */
  siteKey?: InspraakFeedbackMap['siteKey'];
  /**
   * A client made with `createClient()`, used when neither attributes nor the loader configure one.
   * Property `client`: `InspraakClient | undefined`.
   */
  client?: InspraakFeedbackMap['client'];
  /**
   * Texts to use instead of the built-in ones, e.g. `{ "submit": "Stem" }` (attribute `texts`, as JSON; keys in the widget's file in `src/locales/`).
   * Property `texts`: `Partial<Texts>`.
   */
  texts?: InspraakFeedbackMap['texts'];
  /**
   * The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it.
   * Property `headingLevel`: `number`.
   */
  headingLevel?: InspraakFeedbackMap['headingLevel'] | `${number}`;
}

/** The events of `<inspraak-feedback-map>`: `@inspraak-report-submit="…"` (the prop `onInspraakReportSubmit`). */
export interface InspraakFeedbackMapEvents {
  /** Before a report is sent (cancelable; `detail: { mapId, report }`). */
  'inspraak-report-submit': InspraakReportSubmitEvent;
  /** The report was received (`detail: { report, receipt }`); photos follow. */
  'inspraak-report-submitted': InspraakReportSubmittedEvent;
  /** A call to the API failed (`detail: { error }`); what the resident entered is kept. */
  'inspraak-error': InspraakErrorEvent;
}

/** `<inspraak-idea-board>` in Vue templates: its properties (bind objects with `.prop` or `:name`; `site-key` is `siteKey`). */
export interface InspraakIdeaBoardProps {
  /**
   * The board's id, e.g. `board_demo` (attribute `board`).
   * Property `board`: `string`.
   */
  board?: InspraakIdeaBoard['board'];
  /**
   * How many ideas a page holds, 1–100 (attribute `page-size`).
   * Property `pageSize`: `number`.
   */
  pageSize?: InspraakIdeaBoard['pageSize'] | `${number}`;
  /**
   * The API root including its version, e.g. `https://inspraak.example.nl/v1` (attribute `api`). Default: the loader's.
   * Property `api`: `string`.
   */
  api?: InspraakIdeaBoard['api'];
  /**
   * The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`.
   * Property `siteKey`: `string`.
   */
  siteKey?: InspraakIdeaBoard['siteKey'];
  /**
   * A client made with `createClient()`, used when neither attributes nor the loader configure one.
   * Property `client`: `InspraakClient | undefined`.
   */
  client?: InspraakIdeaBoard['client'];
  /**
   * Texts to use instead of the built-in ones, e.g. `{ "submit": "Stem" }` (attribute `texts`, as JSON; keys in the widget's file in `src/locales/`).
   * Property `texts`: `Partial<Texts>`.
   */
  texts?: InspraakIdeaBoard['texts'];
  /**
   * The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it.
   * Property `headingLevel`: `number`.
   */
  headingLevel?: InspraakIdeaBoard['headingLevel'] | `${number}`;
}

/** The events of `<inspraak-idea-board>`: `@inspraak-support="…"` (the prop `onInspraakSupport`). */
export interface InspraakIdeaBoardEvents {
  /** A resident supported an idea or withdrew support (`detail: { ideaId, supported, supportCount }`). */
  'inspraak-support': InspraakSupportEvent;
  /** A call to the API failed (`detail: { error }`); what the resident typed is kept. */
  'inspraak-error': InspraakErrorEvent;
}

/** `<inspraak-idea-form>` in Vue templates: its properties (bind objects with `.prop` or `:name`; `site-key` is `siteKey`). */
export interface InspraakIdeaFormProps {
  /**
   * The board's id, e.g. `board_demo` (attribute `board`).
   * Property `board`: `string`.
   */
  board?: InspraakIdeaForm['board'];
  /**
   * The API root including its version, e.g. `https://inspraak.example.nl/v1` (attribute `api`). Default: the loader's.
   * Property `api`: `string`.
   */
  api?: InspraakIdeaForm['api'];
  /**
   * The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`.
   * Property `siteKey`: `string`.
   */
  siteKey?: InspraakIdeaForm['siteKey'];
  /**
   * A client made with `createClient()`, used when neither attributes nor the loader configure one.
   * Property `client`: `InspraakClient | undefined`.
   */
  client?: InspraakIdeaForm['client'];
  /**
   * Texts to use instead of the built-in ones, e.g. `{ "submit": "Stem" }` (attribute `texts`, as JSON; keys in the widget's file in `src/locales/`).
   * Property `texts`: `Partial<Texts>`.
   */
  texts?: InspraakIdeaForm['texts'];
  /**
   * The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it.
   * Property `headingLevel`: `number`.
   */
  headingLevel?: InspraakIdeaForm['headingLevel'] | `${number}`;
}

/** The events of `<inspraak-idea-form>`: `@inspraak-submit="…"` (the prop `onInspraakSubmit`). */
export interface InspraakIdeaFormEvents {
  /** Before the idea is sent (cancelable; `detail: { boardId, idea }`). */
  'inspraak-submit': InspraakSubmitEvent;
  /** The idea was received (`detail: { idea, receipt }`). */
  'inspraak-submitted': InspraakSubmittedEvent;
  /** A call to the API failed (`detail: { error }`); the draft is kept. */
  'inspraak-error': InspraakErrorEvent;
}

/** `<inspraak-poll>` in Vue templates: its properties (bind objects with `.prop` or `:name`; `site-key` is `siteKey`). */
export interface InspraakPollProps {
  /**
   * The poll's id, e.g. `poll_demo` (attribute `poll`).
   * Property `poll`: `string`.
   */
  poll?: InspraakPoll['poll'];
  /**
   * The API root including its version, e.g. `https://inspraak.example.nl/v1` (attribute `api`). Default: the loader's.
   * Property `api`: `string`.
   */
  api?: InspraakPoll['api'];
  /**
   * The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`.
   * Property `siteKey`: `string`.
   */
  siteKey?: InspraakPoll['siteKey'];
  /**
   * A client made with `createClient()`, used when neither attributes nor the loader configure one.
   * Property `client`: `InspraakClient | undefined`.
   */
  client?: InspraakPoll['client'];
  /**
   * Texts to use instead of the built-in ones, e.g. `{ "submit": "Stem" }` (attribute `texts`, as JSON; keys in the widget's file in `src/locales/`).
   * Property `texts`: `Partial<Texts>`.
   */
  texts?: InspraakPoll['texts'];
  /**
   * The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it.
   * Property `headingLevel`: `number`.
   */
  headingLevel?: InspraakPoll['headingLevel'] | `${number}`;
}

/** The events of `<inspraak-poll>`: `@inspraak-vote="…"` (the prop `onInspraakVote`). */
export interface InspraakPollEvents {
  /** Before a vote is sent (cancelable; `detail: { pollId, optionIds }`). */
  'inspraak-vote': InspraakVoteEvent;
  /** After the vote was counted (`detail: { ballot, results }`). */
  'inspraak-voted': InspraakVotedEvent;
  /** A call to the API failed (`detail: { error }`); the resident's choice is kept. */
  'inspraak-error': InspraakErrorEvent;
}

declare module 'vue' {
  interface GlobalComponents {
    'inspraak-feedback-map': CustomElement<InspraakFeedbackMap, InspraakFeedbackMapProps, InspraakFeedbackMapEvents>;
    'inspraak-idea-board': CustomElement<InspraakIdeaBoard, InspraakIdeaBoardProps, InspraakIdeaBoardEvents>;
    'inspraak-idea-form': CustomElement<InspraakIdeaForm, InspraakIdeaFormProps, InspraakIdeaFormEvents>;
    'inspraak-poll': CustomElement<InspraakPoll, InspraakPollProps, InspraakPollEvents>;
  }
}
