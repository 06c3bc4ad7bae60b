import ExcelJS from "exceljs";
import { Collector, writableOf } from "./collect";
import type { ByteSink } from "./collect";
import { batchesOf } from "./table-export";
import type { TableInput } from "./table-export";

type ZipAppend = (source: unknown, data: { name: string; date?: Date }) => unknown;

/**
 * ExcelJS's streaming writer dates each part of the zip with the moment it is added; here every part is dated
 * `created`, so the same table gives the same bytes.
 */
class DatedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  // the base constructor adds its first parts through addThemes(): the zip is wrapped before anything goes in
  override addThemes(): Promise<void> {
    const self = this as unknown as { zip: { append: ZipAppend }; created: Date };
    const append = self.zip.append.bind(self.zip);
    self.zip.append = (source, data) => append(source, { ...data, date: self.created });
    return super.addThemes();
  }
}

/**
 * Strings are written inline: a shared-string table would hold every distinct string of the table in memory until
 * the end. Except the empty string, which ExcelJS writes inline as an empty value that reads back as no value: it
 * alone goes into the (one-entry) table.
 */
function shareOnlyTheEmptyString(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const strings = (wb as unknown as { sharedStrings: { add: (value: string) => number | undefined } }).sharedStrings;
  const add = strings.add.bind(strings);
  strings.add = (value) => (value === "" ? add(value) : undefined);
}

const BORDER: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

/**
 * XLSX with Chinese headers, a title row, frozen header, borders and wrapped text. Written as a stream: each row
 * goes into the zip as it comes, so memory stays bounded by the file.
 */
export async function tableXlsx(t: TableInput): Promise<Buffer> {
  const out = new Collector();
  await writeTableXlsx(t, out);
  return out.bytes();
}

/** tableXlsx's bytes handed to a sink as they are written, never held whole. */
export async function writeTableXlsx(t: TableInput, out: ByteSink): Promise<void> {
  const created = new Date(t.createdAt);
  const options = { stream: writableOf(out), useStyles: true, useSharedStrings: true, created, modified: created, creator: "bianmin" };
  const wb = new DatedWorkbookWriter(options as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  shareOnlyTheEmptyString(wb);
  const ws = wb.addWorksheet(t.sheetName, { views: [{ state: "frozen", ySplit: 3 }], pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = t.columns.map((c) => ({ width: c.width }));
  const span = Math.min(26, t.columns.length);
  ws.mergeCells(1, 1, 1, span);
  const title = ws.getCell(1, 1);
  title.value = t.title;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, span);
  const subtitle = ws.getCell(2, 1);
  subtitle.value = t.subtitle;
  subtitle.alignment = { horizontal: "center" };

  const line = (values: readonly string[], head = false) => {
    const row = ws.addRow(values as string[]);
    if (head) row.font = { bold: true };
    row.eachCell((cell) => {
      if (head) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFF3F8" } };
      cell.border = BORDER;
      cell.alignment = WRAP;
    });
    row.commit();
  };
  line(t.columns.map((c) => c.header), true);
  for await (const batch of batchesOf(t)) {
    for (const r of batch) line(r);
    // let the zip take in what was written before the next batch comes
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (t.footer) ws.addRow([t.footer]).commit();
  ws.commit();
  await wb.commit();
}
