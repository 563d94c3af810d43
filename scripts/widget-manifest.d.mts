/** What a hosted page says of its widget, in one language; `{site}` in `invitation` is the site's name. */
export interface HostedPageTexts {
  name: string;
  thing: string;
  invitation: string;
}
export interface Widget {
  name: string;
  tag: string;
  idAttribute: string;
  /** The module (under packages/widgets) the loader imports next to the widget to start its data reads. */
  prefetch?: string;
  /** gzip KB: `page`, all a page with only this widget downloads; `own`, what it downloads beyond what every widget shares. */
  sizeBudgetKB: { page?: number; own?: number };
  /** Chunks (by name, before the hash) the widget imports after its first download: check-size reports them apart. */
  lazyChunks?: string[];
  hostedPage: { subject: string; nl: HostedPageTexts; en: HostedPageTexts };
}
export declare const manifestPath: string;
export declare const widgets: Widget[];
