/** Sample documents for tests and for looking at the output. */
import type { DecisionNoticeData, ReceiptData, SupplementNoticeData } from "./types";

const station: ReceiptData["station"] = {
  name: "二七区侯寨乡樱桃沟村便民服务代办站",
  address: "郑州市二七区侯寨乡樱桃沟村村委会一楼",
  phone: "0371-68100001",
  officeHours: "周一至周五 8:30—12:00，14:30—17:30",
};

const applicant: ReceiptData["applicant"] = {
  name: "张秀英",
  phoneMasked: "138****5678",
  idNumberMasked: "410103********1234",
  address: "二七区侯寨乡樱桃沟村三组 16 号",
};

export const complaintHotlines: ReceiptData["complaintHotlines"] = [
  { name: "侯寨乡便民服务中心", phone: "0371-68100100", address: "二七区侯寨乡政府院内" },
  { name: "二七区行政效能中心", phone: "0371-68100200", address: "二七区政通路 88 号" },
  { name: "二七区行政审批中心", phone: "0371-68100300", address: "二七区大学路 19 号政务服务大厅" },
];

export const sampleReceipt: ReceiptData = {
  receiptNo: "410103100202-20260302-0001",
  lookupCode: "K7M2Q9XD",
  lookupUrl: "http://localhost:3001/lookup?code=K7M2Q9XD",
  station,
  applicant,
  item: {
    code: "C-0012",
    name: "城乡居民基本养老保险参保登记",
    version: 2,
    timeLimitDays: 5,
    handlingBody: "侯寨乡便民服务中心社保窗口",
  },
  modeLabel: "代办",
  authorization: { agentName: "王芳", signedOn: "2026-03-02" },
  materials: [
    { name: "居民身份证", formLabel: "复印件", count: 1 },
    { name: "户口簿（户主页及本人页）", formLabel: "复印件", count: 1 },
    { name: "城乡居民基本养老保险参保登记表", formLabel: "原件", count: 2 },
    { name: "近期一寸免冠彩色照片", formLabel: "原件", count: 2 },
  ],
  fees: [{ name: "工本费", amountFen: 500, basis: "豫价费字〔2010〕88号" }],
  acceptedAt: "2026-03-02T02:05:00.000Z",
  promisedDate: "2026-03-09",
  deadlineExplanation: "自受理次日起计 5 个工作日，3月7日（周六）、3月8日（周日）不计。",
  acceptingAgent: { name: "王芳" },
  responsibleAgent: { name: "李建国", phone: "13903710001" },
  complaintHotlines,
};

export const sampleSupplement: SupplementNoticeData = {
  noticeNo: "410103100202-BZ-20260302-0003",
  station,
  applicant,
  item: { code: "C-0012", name: "城乡居民基本养老保险参保登记", version: 2 },
  issuedAt: "2026-03-02T03:40:00.000Z",
  agent: { name: "王芳", phone: "13903710002" },
  lines: [
    { name: "户口簿（户主页及本人页）", detail: "缺少，请提供复印件 1 份" },
    { name: "近期一寸免冠彩色照片", detail: "照片为黑白照片，不符合要求，请提供彩色照片 2 张" },
  ],
  note: "请于 15 日内补交，逾期视为撤回申请。",
};

export const sampleReject: DecisionNoticeData = {
  kind: "reject",
  noticeNo: "410103100202-TH-20260302-0001",
  station,
  applicant,
  item: { code: "C-0031", name: "农村宅基地使用权申请" },
  issuedAt: "2026-03-02T06:15:00.000Z",
  agent: { name: "王芳", phone: "13903710002" },
  reason: "申请人已有一处宅基地，不符合“一户一宅”规定，依法不予受理。",
  body: null,
  note: null,
  complaintHotlines,
};

export const sampleRefer: DecisionNoticeData = {
  ...sampleReject,
  kind: "refer",
  noticeNo: "410103100202-GZ-20260302-0002",
  item: { code: "—", name: "机动车驾驶证换证" },
  reason: null,
  body: "郑州市公安局交通警察支队车辆管理所（二七区大学南路 66 号），或通过“交管12123”手机应用办理。",
  note: "请携带本人身份证和原驾驶证。",
};
