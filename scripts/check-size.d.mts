export interface FileSize {
  min: number;
  gzip: number;
}
export declare const budgets: { loader: number; pollPage: number; ideaFormPage: number; feedbackMapOwn: number };
export declare function staticImports(code: string): string[];
export declare function widgetEntries(loaderCode: string, tag: string): string[];
export declare function pageFiles(tag: string): string[];
export declare function measurePage(tag: string): { total: number; files: Record<string, FileSize> };
export declare function liveResultsChunk(): { file: string; gzip: number } | undefined;
export declare function measure(): {
  loader: number;
  pollPage: number;
  files: Record<string, FileSize>;
  ideaFormPage: number;
  ideaFormFiles: Record<string, FileSize>;
  ideaBoardPage: number;
  ideaBoardFiles: Record<string, FileSize>;
  liveResults: number;
};
export declare function measureFeedbackMap(): {
  total: number;
  own: number;
  files: Record<string, FileSize>;
  later: Record<string, { file: string; gzip: number } | undefined>;
};
