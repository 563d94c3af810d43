// Generated from custom-elements.json by scripts/framework-typings.mjs: do not edit, run `npm run analyze`.
// Inspraak's widgets in Preact: import this file for its types only, next to the tag's define module, e.g.
//   import '@inspraak/widgets/poll';
//   import type {} from '@inspraak/widgets/preact';
import type { HTMLAttributes } from 'preact';
import type { InspraakErrorEvent, InspraakFeedbackMap, InspraakIdeaBoard, InspraakIdeaForm, InspraakPoll, InspraakReportSubmitEvent, InspraakReportSubmittedEvent, InspraakSubmitEvent, InspraakSubmittedEvent, InspraakSupportEvent, InspraakVoteEvent, InspraakVotedEvent } from '@inspraak/widgets';

/** `<inspraak-feedback-map>` in Preact: properties (set as DOM properties), attributes, and a listener per event (`on` + its name). */
export interface InspraakFeedbackMapProps extends HTMLAttributes<InspraakFeedbackMap> {
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
  headingLevel?: InspraakFeedbackMap['headingLevel'];
  /**
   * The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`.
   * Attribute `site-key`.
   */
  'site-key'?: string;
  /**
   * The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it.
   * Attribute `heading-level`.
   */
  'heading-level'?: string | number;
  /**
   * Before a report is sent (cancelable; `detail: { mapId, report }`).
   * Listens for `inspraak-report-submit` (`InspraakReportSubmitEvent`).
   */
  'oninspraak-report-submit'?: (event: InspraakReportSubmitEvent) => void;
  /** `inspraak-report-submit` in the capture phase. */
  'oninspraak-report-submitCapture'?: (event: InspraakReportSubmitEvent) => void;
  /**
   * The report was received (`detail: { report, receipt }`); photos follow.
   * Listens for `inspraak-report-submitted` (`InspraakReportSubmittedEvent`).
   */
  'oninspraak-report-submitted'?: (event: InspraakReportSubmittedEvent) => void;
  /** `inspraak-report-submitted` in the capture phase. */
  'oninspraak-report-submittedCapture'?: (event: InspraakReportSubmittedEvent) => void;
  /**
   * A call to the API failed (`detail: { error }`); what the resident entered is kept.
   * Listens for `inspraak-error` (`InspraakErrorEvent`).
   */
  'oninspraak-error'?: (event: InspraakErrorEvent) => void;
  /** `inspraak-error` in the capture phase. */
  'oninspraak-errorCapture'?: (event: InspraakErrorEvent) => void;
}

/** `<inspraak-idea-board>` in Preact: properties (set as DOM properties), attributes, and a listener per event (`on` + its name). */
export interface InspraakIdeaBoardProps extends HTMLAttributes<InspraakIdeaBoard> {
  /**
   * The board's id, e.g. `board_demo` (attribute `board`).
   * Property `board`: `string`.
   */
  board?: InspraakIdeaBoard['board'];
  /**
   * How many ideas a page holds, 1–100 (attribute `page-size`).
   * Property `pageSize`: `number`.
   */
  pageSize?: InspraakIdeaBoard['pageSize'];
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
  headingLevel?: InspraakIdeaBoard['headingLevel'];
  /**
   * How many ideas a page holds, 1–100 (attribute `page-size`).
   * Attribute `page-size`.
   */
  'page-size'?: string | number;
  /**
   * The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`.
   * Attribute `site-key`.
   */
  'site-key'?: string;
  /**
   * The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it.
   * Attribute `heading-level`.
   */
  'heading-level'?: string | number;
  /**
   * A resident supported an idea or withdrew support (`detail: { ideaId, supported, supportCount }`).
   * Listens for `inspraak-support` (`InspraakSupportEvent`).
   */
  'oninspraak-support'?: (event: InspraakSupportEvent) => void;
  /** `inspraak-support` in the capture phase. */
  'oninspraak-supportCapture'?: (event: InspraakSupportEvent) => void;
  /**
   * A call to the API failed (`detail: { error }`); what the resident typed is kept.
   * Listens for `inspraak-error` (`InspraakErrorEvent`).
   */
  'oninspraak-error'?: (event: InspraakErrorEvent) => void;
  /** `inspraak-error` in the capture phase. */
  'oninspraak-errorCapture'?: (event: InspraakErrorEvent) => void;
}

