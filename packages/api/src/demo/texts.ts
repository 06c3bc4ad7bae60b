/** Wording for the demo history: what people write on the forms, in plausible variety. */

/** The result document and usual outcome of each item of the seed catalogue. */
export const RESULTS: Record<string, { outcome: "approved" | "certificateIssued"; document: string; refusable?: string }> = {
  "ZZ-001": { outcome: "certificateIssued", document: "生育服务证" },
  "ZZ-002": { outcome: "certificateIssued", document: "流动人口婚育证明" },
  "ZZ-003": { outcome: "certificateIssued", document: "独生子女父母光荣证" },
  "ZZ-004": { outcome: "approved", document: "城镇居民最低生活保障审批通知书", refusable: "经入户调查核实，家庭人均月收入高于本市城镇最低生活保障标准" },
  "ZZ-005": { outcome: "approved", document: "农村居民最低生活保障审批通知书", refusable: "经入户调查及邻里访问，家庭有稳定经营性收入，不符合农村低保条件" },
  "ZZ-006": { outcome: "approved", document: "大病医疗救助审批表", refusable: "所患疾病不在大病医疗救助病种范围内" },
  "ZZ-007": { outcome: "approved", document: "廉租住房保障资格确认通知书", refusable: "家庭名下已有住房，人均住房面积超过保障标准" },
  "ZZ-008": { outcome: "certificateIssued", document: "农村土地承包经营权证" },
  "ZZ-009": { outcome: "certificateIssued", document: "就业创业证" },
  "ZZ-010": { outcome: "approved", document: "城乡居民基本医疗保险参保登记回执" },
  "ZZ-011": { outcome: "approved", document: "城乡居民基本养老保险参保登记回执" },
  "ZZ-012": { outcome: "certificateIssued", document: "居住证明" },
  "ZZ-013": { outcome: "certificateIssued", document: "乡镇（街道）盖章证明" },
  "GG-001": { outcome: "approved", document: "缴费凭证" },
  "GG-002": { outcome: "certificateIssued", document: "老年人优待证" },
  "GG-003": { outcome: "certificateIssued", document: "中华人民共和国残疾人证" },
};

/** How often each item is asked for at a station (relative weights). */
export const ITEM_WEIGHTS: Record<string, number> = {
  "ZZ-012": 14, "GG-001": 12, "ZZ-010": 8, "ZZ-011": 6, "ZZ-009": 5, "ZZ-013": 6, "GG-002": 5, "ZZ-002": 4, "ZZ-001": 3,
  "ZZ-003": 2, "ZZ-004": 3, "ZZ-005": 3, "ZZ-006": 2, "ZZ-007": 1.5, "ZZ-008": 1.5, "GG-003": 2,
};

export const REJECT_REASONS = [
  "申请人户籍不在本村（社区），不符合在本站申请的条件",
  "申请人已在其他渠道办理同一事项，不能重复申请",
  "经核对，申请人不符合该事项的办理条件",
  "申请人提供的证件已过有效期，且本人不同意先行补办",
];

export const REFERRALS = [
  { body: "二七区不动产登记中心", note: "房产过户事项不属于代办站代办范围，已告知申请人到区不动产登记中心办理" },
  { body: "郑州市公安局二七分局户政窗口", note: "户口迁移须本人到户政窗口办理" },
  { body: "二七区市场监督管理局", note: "个体工商户登记已告知申请人网上办理或到区市场监管局窗口办理" },
  { body: "郑州市住房公积金管理中心", note: "公积金提取请到公积金中心或网上办理" },
];

export const ACCEPT_NOTES = ["材料齐全，当场受理", "申请人本人到站办理", "由家属陪同办理"];

export const FOLLOW_UP_TEXTS = {
  callBack: ["已电话回访申请人，了解不满意的具体原因：等待时间较长，告知办理进度不及时", "上门回访申请人，申请人反映代办员解释政策不够耐心", "电话回访，申请人对多次往返补交材料不满"],
  rectification: ["约谈代办站站长及经办代办员，要求今后主动告知办理进度", "组织代办站开展服务规范学习，明确一次性告知要求", "责成代办员向申请人当面致歉，优化材料初审流程"],
  result: ["代办站已建立办理进度电话告知制度，经办代办员已向申请人致歉", "代办站已完善一次性告知单，整改完成", "经办代办员已参加服务规范培训，整改落实到位"],
  applicantView: ["申请人对整改结果表示满意", "申请人表示理解，认可整改措施", "申请人基本认可整改结果，希望今后继续改进"],
} as const;

export const RATING_COMMENTS: Record<string, string[]> = {
  verySatisfied: ["办得快，服务热情", "不用跑腿，代办员送上门，非常感谢", "代办员很耐心，一次就办好了"],
  satisfied: ["办理顺利", "服务不错", "按时办好了"],
  basicallySatisfied: ["时间有点长", "跑了两趟，还可以", "基本满意"],
  dissatisfied: ["等的时间太长，也没人告知进度", "材料让补了好几次"],
  veryDissatisfied: ["超过承诺时间很久才办好，电话也联系不上代办员"],
};

