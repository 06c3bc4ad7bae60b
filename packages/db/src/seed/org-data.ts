/** Demo organisation of 二七区 (郑州市): townships, villages, stations, centres. Division codes are plausible. */

export interface SeedVillage {
  code: string;
  name: string;
  kind: "village" | "community";
  slug: string;
  /** null: no station yet; "building": station set up, not yet confirmed; a date: operating since. */
  station: null | "building" | string;
  address: string;
  phone: string;
  areaM2: number;
  /** item codes deliberately left without a responsible agent (to show R-ORG-4 gaps). */
  unassigned?: string[];
}

export interface SeedTownship {
  code: string;
  name: string;
  kind: "town" | "subdistrict";
  slug: string;
  center: { address: string; phone: string; complaintPhone: string };
  villages: SeedVillage[];
}

export const SEED_DISTRICT = {
  code: "410103",
  name: "二七区",
  slug: "erqi",
  approvalCenter: {
    name: "二七区行政审批中心",
    address: "郑州市二七区兴华南街与航海中路交叉口二七区政务服务大厅",
    phone: "0371-68123000",
    complaintPhone: "0371-68123001",
  },
  efficiencyCenter: {
    name: "二七区行政效能中心",
    address: "郑州市二七区政通路81号二七区人民政府院内",
    phone: "0371-68123100",
    complaintPhone: "0371-68123101",
  },
};

export const SEED_TOWNSHIPS: SeedTownship[] = [
  {
    code: "410103100",
    name: "马寨镇",
    kind: "town",
    slug: "mazhai",
    center: { address: "二七区马寨镇政府东侧便民服务中心", phone: "0371-68911200", complaintPhone: "0371-68911201" },
    villages: [
      { code: "410103100201", name: "马寨村", kind: "village", slug: "mazhaicun", station: "2009-05-28", address: "马寨村村委会一楼", phone: "0371-68911301", areaM2: 60 },
      { code: "410103100202", name: "王庄村", kind: "village", slug: "wangzhuang", station: "2009-06-12", address: "王庄村村委会一楼东侧", phone: "0371-68911302", areaM2: 45 },
      { code: "410103100203", name: "张李垌村", kind: "village", slug: "zhangli", station: "2009-06-25", address: "张李垌村党群服务中心", phone: "0371-68911303", areaM2: 40 },
      { code: "410103100204", name: "杨庄村", kind: "village", slug: "yangzhuang", station: "building", address: "杨庄村村委会", phone: "0371-68911304", areaM2: 30 },
      { code: "410103100205", name: "新庄村", kind: "village", slug: "xinzhuang", station: null, address: "新庄村村委会", phone: "0371-68911305", areaM2: 0 },
    ],
  },
  {
    code: "410103200",
    name: "侯寨乡",
    kind: "town",
    slug: "houzhai",
    center: { address: "二七区侯寨乡政府院内便民服务中心", phone: "0371-68912200", complaintPhone: "0371-68912201" },
    villages: [
      { code: "410103200201", name: "侯寨村", kind: "village", slug: "houzhaicun", station: "2009-05-30", address: "侯寨村村委会一楼", phone: "0371-68912301", areaM2: 55 },
      { code: "410103200202", name: "尖岗村", kind: "village", slug: "jiangang", station: "2009-06-18", address: "尖岗村村委会西厢房", phone: "0371-68912302", areaM2: 38 },
      { code: "410103200203", name: "樱桃沟村", kind: "village", slug: "yingtaogou", station: "2009-09-10", address: "樱桃沟村游客服务站旁", phone: "0371-68912303", areaM2: 42 },
      { code: "410103200204", name: "刘村", kind: "village", slug: "liucun", station: "2009-10-20", address: "刘村村委会一楼", phone: "0371-68912304", areaM2: 35, unassigned: ["GG-002", "ZX-004"] },
      { code: "410103200205", name: "沟赵村", kind: "village", slug: "gouzhao", station: null, address: "沟赵村村委会", phone: "0371-68912305", areaM2: 0 },
    ],
  },
  {
    code: "410103001",
    name: "淮河路街道办事处",
    kind: "subdistrict",
    slug: "huaihelu",
    center: { address: "二七区淮河路与兴华北街交叉口街道办事处一楼", phone: "0371-68913200", complaintPhone: "0371-68913201" },
    villages: [
      { code: "410103001001", name: "兴华北街社区", kind: "community", slug: "xinghua", station: "2009-05-26", address: "兴华北街社区服务中心一楼", phone: "0371-68913301", areaM2: 80 },
      { code: "410103001002", name: "工人路社区", kind: "community", slug: "gongrenlu", station: "2009-06-08", address: "工人路社区居委会", phone: "0371-68913302", areaM2: 50 },
      { code: "410103001003", name: "淮河东路社区", kind: "community", slug: "huaihedong", station: "2009-07-15", address: "淮河东路社区党群服务站", phone: "0371-68913303", areaM2: 48 },
      { code: "410103001004", name: "齐礼阎社区", kind: "community", slug: "qiliyan", station: "building", address: "齐礼阎社区居委会", phone: "0371-68913304", areaM2: 36 },
    ],
  },
  {
    code: "410103010",
    name: "嵩山路街道办事处",
    kind: "subdistrict",
    slug: "songshanlu",
    center: { address: "二七区嵩山南路与汝河路交叉口街道便民服务中心", phone: "0371-68914200", complaintPhone: "0371-68914201" },
    villages: [
      { code: "410103010001", name: "碧云路社区", kind: "community", slug: "biyunlu", station: "2009-06-05", address: "碧云路社区服务中心", phone: "0371-68914301", areaM2: 70 },
      { code: "410103010002", name: "保全街社区", kind: "community", slug: "baoquan", station: "2009-06-29", address: "保全街社区居委会一楼", phone: "0371-68914302", areaM2: 46 },
    ],
  },
];

export const OFFICE_HOURS = "周一至周五 8:30-12:00，14:30-17:30（夏季 15:00-18:00）；节假日及晚间可预约服务";
export const CENTER_OFFICE_HOURS = "周一至周五 8:30-12:00，14:30-17:30";

/** Demo password of every seeded user; printed by `pnpm start`. */
export const DEMO_PASSWORD = "bianmin2026";

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭", "何", "罗", "高", "林"];
const GIVEN = ["建国", "秀英", "志强", "桂兰", "红梅", "海燕", "国庆", "丽娟", "晓东", "玉兰", "卫东", "春梅", "振华", "淑珍", "金凤", "长江", "雪梅", "新民", "爱华", "明亮", "文静", "俊杰", "凤英", "建华"];

/** A deterministic Chinese name for the n-th seeded person. */
export function personName(n: number): string {
  return `${SURNAMES[(n * 7) % SURNAMES.length]}${GIVEN[(n * 11) % GIVEN.length]}`;
}

/** A deterministic mobile number for the n-th seeded person. */
export function personPhone(n: number): string {
  return `13${(7 + (n % 3)).toString()}${String(37100000 + n * 7919).slice(-8)}`;
}
