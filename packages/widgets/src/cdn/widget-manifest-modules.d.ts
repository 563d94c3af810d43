// The modules the build writes from widgets.manifest.json (scripts/rollup-plugins.js, widgetManifestModules).

declare module 'inspraak:loader-widgets' {
  /** Per tag: the import that registers the widget, and one that starts its data reads for the elements on the page now. */
  export const widgets: Record<string, { prefetch?: () => Promise<{ prefetch(elements: Iterable<Element>): void }>; define: () => Promise<unknown> }>;
}

declare module 'inspraak:embed-widgets' {
  /** Per widget name: the attribute that takes the id of its poll, board or map. */
  export const idAttributes: Record<string, string>;
}
