export type { DecisionNoticeData, PaperSize, ReceiptData, SupplementNoticeData } from "./types";
export { renderReceiptPdf } from "./receipt";
export { renderSupplementNoticePdf } from "./supplement-notice";
export { renderDecisionNoticePdf } from "./decision-notice";
export { qrPngBuffer, qrSvg } from "./qr";
export { RECEIPT_NOTES, RECEIPT_RIGHTS_AND_DUTIES } from "./rights";
export { formatCnDate, formatCnDateTime, formatYuan } from "./format";
export {
  DISTRICT_TITLE,
  SUPPLEMENT_TABLE_HEAD,
  decisionFields,
  decisionIntro,
  decisionOutro,
  decisionTitle,
  hotlineLines,
  lookupCaption,
  receiptFields,
  receiptTitle,
  supplementFields,
  supplementIntro,
  supplementOutro,
  supplementTitle,
} from "./content";
export type { DocumentTitle, Field, FieldRow, FieldTable } from "./content";
export { tablePdf, writeTablePdf } from "./table-pdf";
export { tableXlsx, writeTableXlsx } from "./table-xlsx";
export { BlockJoiner } from "./collect";
export type { ByteSink } from "./collect";
export type { TableExport, TableHeading, TableInput, TableSource } from "./table-export";
