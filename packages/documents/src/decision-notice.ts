/** 退回通知书 (reject: the written reason) and 告知单 (refer: the body to apply to), R-INT-4. */
import { decisionFields, decisionIntro, decisionOutro, decisionTitle, hotlineLines } from "./content";
import { formatCnDate } from "./format";
import { fieldTable, issuerBlock, hotlinesBlock, paragraph, renderPage, signatureBlock, spacer, titleBlock } from "./layout";
import type { DecisionNoticeData, PaperSize } from "./types";

export function renderDecisionNoticePdf(data: DecisionNoticeData, size: PaperSize): Promise<Buffer> {
  const title = decisionTitle(data);
  return renderPage(size, { title: title.title, subject: data.noticeNo, createdAt: data.issuedAt, data: { size, data } }, [
    titleBlock(title),
    spacer(0.8),
    paragraph(decisionIntro(data)),
    spacer(0.5),
    fieldTable(decisionFields(data)),
    spacer(0.8),
    paragraph(decisionOutro(data)),
    spacer(0.5),
    hotlinesBlock(hotlineLines(data.complaintHotlines), null),
    spacer(1),
    signatureBlock(["代办员签字", "申请人签收"], null),
    spacer(1),
    issuerBlock(data.station.name, formatCnDate(data.issuedAt)),
  ]);
}
