/**
 * The station's work rules (附件1 便民服务代办站工作制度, R-CAT-4, §6 of the requirements) as data, for the public
 * page and the wall poster; and the rules of 监督举报制 (R-RUL-3) that decide what may happen to a complaint.
 */

export interface WorkRule {
  key: string;
  title: string;
  /** 2–4 sentences, faithful to 二七政文〔2009〕74号. */
  text: string;
}

/** The seven rules of Attachment 1, in the document's order. */
export const WORK_RULES: readonly WorkRule[] = [
  {
    key: "firstContact",
    title: "首问负责制",
    text: "首先接到来访、咨询或接待办事的代办站工作人员，负责给予办事或咨询群众必要的指引、介绍、答疑等服务。若归口代办员不在岗，首问代办员要代理接收群众申请，做好事项登记、申报材料保管等工作，随后将材料转交归口代办员。不得以归口代办员不在岗为由，拒绝接受群众申请。",
  },
  {
    key: "timeLimit",
    title: "限时办结制",
    text: "当场不能办理、需经部门领导审核或现场勘查的申请事项，在规定时限内办结。受理时在收件回执单上写明承诺办结日期，按工作日计算，受理当日不计。代办事项在承诺期限内及时、认真办理，并将结果及时转交当事人。",
  },
  {
    key: "appointment",
    title: "预约服务制",
    text: "办事群众在正常办公时间内不能前来办理业务的，只要拨打咨询服务热线电话，说明正当理由和情况，提前预约。代办人员按照约定，在节假日或业余时间到便民服务代办站为其办理相关业务和手续。",
  },
  {
    key: "commitment",
    title: "服务承诺制",
    text: "对群众服务内容、程序、时限、服务标准等事项向社会作出公开承诺，自觉接受群众监督。代办员挂牌上岗，态度热情，诚恳待人；对属于受理范围且手续齐全的事项说明办理时限，材料不齐的出具补交材料清单，不予受理的说明退回理由，不属于受理范围的告知向有关单位申请办理。",
  },
  {
    key: "free",
    title: "免费便民服务代办制",
    text: "免费为办事群众提供代办业务，不得收取办事群众的任何报酬。除依据法律、法规应当向办事机关交纳的费用外，代办、协办服务一律不收费。代办人员自觉遵守廉洁自律各项规章制度，绝不向服务对象“吃、拿、卡、要”。",
  },
  {
    key: "cadreReception",
    title: "干部接待制",
    text: "村（社区）“两委”主要干部定期到站接待群众，处理群众诉求。接待情况如实记录，群众提出的申办事项按程序登记办理。",
  },
  {
    key: "complaints",
    title: "监督举报制",
    text: "指定专人受理投诉举报，在显著位置设立投诉意见箱、开通投诉服务热线。公开乡镇（街道办事处）便民服务中心、区行政效能中心、区行政审批中心的投诉热线及地址，方便群众在遭遇不文明服务或不合理要求时及时投诉。重大投诉以及涉及其他单位的投诉，及时报乡镇（街道办事处）便民服务中心处理。",
  },
];

/** 做好服务记录 is a work requirement of the document's §五(五), shown beside the seven rules. */
export const SERVICE_RECORD_REQUIREMENT: WorkRule = {
  key: "serviceRecord",
  title: "做好服务记录",
  text: "代办站设置专门记录本，代办员把每次服务的时间、对象、内容、解决途径及办理情况详细记录，年底整理存档。",
};

// 监督举报制 (R-RUL-3): complaints

export type ComplaintChannel = "box" | "hotline" | "inPerson" | "online";
export type ComplaintStatus = "open" | "handling" | "replied" | "escalated" | "closed";
export type ComplaintAbout = "station" | "otherUnit";

export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  box: "投诉意见箱",
  hotline: "投诉热线",
  inPerson: "当面投诉",
  online: "网上投诉",
};

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  open: "待处理",
  handling: "处理中",
  replied: "已答复",
  escalated: "已上报便民服务中心",
  closed: "已办结",
};

export const COMPLAINT_ABOUT_LABELS: Record<ComplaintAbout, string> = {
  station: "本代办站",
  otherUnit: "其他单位",
};

/** What the station does with a complaint; `escalate` passes it to the township centre. */
export type ComplaintStationAct = "handling" | "replied" | "closed" | "escalate";

export interface ComplaintFacts {
  status: ComplaintStatus;
  major: boolean;
  about: ComplaintAbout;
}

/** Major complaints and complaints about other units go to the township centre (§四(三), 附件1 第7条). */
export function complaintNeedsEscalation(c: Pick<ComplaintFacts, "major" | "about">): boolean {
  return c.major || c.about === "otherUnit";
}

const STATION_FROM: Record<ComplaintStationAct, readonly ComplaintStatus[]> = {
  handling: ["open"],
  replied: ["open", "handling"],
  closed: ["open", "handling", "replied"],
  escalate: ["open", "handling", "replied"],
};

/** Why the station may not do this act now (a Chinese sentence), or null when it may. */
export function complaintActProblem(c: ComplaintFacts, act: ComplaintStationAct): string | null {
  if (c.status === "closed") return "该投诉已办结，不能再处理";
  if (c.status === "escalated") return "该投诉已上报乡镇（街道）便民服务中心，由中心答复并办结";
  if (!STATION_FROM[act].includes(c.status)) return `投诉当前为“${COMPLAINT_STATUS_LABELS[c.status]}”，不能执行此操作`;
  if (act === "closed" && complaintNeedsEscalation(c)) {
    return c.major
      ? "重大投诉须上报乡镇（街道）便民服务中心，代办站不能自行办结"
      : "涉及其他单位的投诉须上报乡镇（街道）便民服务中心，代办站不能自行办结";
  }
  return null;
}

/** The status a station act leads to. */
export function complaintStatusAfter(act: ComplaintStationAct): ComplaintStatus {
  return act === "escalate" ? "escalated" : act;
}
