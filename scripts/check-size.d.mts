export interface FileSize {
  min: number;
  gzip: number;
}
export declare const budgets: { loader: number; pollPage: number };
export declare function staticImports(code: string): string[];
export declare function widgetEntries(loaderCode: string, tag: string): string[];
export declare function pageFiles(tag: string): string[];
export declare function measure(): { loader: number; pollPage: number; files: Record<string, FileSize> };
