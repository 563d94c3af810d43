/**
 * The console's elements, for its entry (main.ts) and for Storybook, which shows each screen on
 * its own with a context made from the contract's examples.
 */
import { InspraakConsole } from './console-app.ts';
import { ConsoleAnswersScreen } from './screens/answers-screen.ts';
import { ConsoleBoardScreen, ConsoleBoardsScreen } from './screens/board-screens.ts';
import { ConsoleMapScreen, ConsoleMapsScreen } from './screens/map-screens.ts';
import { ConsoleAuditScreen } from './screens/audit-screen.ts';
import { ConsoleConfirmStep } from './screens/confirm-step.ts';
import { ConsoleModerationScreen } from './screens/moderation-screen.ts';
import { ConsoleOverviewScreen } from './screens/overview-screen.ts';
import { ConsolePollScreen } from './screens/poll-screen.ts';
import { ConsolePollsScreen } from './screens/polls-screen.ts';
import { ConsolePublishPanel } from './screens/publish-panel.ts';
import { ConsoleReportsScreen } from './screens/reports-screen.ts';

export type { ConsoleContext } from './console-context.ts';
export { consoleLanguage, textsFor } from './texts.ts';

const elements = {
  'inspraak-console': InspraakConsole,
  'inspraak-console-overview': ConsoleOverviewScreen,
  'inspraak-console-polls': ConsolePollsScreen,
  'inspraak-console-poll': ConsolePollScreen,
  'inspraak-console-boards': ConsoleBoardsScreen,
  'inspraak-console-board': ConsoleBoardScreen,
  'inspraak-console-maps': ConsoleMapsScreen,
  'inspraak-console-map': ConsoleMapScreen,
  'inspraak-console-publish': ConsolePublishPanel,
  'inspraak-console-confirm': ConsoleConfirmStep,
  'inspraak-console-moderation': ConsoleModerationScreen,
  'inspraak-console-answers': ConsoleAnswersScreen,
  'inspraak-console-reports': ConsoleReportsScreen,
  'inspraak-console-audit': ConsoleAuditScreen,
};

/** Registers every element of the console (once; a second call changes nothing). */
export function defineConsoleElements(): void {
  for (const [tag, element] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, element);
}
