/** The console's entry (`/admin/assets/console.js`): registers its elements; the page holds `<inspraak-console>`. */
import { defineConsoleElements } from './index.ts';

defineConsoleElements();
