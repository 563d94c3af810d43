/** The console's entry (`/admin/assets/console.js`): registers its elements; the page holds `<inspraak-console>`. */
import { InspraakConsole } from './console-app.ts';
import { ConsoleAnswersScreen } from './screens/answers-screen.ts';
import { ConsoleModerationScreen } from './screens/moderation-screen.ts';
import { ConsolePollScreen } from './screens/poll-screen.ts';
import { ConsolePollsScreen } from './screens/polls-screen.ts';
import { ConsolePublishPanel } from './screens/publish-panel.ts';

const elements = {
  'inspraak-console': InspraakConsole,
  'inspraak-console-polls': ConsolePollsScreen,
  'inspraak-console-poll': ConsolePollScreen,
  'inspraak-console-publish': ConsolePublishPanel,
  'inspraak-console-moderation': ConsoleModerationScreen,
  'inspraak-console-answers': ConsoleAnswersScreen,
};

for (const [tag, element] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, element);
