import { z } from 'zod';

/* What every spreadsheet import (SWOT notes, participants, attendance, costs,
 * and later survey answers) says over the contract: the file it is given, the
 * choice before writing, and the preview the one ImportModal shows. */

/** One problem of one row; the message is Swedish, names the row, and never shows a personnummer in full. */
export interface ImportRowError {
  row: number;
  message: string;
}

/** The part of every import's preview the ImportModal reads; a feature adds what it shows of its rows. */
export interface ImportPreviewSummary {
  /** Data rows with something in a recognised column. */
  totalRows: number;
  /** Rows that can be imported. */
  valid: number;
  /** Rows with at least one problem. */
  invalidRows: number;
  /** Their problems in row order; the first `previewErrorLimit` when there are more. */
  errors: ImportRowError[];
}

/** A preview lists at most this many problems; the count of rows with errors is always whole. */
export const previewErrorLimit = 500;

/**
 * The file as an import's input carries it: its name and its bytes, base64
 * (JSON carries them over both transports). `maxBase64` is the feature's
 * limit, larger for attendance of a whole project than for a day's notes.
 */
export function importFileInput(maxBase64: number) {
  return z.object({
    fileName: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
    contentBase64: z.string().max(maxBase64, 'validation.fileTooLarge'),
  });
}

/** Added to a preview's input to commit: import only the valid rows of a file that has errors; otherwise nothing is written unless every row is valid. */
export const importChoice = { onlyValid: z.boolean() };
