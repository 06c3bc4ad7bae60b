/** 收件回执单 (R-INT-5) as a one-page PDF on A4 or A5. */
import { hotlineLines, lookupCaption, receiptFields, receiptTitle } from "./content";
import { formatCnDate } from "./format";
import { fieldTable, hotlinesBlock, numberedSection, paragraph, renderPage, signatureBlock, spacer, titleBlock } from "./layout";
import { RECEIPT_NOTES, RECEIPT_RIGHTS_AND_DUTIES } from "./rights";
import type { PaperSize, ReceiptData } from "./types";

export function renderReceiptPdf(data: ReceiptData, size: PaperSize): Promise<Buffer> {
  const title = receiptTitle(data);
  return renderPage(size, { title: title.title, subject: data.receiptNo, createdAt: data.acceptedAt, data: { size, data } }, [
    titleBlock(title),
    spacer(0.8),
    fieldTable(receiptFields(data)),
    spacer(0.8),
    numberedSection("申请人的权利和义务", RECEIPT_RIGHTS_AND_DUTIES, { small: true }),
    spacer(0.6),
    hotlinesBlock(hotlineLines(data.complaintHotlines), { url: data.lookupUrl, caption: lookupCaption(data) }),
    spacer(0.4),
    signatureBlock(["申请人签字", "代办员签字"], formatCnDate(data.acceptedAt)),
    spacer(0.5),
    paragraph(`注：${RECEIPT_NOTES.join("")}`, { small: true }),
  ]);
}
