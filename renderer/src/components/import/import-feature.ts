import type { ExportedFile } from '../../../../shared/contract';
import type { ImportPreviewSummary } from '../../../../shared/domain/imports';

/** The chosen file as every import's input carries it. */
export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

/**
 * What the one ImportModal needs of a feature's import: the three calls, made
 * by a hook in the feature's own api.ts (which also says what the import
 * refreshes). `C` is what the user chooses in the feature's own part of the
 * dialog (participants: the duplicates to merge); it starts as `noChoices`
 * for every new file, so a choice never carries over to another file.
 */
export interface ImportFeature<P extends ImportPreviewSummary, R, C = undefined> {
  preview(file: ImportFile): Promise<P>;
  commit(file: ImportFile, onlyValid: boolean, choices: C): Promise<R>;
  template(): Promise<ExportedFile>;
  noChoices: C;
}