export const COMPLAINTS = {
  station: [
    "代办站上午九点还没有开门，等了半个多小时",
    "代办员接待时态度生硬，问了两遍就不耐烦",
    "办理证明时让我来回跑了三趟，没有一次说清楚要什么材料",
    "代办站公示栏里的办事指南已经过期，和实际要求不一样",
    "打代办站电话好几次都没人接",
  ],
  otherUnit: [
    { unit: "乡镇（街道）便民服务中心", text: "代办站送到镇上的材料，窗口说没收到，耽误了办理" },
    { unit: "乡镇（街道）民政所", text: "镇民政所入户调查的人员态度不好，问话很不客气" },
    { unit: "郑州市自来水公司", text: "在代办站代缴的水费过了半个月还没有到账，被催缴了" },
  ],
  replies: ["已向投诉人说明情况并致歉，承诺改进", "已核实情况，向投诉人作出答复", "已当面向投诉人解释办理要求并致歉"],
  results: ["已对相关代办员进行批评教育，完善了接待规范", "已调整开门时间并在门口公示值班电话", "已更新公示内容，投诉人表示满意"],
  escalations: ["涉及乡镇（街道）窗口，需中心协调处理", "该投诉涉及其他单位，按规定上报中心处理", "重大投诉，按规定上报"],
  townshipReplies: ["中心已协调相关窗口核实处理，并向投诉人答复", "中心已约谈相关单位负责人，责令整改"],
  townshipResults: ["相关单位已整改，投诉人表示认可", "已查明原因并补办，投诉人满意"],
};

export const CONSULTATIONS: Record<string, { question: string; answer: string }[]> = {
  "ZX-001": [
    { question: "邻居建房占用了我家宅基地边界，应该怎么处理", answer: "建议先由村调委会调解，调解不成可向镇司法所申请调解或向人民法院起诉；已告知所需证据材料" },
    { question: "打工被拖欠工资怎么维权", answer: "告知可向区劳动保障监察大队投诉或申请劳动仲裁，并提供了法律援助中心电话" },
  ],
  "ZX-002": [
    { question: "新农合今年的缴费标准和截止时间", answer: "已告知本年度城乡居民医保个人缴费标准、缴费渠道和截止日期" },
    { question: "高龄津贴怎么申请，需要什么条件", answer: "已告知八十周岁以上老人可申请高龄津贴，所需材料为身份证、户口簿和银行卡" },
  ],
  "ZX-003": [
    { question: "樱桃树叶片发黄是什么原因", answer: "初步判断为缺铁性黄化，建议叶面喷施硫酸亚铁溶液，并联系乡农技站上门查看" },
    { question: "小麦条锈病怎么防治", answer: "已告知发病初期用三唑酮或戊唑醇喷雾防治的方法和用量" },
  ],
  "ZX-004": [{ question: "最近大蒜的收购价格行情", answer: "已查询并告知本周郑州市场大蒜批发价格及走势" }],
  "ZX-005": [
    { question: "附近有没有招工的企业", answer: "已提供区人社局发布的本月用工信息，并登记求职意向" },
    { question: "想参加免费的职业技能培训", answer: "已告知区就业训练中心近期开班的电工、育婴员培训，并登记报名" },
  ],
};

export const APPOINTMENT_REASONS = ["上班时间来不了，预约晚上办理医保参保", "周末来站里开居住证明", "预约代办员上门帮老人办理优待证", "预约咨询低保申请材料", "晚上来站里代缴水电费"];

export const SELF_REVIEW = {
  good: ["本期按时签到上岗，登记受理事项均在承诺时限内办结，群众评价满意", "本期认真落实首问负责制和一次性告知制，主动为行动不便的老人上门代办", "本期严格执行服务规范，办理记录完整，无群众投诉"],
  weak: ["不足之处是政策学习还不够深入，个别事项解释不够清楚", "个别事项办理进度告知不及时，今后要主动电话告知申请人", "下一步要加强业务学习，提高材料初审的准确性"],
};

export const INSPECTION_NOTES: Record<string, string[]> = {
  onDuty: ["检查时一名代办员未在岗，未履行请假手续", "工作时间代办站无人值守"],
  badges: ["代办员未佩戴工作牌上岗", "上岗公示牌照片与在岗人员不符"],
  disclosure: ["公示栏办事指南未及时更新", "未公示投诉电话"],
  attitude: ["暗访人员咨询时代办员态度冷淡", "接待群众时使用手机，未及时应答"],
  records: ["服务记录本有漏记", "补交材料清单未存档"],
};

/** What an inspection requires when a check fails (明察暗访整改要求). */
export const RECTIFICATION_REQUIREMENTS: Record<string, string> = {
  onDuty: "严格落实在岗值班制度，工作时间保证代办员在岗，离岗须履行请假手续",
  badges: "代办员一律挂牌上岗，更新上岗公示牌",
  disclosure: "补齐并更新政务公开内容，在醒目位置公示投诉电话",
  attitude: "开展服务礼仪教育，改进服务态度，向当事群众说明情况",
  records: "补全服务记录，逐项登记服务时间、对象、内容和办理情况",
};

export const RECTIFICATION_REPORTS = ["已按要求整改到位，附整改照片", "已组织代办员学习并落实整改", "已补齐相关公示和记录"];
