export interface FileSize {
  min: number;
  gzip: number;
}
export interface WidgetPage {
  total: number;
  own: number;
  files: Record<string, FileSize>;
  later: Record<string, { file: string; gzip: number } | undefined>;
}
export declare const budgets: { loader: number; widgets: Record<string, { page?: number; own?: number }> };
export declare function staticImports(code: string): string[];
export declare function widgetEntries(loaderCode: string, tag: string): string[];
export declare function pageFiles(tag: string): string[];
export declare function measurePage(tag: string): { total: number; files: Record<string, FileSize> };
export declare function measure(): { loader: number; widgets: Record<string, WidgetPage> };
