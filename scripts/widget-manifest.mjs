// The widget manifest (packages/widgets/widgets.manifest.json) for the builds, scripts and tests:
// every widget once, in the manifest's order, each with its name (`/embed/<name>/<id>`,
// `src/define/<name>.ts`, `@inspraak/widgets/<name>`). The server reads the file itself (its hosted pages).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const manifestPath = fileURLToPath(new URL('../packages/widgets/widgets.manifest.json', import.meta.url));

export const widgets = Object.entries(JSON.parse(readFileSync(manifestPath, 'utf8')).widgets).map(([name, widget]) => ({ name, ...widget }));
