import type { ServiceItemVersion } from "@bianmin/domain";

/**
 * Seed service catalogue (R-CAT-1, R-CAT-2), version 1 of every item.
 *
 * Scope follows §三 of 二七政文〔2009〕74号: 证照代办 (ZZ-), 咨询指南 (ZX-) and 公共事业服务 (GG-).
 * Amounts are in fen. timeLimitDays are working days; 0 = 即办件.
 */

const NO_FEE = "代办站提供的代办、协办服务不收取任何费用。";

export const SEED_ITEMS: ServiceItemVersion[] = [
  // ───────────────────────────── 证照代办 certificate ─────────────────────────────
  {
    code: "ZZ-001",
    version: 1,
    name: "生育服务登记（《生育服务证》办理）",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）计划生育办公室",
    legalBasis: "《中华人民共和国人口与计划生育法》；《河南省人口与计划生育条例》",
    conditions:
      "符合《河南省人口与计划生育条例》规定生育条件的已婚夫妻，女方或男方户籍在本乡镇（街道），或在本乡镇（街道）居住的流动人口已婚夫妻。",
    materials: [
      { key: "m1", name: "夫妻双方居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m2", name: "夫妻双方户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "结婚证", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "夫妻双方近期二寸合影照片", form: "original", count: 2, required: true },
      { key: "m5", name: "村（社区）出具的婚育情况证明", form: "original", count: 1, required: true },
    ],
    fees: [],
    timeLimitDays: 5,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "申请人持所需材料到村（社区）便民服务代办站提出申请，代办员登记并出具《收件回执单》。代办员将材料递交乡镇（街道）便民服务中心计生窗口，由乡镇（街道）计划生育办公室审核办理。自受理之日起5个工作日内办结，代办员将《生育服务证》送达申请人并请其确认、评价。" +
      NO_FEE,
  },
  {
    code: "ZZ-002",
    version: 1,
    name: "流动人口婚育证明办理",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）计划生育办公室",
    legalBasis: "《流动人口计划生育工作条例》（国务院令第555号）；《河南省人口与计划生育条例》",
    conditions:
      "户籍在本乡镇（街道）、拟离开户籍所在地外出务工、经商或居住的成年育龄人员（已婚或未婚）。",
    materials: [
      { key: "m1", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "结婚证（已婚者提供）", form: "originalAndCopy", count: 1, required: false },
      { key: "m4", name: "近期一寸免冠照片", form: "original", count: 2, required: true },
      { key: "m5", name: "村（社区）出具的婚育情况证明", form: "original", count: 1, required: true },
      { key: "m6", name: "子女出生医学证明或节育情况证明（已生育者提供）", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 3,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "申请人或其委托的代办员在村（社区）便民服务代办站登记申请，代办站出具《收件回执单》。代办员将申报材料递交乡镇（街道）便民服务中心计生窗口，由乡镇（街道）计划生育办公室核实后出具婚育证明。自受理之日起3个工作日内办结，代办员及时将婚育证明送达申请人。" +
      NO_FEE,
  },
  {
    code: "ZZ-003",
    version: 1,
    name: "独生子女父母光荣证办理",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）计划生育办公室",
    legalBasis: "《中华人民共和国人口与计划生育法》；《河南省人口与计划生育条例》",
    conditions:
      "户籍在本乡镇（街道），只有一个子女且自愿不再生育的夫妻；子女未满18周岁，夫妻双方均未领取过独生子女父母光荣证。",
    materials: [
      { key: "m1", name: "夫妻双方居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "结婚证", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "子女出生医学证明", form: "copy", count: 1, required: true },
      { key: "m5", name: "夫妻双方近期二寸合影照片", form: "original", count: 2, required: true },
      { key: "m6", name: "村（社区）出具的独生子女情况证明", form: "original", count: 1, required: true },
    ],
    fees: [],
    timeLimitDays: 10,
    inPerson: false,
    needsReview: true,
    needsSurvey: false,
    guide:
      "申请人向村（社区）便民服务代办站提出申请并提交材料，代办员登记后出具《收件回执单》。代办员将材料递交乡镇（街道）便民服务中心计生窗口，经乡镇（街道）计划生育办公室审核、领导审批后发证。自受理之日起10个工作日内办结，代办员将光荣证送达申请人并请其确认。" +
      NO_FEE,
  },
  {
    code: "ZZ-004",
    version: 1,
    name: "城镇居民最低生活保障申请",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）民政所",
    legalBasis: "《城市居民最低生活保障条例》（国务院令第271号）；《社会救助暂行办法》（国务院令第649号）",
    conditions:
      "持有本区城镇户籍的居民家庭，共同生活的家庭成员人均收入低于本市城市居民最低生活保障标准，且家庭财产状况符合规定条件。",
    materials: [
      { key: "m1", name: "最低生活保障申请书（户主签字）", form: "original", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "家庭成员居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "家庭成员收入证明（单位出具或本人书面声明）", form: "original", count: 1, required: true },
      { key: "m5", name: "家庭经济状况核对授权书", form: "original", count: 1, required: true },
      { key: "m6", name: "残疾人证、病历等特殊困难情况证明", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 20,
    inPerson: false,
    needsReview: true,
    needsSurvey: true,
    guide:
      "申请人向社区便民服务代办站提出书面申请，代办员登记并出具《收件回执单》。代办员将材料递交乡镇（街道）便民服务中心民政窗口，乡镇（街道）民政所会同社区进行入户调查、组织民主评议并张榜公示，审核后报区民政局审批。自受理之日起20个工作日内办结并书面告知结果；不予批准的，说明理由。" +
      NO_FEE,
  },
  {
    code: "ZZ-005",
    version: 1,
    name: "农村居民最低生活保障申请",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）民政所",
    legalBasis:
      "《国务院关于在全国建立农村最低生活保障制度的通知》（国发〔2007〕19号）；《社会救助暂行办法》（国务院令第649号）",
    conditions:
      "持有本区农业户籍的居民家庭，共同生活的家庭成员年人均纯收入低于本市农村居民最低生活保障标准，且家庭财产状况符合规定条件。",
    materials: [
      { key: "m1", name: "最低生活保障申请书（户主签字）", form: "original", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "家庭成员居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "家庭承包土地、务工及其他收入情况说明", form: "original", count: 1, required: true },
      { key: "m5", name: "家庭经济状况核对授权书", form: "original", count: 1, required: true },
      { key: "m6", name: "残疾人证、病历等特殊困难情况证明", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 20,
    inPerson: false,
    needsReview: true,
    needsSurvey: true,
    guide:
      "申请人向村便民服务代办站提出书面申请，代办员登记并出具《收件回执单》。代办员将材料递交乡镇（街道）便民服务中心民政窗口，乡镇（街道）民政所会同村委会入户调查核实家庭收入和财产，经村民代表民主评议、张榜公示，审核后报区民政局审批。自受理之日起20个工作日内办结并书面告知结果；不予批准的，说明理由。" +
      NO_FEE,
  },
  {
    code: "ZZ-006",
    version: 1,
    name: "大病医疗救助申请",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）民政所",
    legalBasis:
      "《社会救助暂行办法》（国务院令第649号）第五章；《民政部 财政部 卫生部 人力资源社会保障部关于进一步完善城乡医疗救助制度的意见》（民发〔2009〕81号）",
    conditions:
      "本区户籍的最低生活保障对象、特困供养人员等救助对象，以及因患重特大疾病经基本医疗保险报销后个人自负医疗费用过高、导致家庭基本生活困难的居民。",
    materials: [
      { key: "m1", name: "医疗救助申请审批表", form: "original", count: 1, required: true },
      { key: "m2", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "医院诊断证明及出院记录", form: "copy", count: 1, required: true },
      { key: "m5", name: "医疗费用收据及基本医疗保险（新农合）报销结算单", form: "original", count: 1, required: true },
      { key: "m6", name: "最低生活保障证等救助对象身份证明", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 15,
    inPerson: false,
    needsReview: true,
    needsSurvey: true,
    guide:
      "申请人在村（社区）便民服务代办站提出申请，代办员登记并出具《收件回执单》。代办员将材料递交乡镇（街道）便民服务中心民政窗口，乡镇（街道）民政所核查家庭经济状况、审核后报区民政局审批，救助金按规定发放。自受理之日起15个工作日内办结，代办员将结果告知申请人。" +
      NO_FEE,
  },
  {
    code: "ZZ-007",
    version: 1,
    name: "廉租住房保障申请",
    category: "certificate",
    level: "district",
    handlingBody: "区行政审批中心（区房管局窗口）",
    legalBasis:
      "《廉租住房保障办法》（建设部等九部委令第162号）；《国务院关于解决城市低收入家庭住房困难的若干意见》（国发〔2007〕24号）",
    conditions:
      "具有本市城镇常住户口的低收入住房困难家庭：家庭收入符合本市低收入家庭标准，且无自有住房或人均住房建筑面积低于本市规定标准。",
    materials: [
      { key: "m1", name: "廉租住房保障申请表", form: "original", count: 3, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "家庭成员居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "最低生活保障证或家庭收入证明", form: "originalAndCopy", count: 1, required: true },
      { key: "m5", name: "现住房情况证明（房屋租赁合同或房产证明）", form: "copy", count: 1, required: true },
      { key: "m6", name: "婚姻状况证明（结婚证或离婚证）", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 20,
    inPerson: false,
    needsReview: true,
    needsSurvey: true,
    guide:
      "申请人向社区便民服务代办站提出申请，代办员登记并出具《收件回执单》。街道办事处对申请家庭的收入和住房状况进行入户调查并公示，代办员协助将审核材料递交区行政审批中心房管局窗口复核。自区房管局窗口受理之日起20个工作日内作出审核结论并书面告知申请人；不符合条件的，说明理由。" +
      NO_FEE,
  },
  {
    code: "ZZ-008",
    version: 1,
    name: "农村土地承包经营权证申报",
    category: "certificate",
    level: "district",
    handlingBody: "区行政审批中心（区农委窗口）",
    legalBasis:
      "《中华人民共和国农村土地承包法》；《农村土地承包经营权证管理办法》（农业部令第33号）",
    conditions:
      "以家庭承包方式依法取得本集体经济组织农村土地承包经营权的农户；承包地互换、转让、分户等需要变更，或证书遗失、损毁需要补发的。",
    materials: [
      { key: "m1", name: "土地承包经营权证申请书（户主签字）", form: "original", count: 1, required: true },
      { key: "m2", name: "农村土地承包合同", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "户主居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m5", name: "村集体经济组织出具的承包地块情况证明（地块名称、四至、面积）", form: "original", count: 1, required: true },
      { key: "m6", name: "乡镇（街道）农经站审核意见", form: "original", count: 1, required: true },
      { key: "m7", name: "原土地承包经营权证（变更、换发时提供）", form: "original", count: 1, required: false },
    ],
    fees: [
      {
        key: "f1",
        name: "土地承包经营权证工本费",
        amountFen: 500,
        basis:
          "《中华人民共和国农村土地承包法》规定：颁发土地承包经营权证，除按规定收取证书工本费外，不得收取其他费用；工本费标准按省价格、财政主管部门核定标准执行，每本5元。",
      },
    ],
    timeLimitDays: 20,
    inPerson: false,
    needsReview: true,
    needsSurvey: true,
    guide:
      "申请人向村便民服务代办站提出申请，代办员登记并出具《收件回执单》，并代收证书工本费5元（开具正式票据）。村集体经济组织核实承包地块并公示，乡镇（街道）农经站审核后，代办员协助将材料递交区行政审批中心农委窗口。经实地核实、审核登记后颁发证书，自区农委窗口受理之日起20个工作日内办结。除证书工本费外，不收取其他任何费用。",
  },
  {
    code: "ZZ-009",
    version: 1,
    name: "就业登记和失业登记",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）劳动保障所",
    legalBasis:
      "《中华人民共和国就业促进法》；《就业服务与就业管理规定》（劳动和社会保障部令第28号）",
    conditions:
      "在法定劳动年龄内、有劳动能力和就业要求、处于无业状态的本区户籍或常住城乡劳动者，可办理失业登记；已实现就业的劳动者办理就业登记。",
    materials: [
      { key: "m1", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "近期一寸免冠照片", form: "original", count: 2, required: true },
      { key: "m4", name: "解除或终止劳动合同证明（失业登记时提供）", form: "originalAndCopy", count: 1, required: false },
      { key: "m5", name: "劳动合同或用工证明（就业登记时提供）", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 3,
    inPerson: true,
    needsReview: false,
    needsSurvey: false,
    guide:
      "本事项须申请人本人到场办理，代办站提供协办服务：代办员登记、指导准备材料，并陪同或引导申请人到乡镇（街道）便民服务中心社保窗口。乡镇（街道）劳动保障所核实后办理登记并发放《就业失业登记证》。自受理之日起3个工作日内办结。" +
      NO_FEE,
  },
  {
    code: "ZZ-010",
    version: 1,
    name: "城乡居民基本医疗保险参保登记（新型农村合作医疗参合登记）",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）社会保障所",
    legalBasis:
      "《中华人民共和国社会保险法》；《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）",
    conditions:
      "本区户籍、未参加职工基本医疗保险的城乡居民（含农村居民、城镇非从业居民、新生儿及在校学生等）。",
    materials: [
      { key: "m1", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "新生儿出生医学证明（新生儿参保时提供）", form: "copy", count: 1, required: false },
      { key: "m4", name: "最低生活保障证、残疾人证等资助参保身份证明", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 3,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "申请人或其委托的代办员在村（社区）便民服务代办站登记，代办站出具《收件回执单》。代办员将材料递交乡镇（街道）便民服务中心社保窗口，由乡镇（街道）社会保障所办理参保登记。自受理之日起3个工作日内办结。个人缴费按当年度筹资标准由参保人自行缴纳，" +
      NO_FEE,
  },
  {
    code: "ZZ-011",
    version: 1,
    name: "城乡居民基本养老保险参保登记",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）社会保障所",
    legalBasis:
      "《中华人民共和国社会保险法》；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）",
    conditions:
      "年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的本区户籍城乡居民。",
    materials: [
      { key: "m1", name: "城乡居民基本养老保险参保登记表（本人签字）", form: "original", count: 1, required: true },
      { key: "m2", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "近期一寸免冠照片", form: "original", count: 2, required: true },
    ],
    fees: [],
    timeLimitDays: 5,
    inPerson: true,
    needsReview: false,
    needsSurvey: false,
    guide:
      "本事项须参保人本人到场签字并采集照片，代办站提供协办服务：代办员登记、核对材料，并引导申请人到乡镇（街道）便民服务中心社保窗口办理。乡镇（街道）社会保障所审核后录入参保信息。自受理之日起5个工作日内办结。个人缴费按本人选定的缴费档次自行缴纳，" +
      NO_FEE,
  },
  {
    code: "ZZ-012",
    version: 1,
    name: "村（社区）证明出具（居住证明、家庭经济状况证明等）",
    category: "certificate",
    level: "village",
    handlingBody: "村（社区）居（村）民委员会",
    legalBasis: "《中华人民共和国村民委员会组织法》；《中华人民共和国城市居民委员会组织法》",
    conditions:
      "本村（社区）居民因办事需要证明居住、家庭成员关系、家庭经济状况等本村（社区）掌握的情况，证明事项属实且属于村（社区）出具范围。",
    materials: [
      { key: "m1", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "用证单位要求的证明格式或书面说明", form: "original", count: 1, required: false },
      { key: "m4", name: "证明事项相关佐证材料", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 2,
    inPerson: false,
    needsReview: true,
    needsSurvey: false,
    guide:
      "申请人向村（社区）便民服务代办站提出申请，代办员登记并出具《收件回执单》。代办员核实情况后报村（社区）“两委”主要干部审核并加盖村（居）民委员会印章。自受理之日起2个工作日内办结，代办员将证明交给申请人。" +
      NO_FEE,
  },
  {
    code: "ZZ-013",
    version: 1,
    name: "代办需乡镇（街道）盖章的证明",
    category: "certificate",
    level: "township",
    handlingBody: "乡镇（街道）党政办公室",
    legalBasis: "二七政文〔2009〕74号第三条第（一）项；用证部门所依据的有关法律、法规和规章",
    conditions:
      "本乡镇（街道）居民因办事需要由乡镇人民政府（街道办事处）出具或盖章确认的证明，且已取得村（社区）初审证明。",
    materials: [
      { key: "m1", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "村（社区）出具的初审证明", form: "original", count: 1, required: true },
      { key: "m4", name: "用证单位要求的证明格式或书面说明", form: "original", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 3,
    inPerson: false,
    needsReview: true,
    needsSurvey: false,
    guide:
      "申请人在村（社区）便民服务代办站提出申请，代办员登记并出具《收件回执单》，协助出具村（社区）初审证明。代办员将材料递交乡镇（街道）便民服务中心综合窗口，经乡镇（街道）审核后盖章。自受理之日起3个工作日内办结，代办员将证明送达申请人。" +
      NO_FEE,
  },

  // ───────────────────────────── 咨询指南 consultation ─────────────────────────────
  {
    code: "ZX-001",
    version: 1,
    name: "法律咨询",
    category: "consultation",
    level: "village",
    handlingBody: "村（社区）便民服务代办站",
    legalBasis: "二七政文〔2009〕74号第三条第（二）项；《中华人民共和国法律援助法》",
    conditions: "本村（社区）居民及其他来访群众。",
    materials: [],
    fees: [],
    timeLimitDays: 0,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "群众可来站或电话咨询婚姻家庭、土地承包、劳动争议、邻里纠纷等法律问题，代办员当场解答并做好服务记录。疑难问题告知或引导群众到乡镇（街道）司法所、区法律援助中心咨询，符合条件的可申请法律援助。本服务不收取任何费用。",
  },
  {
    code: "ZX-002",
    version: 1,
    name: "政策咨询",
    category: "consultation",
    level: "village",
    handlingBody: "村（社区）便民服务代办站",
    legalBasis: "二七政文〔2009〕74号第三条第（二）项",
    conditions: "本村（社区）居民及其他来访群众。",
    materials: [],
    fees: [],
    timeLimitDays: 0,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "代办员为群众解答计划生育、社会救助、社会保险、惠农补贴、住房保障等方面的政策，宣传党和政府的各项方针政策，并做好服务记录。当场不能答复的，代办员联系乡镇（街道）便民服务中心相关窗口后及时答复。本服务不收取任何费用。",
  },
  {
    code: "ZX-003",
    version: 1,
    name: "农技知识咨询",
    category: "consultation",
    level: "village",
    handlingBody: "村（社区）便民服务代办站",
    legalBasis: "二七政文〔2009〕74号第三条第（二）项；《中华人民共和国农业技术推广法》",
    conditions: "本村（社区）农户及其他来访群众。",
    materials: [
      { key: "m1", name: "病虫害样本或照片（如有）", form: "original", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 0,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "代办员为农户提供种植、养殖、病虫害防治、农机使用等农业技术知识咨询，提供技术资料并做好服务记录。专业性较强的问题，代办员联系乡镇（街道）农业服务中心或区农业技术推广机构答复，或引导农户参加农技培训。本服务不收取任何费用。",
  },
  {
    code: "ZX-004",
    version: 1,
    name: "市场信息咨询",
    category: "consultation",
    level: "village",
    handlingBody: "村（社区）便民服务代办站",
    legalBasis: "二七政文〔2009〕74号第三条第（二）项",
    conditions: "本村（社区）居民及其他来访群众。",
    materials: [],
    fees: [],
    timeLimitDays: 0,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "代办员为群众提供农产品价格、农资供应、商品供求等市场信息，帮助群众了解销售渠道，并做好服务记录。信息来源于政府部门公开发布的信息，代办员不作任何商业推荐。本服务不收取任何费用。",
  },
  {
    code: "ZX-005",
    version: 1,
    name: "劳动力、人才需求信息咨询",
    category: "consultation",
    level: "village",
    handlingBody: "村（社区）便民服务代办站",
    legalBasis: "二七政文〔2009〕74号第三条第（二）项；《中华人民共和国就业促进法》",
    conditions: "本村（社区）有就业、招工需求的居民及用人单位。",
    materials: [
      { key: "m1", name: "个人简历或求职登记信息（求职者提供）", form: "original", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 0,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "代办员为求职群众提供用工岗位、职业培训等信息，为用人单位提供本地劳动力信息，并做好服务记录。需要办理就业、失业登记或参加职业技能培训的，引导群众到乡镇（街道）劳动保障所办理。本服务不收取任何费用。",
  },

  // ───────────────────────────── 公共事业服务 publicAffairs ─────────────────────────────
  {
    code: "GG-001",
    version: 1,
    name: "代缴水、电、燃气及有线电视费用",
    category: "publicAffairs",
    level: "village",
    handlingBody: "村（社区）便民服务代办站",
    legalBasis: "二七政文〔2009〕74号第三条第（三）项",
    conditions: "行动不便或不便自行缴费的本村（社区）居民，委托代办站代为缴纳。",
    materials: [
      { key: "m1", name: "缴费通知单或用户缴费户号", form: "original", count: 1, required: true },
    ],
    fees: [],
    timeLimitDays: 1,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "申请人将缴费通知单（或户号）和应缴款项交代办员，代办员登记并出具《收件回执单》。代办员到供水、供电、燃气、有线电视等经营单位营业网点代为缴纳，1个工作日内将缴费凭证交给申请人确认。应缴款项按经营单位账单金额缴纳，代办站不额外收取任何费用。",
  },
  {
    code: "GG-002",
    version: 1,
    name: "老年人优待证代办",
    category: "publicAffairs",
    level: "township",
    handlingBody: "乡镇（街道）民政所",
    legalBasis: "《中华人民共和国老年人权益保障法》",
    conditions: "年满60周岁的本区户籍老年人。",
    materials: [
      { key: "m1", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m2", name: "户口簿", form: "copy", count: 1, required: true },
      { key: "m3", name: "近期一寸免冠照片", form: "original", count: 2, required: true },
    ],
    fees: [],
    timeLimitDays: 5,
    inPerson: false,
    needsReview: false,
    needsSurvey: false,
    guide:
      "老年人或其家属向村（社区）便民服务代办站提出申请，代办员登记并出具《收件回执单》。代办员将材料递交乡镇（街道）便民服务中心民政窗口，由乡镇（街道）民政所审核办证。自受理之日起5个工作日内办结，代办员将优待证送达老年人。" +
      NO_FEE,
  },
  {
    code: "GG-003",
    version: 1,
    name: "残疾人证申领代办",
    category: "publicAffairs",
    level: "district",
    handlingBody: "区行政审批中心（区残联窗口）",
    legalBasis: "《中华人民共和国残疾人保障法》；《中华人民共和国残疾人证管理办法》",
    conditions: "本区户籍、符合残疾标准的视力、听力、言语、肢体、智力、精神及多重残疾人。",
    materials: [
      { key: "m1", name: "残疾人证申请表", form: "original", count: 1, required: true },
      { key: "m2", name: "居民身份证", form: "originalAndCopy", count: 1, required: true },
      { key: "m3", name: "户口簿", form: "originalAndCopy", count: 1, required: true },
      { key: "m4", name: "近期二寸免冠彩色照片", form: "original", count: 3, required: true },
      { key: "m5", name: "相关病历及诊断材料", form: "copy", count: 1, required: false },
    ],
    fees: [],
    timeLimitDays: 20,
    inPerson: true,
    needsReview: true,
    needsSurvey: false,
    guide:
      "申请人须本人到指定医疗机构进行残疾评定，代办站提供协办服务：代办员登记、指导填写申请表，经乡镇（街道）审核后协助将材料递交区行政审批中心残联窗口。区残联根据评定结论审核发证，自评定结论出具之日起20个工作日内办结。" +
      NO_FEE,
  },
];

/** Township service-centre windows; every township-level item is handled at exactly one window. */
export const SEED_WINDOWS: { name: string; itemCodes: string[] }[] = [
  { name: "计生窗口", itemCodes: ["ZZ-001", "ZZ-002", "ZZ-003"] },
  { name: "民政窗口", itemCodes: ["ZZ-004", "ZZ-005", "ZZ-006", "GG-002"] },
  { name: "社保窗口", itemCodes: ["ZZ-009", "ZZ-010", "ZZ-011"] },
  { name: "综合窗口", itemCodes: ["ZZ-013"] },
];