/** `<inspraak-idea-form>` in Preact: properties (set as DOM properties), attributes, and a listener per event (`on` + its name). */
export interface InspraakIdeaFormProps extends HTMLAttributes<InspraakIdeaForm> {
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
  headingLevel?: InspraakIdeaForm['headingLevel'];
  /**
   * The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`.
   * Attribute `site-key`.
   */
  'site-key'?: string;
  /**
   * The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it.
   * Attribute `heading-level`.
   */
  'heading-level'?: string | number;
  /**
   * Before the idea is sent (cancelable; `detail: { boardId, idea }`).
   * Listens for `inspraak-submit` (`InspraakSubmitEvent`).
   */
  'oninspraak-submit'?: (event: InspraakSubmitEvent) => void;
  /** `inspraak-submit` in the capture phase. */
  'oninspraak-submitCapture'?: (event: InspraakSubmitEvent) => void;
  /**
   * The idea was received (`detail: { idea, receipt }`).
   * Listens for `inspraak-submitted` (`InspraakSubmittedEvent`).
   */
  'oninspraak-submitted'?: (event: InspraakSubmittedEvent) => void;
  /** `inspraak-submitted` in the capture phase. */
  'oninspraak-submittedCapture'?: (event: InspraakSubmittedEvent) => void;
  /**
   * A call to the API failed (`detail: { error }`); the draft is kept.
   * Listens for `inspraak-error` (`InspraakErrorEvent`).
   */
  'oninspraak-error'?: (event: InspraakErrorEvent) => void;
  /** `inspraak-error` in the capture phase. */
  'oninspraak-errorCapture'?: (event: InspraakErrorEvent) => void;
}

/** `<inspraak-poll>` in Preact: properties (set as DOM properties), attributes, and a listener per event (`on` + its name). */
export interface InspraakPollProps extends HTMLAttributes<InspraakPoll> {
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
  headingLevel?: InspraakPoll['headingLevel'];
  /**
   * The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`.
   * Attribute `site-key`.
   */
  'site-key'?: string;
  /**
   * The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it.
   * Attribute `heading-level`.
   */
  'heading-level'?: string | number;
  /**
   * Before a vote is sent (cancelable; `detail: { pollId, optionIds }`).
   * Listens for `inspraak-vote` (`InspraakVoteEvent`).
   */
  'oninspraak-vote'?: (event: InspraakVoteEvent) => void;
  /** `inspraak-vote` in the capture phase. */
  'oninspraak-voteCapture'?: (event: InspraakVoteEvent) => void;
  /**
   * After the vote was counted (`detail: { ballot, results }`).
   * Listens for `inspraak-voted` (`InspraakVotedEvent`).
   */
  'oninspraak-voted'?: (event: InspraakVotedEvent) => void;
  /** `inspraak-voted` in the capture phase. */
  'oninspraak-votedCapture'?: (event: InspraakVotedEvent) => void;
  /**
   * A call to the API failed (`detail: { error }`); the resident's choice is kept.
   * Listens for `inspraak-error` (`InspraakErrorEvent`).
   */
  'oninspraak-error'?: (event: InspraakErrorEvent) => void;
  /** `inspraak-error` in the capture phase. */
  'oninspraak-errorCapture'?: (event: InspraakErrorEvent) => void;
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'inspraak-feedback-map': InspraakFeedbackMapProps;
      'inspraak-idea-board': InspraakIdeaBoardProps;
      'inspraak-idea-form': InspraakIdeaFormProps;
      'inspraak-poll': InspraakPollProps;
    }
  }
}
