import type * as ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on first use and kept. It is the heaviest module the API would load at start-up
 * (with unzipper and archiver, about a quarter of the `require` time of the app module) and only
 * the spreadsheet imports and exports use it. Types come from `import type * as ExcelJS from 'exceljs'`.
 */
export function exceljs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('exceljs') as typeof ExcelJS);
}
