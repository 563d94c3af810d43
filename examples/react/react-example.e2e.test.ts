// The React example end to end: React passes the widgets properties and renders what their events carried.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testFrameworkExample } from '../framework-example.ts';

testFrameworkExample('React', path.dirname(fileURLToPath(import.meta.url)), {
  title: 'Een bankje in de schaduw bij de bibliotheek',
  description: 'Dan kunnen ouderen even uitrusten.',
});
