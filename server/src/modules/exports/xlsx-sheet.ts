import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { CHINA_UTC_OFFSET_MS } from '../../lib/calendar/china-time.js';

/** A column of an exported table: its Chinese header and its width in characters. */
export interface ExportColumn<R> {
  header: string;
  /** Width in Excel's character units; a CJK character takes about two. */
  width: number;
  value(row: R): string | number | null;
}

export interface ExportSheet<R> {
  name: string;
  /** The first line of the sheet: what it is. */
  title: string;
  /** The filters the rows were chosen by, written above the table so a printed sheet says what it holds. */
  filters: [label: string, value: string][];
  columns: ExportColumn<R>[];
  rows: AsyncIterable<R[]> | Iterable<R[]>;
  /** Written under the table, e.g. when the rows were cut at the export's limit. */
  note?: () => string | undefined;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };

/**
 * Writes sheets into an .xlsx streamed as it is made: a workbook of tens of thousands of rows is never
 * held whole in memory, and the download starts at once. Each row is committed as soon as it is written.
 */
export function streamWorkbook(sheets: SheetWriter[]) {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const done = (async () => {
    for (const write of sheets) await write(workbook);
    await workbook.commit();
  })().catch((error: unknown) => {
    // Headers are gone already: cutting the download is the only way left to say it failed.
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return { stream, done };
}

type Workbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
/** A sheet ready to be written, whatever the type of its rows. */
export type SheetWriter = (workbook: Workbook) => Promise<void>;

export const sheet =
  <R>(s: ExportSheet<R>): SheetWriter =>
  (workbook) =>
    writeSheet(workbook, s);

async function writeSheet<R>(workbook: Workbook, sheet: ExportSheet<R>) {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: sheet.filters.length + 3 }],
  });
  ws.columns = sheet.columns.map((c, i) => ({ key: String(i), width: c.width }));
  const title = ws.addRow([sheet.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const [label, value] of sheet.filters) ws.addRow([label, value]).commit();
  ws.addRow([]).commit();
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  for await (const batch of sheet.rows) {
    for (const row of batch) ws.addRow(sheet.columns.map((c) => c.value(row) ?? '')).commit();
  }
  const note = sheet.note?.();
  if (note) {
    ws.addRow([]).commit();
    ws.addRow([note]).commit();
  }
  ws.commit();
}

/** 'YYYY-MM-DD HH:mm' in China time, as people there read a time; '' for none. */
export function chinaTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Date(t + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** A rate in [0, 1] as a percentage with one decimal, '—' with no data (the lists show it so). */
export const percent = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;

/** `attachment` with a UTF-8 file name (RFC 6266/5987), and a plain ASCII one for old clients. */
export function attachment(name: string, asciiName: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
