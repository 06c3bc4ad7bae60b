/** Input shapes of the printed documents. The API builds these; the PDFs and the React sheets render them. */

export interface ReceiptData {
  receiptNo: string; // e.g. "410103100202-20260302-0001"
  lookupCode: string; // 8-char short code for the public lookup, e.g. "K7M2Q9XD"
  lookupUrl: string; // full URL the QR code encodes, e.g. "http://localhost:3001/lookup?code=K7M2Q9XD"
  station: { name: string; address: string; phone: string; officeHours: string };
  applicant: { name: string; phoneMasked: string; idNumberMasked: string | null; address: string };
  item: { code: string; name: string; version: number; timeLimitDays: number; handlingBody: string };
  modeLabel: string; // 代办 / 协办 / 咨询
  authorization: { agentName: string; signedOn: string } | null;
  materials: { name: string; formLabel: string; count: number }[];
  fees: { name: string; amountFen: number; basis: string }[]; // empty = 免费
  acceptedAt: string; // ISO instant
  promisedDate: string; // "YYYY-MM-DD"; equal to the accepted date for 即办件 (limit 0)
  deadlineExplanation: string; // Chinese sentence(s) saying which days were skipped
  acceptingAgent: { name: string };
  responsibleAgent: { name: string; phone: string };
  complaintHotlines: { name: string; phone: string; address: string }[]; // township centre, district efficiency centre, district approval centre
}

export interface SupplementNoticeData {
  noticeNo: string;
  station: ReceiptData["station"];
  applicant: ReceiptData["applicant"];
  item: { code: string; name: string; version: number };
  issuedAt: string;
  agent: { name: string; phone: string };
  lines: { name: string; detail: string }[]; // exactly the missing / defective materials
  note: string | null;
}

export interface DecisionNoticeData {
  kind: "reject" | "refer";
  noticeNo: string;
  station: ReceiptData["station"];
  applicant: ReceiptData["applicant"];
  item: { code: string; name: string };
  issuedAt: string;
  agent: { name: string; phone: string };
  reason: string | null; // reject: the written reason
  body: string | null; // refer: the body to apply to
  note: string | null;
  complaintHotlines: ReceiptData["complaintHotlines"];
}

export type PaperSize = "A4" | "A5";
