// Inspraak's widgets in a React 19 app. React 19 sets a custom element's props as DOM *properties*
// when the element has them (`client`, `texts` are objects, not attributes) and listens for its
// events from props named `on` + the event's name as written: `oninspraak-voted`.
import { useEffect, useState } from 'react';
import { createClient, type Poll } from '@inspraak/sdk';
// Registers <inspraak-poll> and <inspraak-idea-form>.
import '@inspraak/widgets/poll';
import '@inspraak/widgets/idea-form';
// Types only: the tags' props and events in JSX (generated from custom-elements.json).
import type {} from '@inspraak/widgets/react';
import type { InspraakSubmittedEvent, InspraakVotedEvent } from '@inspraak/widgets';

/** The API of the page's own origin (the Vite dev server proxies `/v1` to `npm start`'s server). */
const client = createClient({ baseUrl: new URL('/v1', location.href).href, siteKey: 'pk_demo_voorbeeld' });
const pollId = 'poll_demo';
const boardId = 'board_demo';

// Objects passed as properties; kept outside the component so React does not set new ones on every render.
const pollTexts = { submit: 'Vote from React' };
const ideaTexts = { submit: 'Send my idea from React' };

export function App() {
  const [poll, setPoll] = useState<Poll>();
  const [myChoice, setMyChoice] = useState<string[]>();
  const [ballots, setBallots] = useState<number>();
  const [idea, setIdea] = useState<{ title: string; id: string }>();

  // The app reads the poll itself too (the option labels) with the same client the widget uses.
  useEffect(() => {
    const controller = new AbortController();
    client.polls.get(pollId, { signal: controller.signal }).then(setPoll, () => undefined);
    return () => controller.abort();
  }, []);

  const onVoted = (event: InspraakVotedEvent) => {
    const { ballot, results } = event.detail;
    setMyChoice(ballot.optionIds.map((id) => poll?.options.find((option) => option.id === id)?.label ?? id));
    setBallots(results.visible ? results.totalBallots : undefined);
  };
  const onSubmitted = (event: InspraakSubmittedEvent) => setIdea({ title: event.detail.idea.title, id: event.detail.receipt.ideaId });

  return (
    <main>
      <h1>Inspraak in React</h1>
      <p>
        Two web components in a React 19 app: React passes them a <code>client</code> and <code>texts</code> as properties and
        hears their events.
      </p>

      <section aria-labelledby="poll-heading">
        <h2 id="poll-heading">Poll</h2>
        <inspraak-poll poll={pollId} client={client} texts={pollTexts} heading-level="3" oninspraak-voted={onVoted} />
        <p role="status" className="app-state" data-testid="vote-state">
          {myChoice
            ? `React heard inspraak-voted: you voted for ${myChoice.join(', ')}${ballots === undefined ? '' : ` (${ballots} ${ballots === 1 ? 'ballot' : 'ballots'} so far)`}.`
            : 'React has not heard a vote yet.'}
        </p>
      </section>

      <section aria-labelledby="idea-heading">
        <h2 id="idea-heading">Idea form</h2>
        <inspraak-idea-form board={boardId} client={client} texts={ideaTexts} heading-level="3" oninspraak-submitted={onSubmitted} />
        <p role="status" className="app-state" data-testid="idea-state">
          {idea ? `React heard inspraak-submitted: “${idea.title}” arrived as ${idea.id}.` : 'React has not heard an idea yet.'}
        </p>
      </section>
    </main>
  );
}
