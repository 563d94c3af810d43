export declare const browserHelp: string;
/** The path of the first Chromium-family browser found, or null. */
export declare function findBrowser(): string | null;
/** Chromium flags for running headless here. */
export declare const chromiumArgs: string[];
