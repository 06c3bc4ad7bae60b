/** A table to export (R-DATA-1): a register, a record book, assessment results; to XLSX and PDF. */
export interface TableHeading {
  /** e.g. "二七区马寨镇王庄村便民服务代办站 便民服务事项登记表" */
  title: string;
  /** e.g. "2026年3月1日 至 2026年3月31日" */
  subtitle: string;
  sheetName: string;
  columns: { header: string; width: number }[];
  /** Fixed timestamp (ISO) written into the files, so the same data gives the same document. */
  createdAt: string;
  footer?: string;
}

/** A table held in memory. */
export interface TableExport extends TableHeading {
  rows: string[][];
}

/**
 * A table read as it is written, so that a large one takes bounded memory (R-DATA-1): `batches()` yields the rows
 * in order, some at a time. The PDF reads them twice (to count its pages, then to draw them): each call must start
 * over and yield the same rows.
 */
export interface TableSource extends TableHeading {
  batches: () => AsyncIterable<readonly string[][]>;
}

export type TableInput = TableExport | TableSource;

/** The rows of either kind of table, batch by batch. */
export function batchesOf(t: TableInput): AsyncIterable<readonly string[][]> {
  if ("batches" in t) return t.batches();
  return (async function* () {
    yield t.rows;
  })();
}
