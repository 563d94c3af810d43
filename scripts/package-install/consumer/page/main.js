// A developer's page: the poll's tag from npm, and the NL Design System theme.
import '@inspraak/widgets/poll';
import '@inspraak/widgets/themes/nl-design-system.css';
