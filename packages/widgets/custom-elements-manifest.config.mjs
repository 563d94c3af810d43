// Writes custom-elements.json (`npm run analyze`): the widgets' attributes, properties, events, CSS parts
// and custom properties, read from their JSDoc. Storybook's controls, the editor typings and the theming
// guide all come from it.

/**
 * Our widgets register through `InspraakPoll.define('inspraak-poll')` (a define() that tolerates a
 * second copy) rather than `customElements.define`, which the analyzer cannot see: this plugin reads
 * those calls in `src/define/*.ts` and marks the classes as custom elements with their tag names.
 */
function inspraakDefinePlugin() {
  const tags = new Map(); // class name → { tag, module }
  return {
    name: 'inspraak-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const [tagArgument] = node.arguments;
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.getText() === 'define' &&
        ts.isIdentifier(callee.expression) &&
        tagArgument &&
        ts.isStringLiteral(tagArgument)
      ) {
        tags.set(callee.expression.getText(), { tag: tagArgument.text, module: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order its file reads finish, which varies from run to run:
      // sorted, the committed manifest is the same bytes every time (its staleness test relies on it).
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        // The base element's own `customElements.define(tag, this)` is not a tag of its own.
        mod.exports = mod.exports?.filter((e) => !(e.kind === 'custom-element-definition' && e.declaration.name.startsWith('anonymous_')));
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // Lit's `{ state: true }` entries are internal state, not attributes; they are `private` fields.
          const internal = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          // Private fields are no one else's business; leaving them out keeps the manifest readable.
          if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
          // Events come from the JSDoc `@event {Type} name` lines; the ones the analyzer guesses from
          // `dispatchEvent(new …)` calls carry no name or a duplicate one.
          if (declaration.events) {
            const documented = declaration.events.filter((e) => e.name?.startsWith('inspraak-') && e.description);
            declaration.events = documented.filter((e, i) => documented.findIndex((d) => d.name === e.name) === i);
          }
        }
      }
      for (const [className, { tag, module: definePath }] of tags) {
        for (const mod of customElementsManifest.modules) {
          const declaration = mod.declarations?.find((d) => d.kind === 'class' && d.name === className);
          if (!declaration) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          const defineModule = customElementsManifest.modules.find((m) => m.path === definePath);
          defineModule?.exports?.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: mod.path },
          });
        }
      }
      // InspraakElement registers whatever tag it is given; it is a base class, not an element of its own.
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/base/inspraak-element.ts', 'src/base/events.ts', 'src/define/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself (`customElements`); a run into another folder must not rewrite it.
  packagejson: false,
  plugins: [inspraakDefinePlugin()],
};
