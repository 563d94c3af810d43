// A framework app's TypeScript: the widgets' tags in React's and Preact's JSX and in Vue's templates,
// from the type-only subpaths. Checked with bundler resolution only (tsconfig.bundler.json), as such
// apps are built; attw checks that node16 resolves the subpaths too.
import type { JSX as ReactJSX } from 'react';
import type { JSX as PreactJSX } from 'preact';
import type { GlobalComponents } from 'vue';
import type { InspraakVotedEvent } from '@inspraak/widgets';
import type {} from '@inspraak/widgets/react';
import type {} from '@inspraak/widgets/preact';
import type {} from '@inspraak/widgets/vue';

export const inReact: ReactJSX.IntrinsicElements['inspraak-poll'] = {
  poll: 'poll_demo',
  'site-key': 'pk_example',
  'oninspraak-voted': (event: InspraakVotedEvent) => console.log(event.detail),
};
export const inPreact: PreactJSX.IntrinsicElements['inspraak-idea-form'] = { board: 'board_demo' };
export type InVue = GlobalComponents['inspraak-feedback-map'];
