// The Vue example end to end: Vue passes the widgets properties and shows what their events carried.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testFrameworkExample } from '../framework-example.ts';

testFrameworkExample('Vue', path.dirname(fileURLToPath(import.meta.url)), {
  title: 'Een watertappunt bij het speelveld',
  description: 'Dan hoeven kinderen geen flesjes mee te nemen.',
});
