/** @jsxImportSource preact */
// Type test of `@inspraak/widgets/preact` (generated from custom-elements.json): compiled by tsc, not run.
// Each `@ts-expect-error` must meet an error, so typings that let anything through fail this file.
// TypeScript accepts any hyphenated attribute on an intrinsic element, so a misspelt `oninspraak-…` is no
// error by itself: its untyped `(event) =>` is (implicit any), which is why the listeners below leave it untyped.
import type {} from '@inspraak/widgets/preact';
import { createClient } from '@inspraak/sdk';
import type { InspraakPoll, InspraakVotedEvent } from '@inspraak/widgets';
import { createRef } from 'preact';

const client = createClient({ baseUrl: 'https://inspraak.example.nl/v1', siteKey: 'pk_test' });
const voted = (event: InspraakVotedEvent) => event.detail.results.totalBallots;
const ref = createRef<InspraakPoll>();

export const fine = (
  <>
    <inspraak-poll
      poll="poll_demo"
      client={client}
      texts={{ submit: 'Stem' }}
      heading-level="3"
      class="poll"
      ref={ref}
      oninspraak-voted={voted}
      oninspraak-vote={(event) => event.detail.optionIds.length > 2 && event.preventDefault()}
    />
    <inspraak-idea-form board="board_demo" oninspraak-submitted={(event) => event.detail.receipt} />
    <inspraak-feedback-map map="map_demo" oninspraak-report-submitted={(event) => event.detail.receipt} />
  </>
);

export const board = <inspraak-idea-board board="board_demo" page-size="10" oninspraak-support={(event) => event.detail} />;

// @ts-expect-error `client` is an Inspraak client, not a URL
export const wrongClient = <inspraak-poll client="https://inspraak.example.nl/v1" />;
// @ts-expect-error the poll's texts are keyed like its locale file: `submit` is a string
export const wrongTexts = <inspraak-poll texts={{ submit: 1 }} />;
// @ts-expect-error `inspraak-voted` carries an InspraakVotedEvent
export const wrongListener = <inspraak-poll oninspraak-voted={(event: { detail: { receipt: string } }) => event.detail.receipt} />;
// @ts-expect-error the idea form has no `poll`
export const wrongElementProp = <inspraak-idea-form poll="poll_demo" />;
