/** 补交材料清单 (R-INT-4 supplement): exactly the missing or defective materials. */
import {
  SUPPLEMENT_TABLE_HEAD,
  supplementFields,
  supplementIntro,
  supplementOutro,
  supplementTitle,
} from "./content";
import { formatCnDate } from "./format";
import { fieldTable, issuerBlock, gridTable, paragraph, renderPage, signatureBlock, spacer, titleBlock } from "./layout";
import type { PaperSize, SupplementNoticeData } from "./types";

export function renderSupplementNoticePdf(data: SupplementNoticeData, size: PaperSize): Promise<Buffer> {
  const title = supplementTitle(data);
  return renderPage(size, { title: title.title, subject: data.noticeNo, createdAt: data.issuedAt, data: { size, data } }, [
    titleBlock(title),
    spacer(0.8),
    fieldTable(supplementFields(data)),
    spacer(0.8),
    paragraph(supplementIntro(data)),
    spacer(0.4),
    gridTable(
      SUPPLEMENT_TABLE_HEAD,
      data.lines.map((l, i) => [String(i + 1), l.name, l.detail]),
      [0.08, 0.37, 0.55],
    ),
    spacer(0.6),
    ...(data.note ? [paragraph(`备注：${data.note}`), spacer(0.4)] : []),
    paragraph(supplementOutro(data)),
    spacer(1),
    signatureBlock(["代办员签字", "申请人签收"], null),
    spacer(1),
    issuerBlock(data.station.name, formatCnDate(data.issuedAt)),
  ]);
}
