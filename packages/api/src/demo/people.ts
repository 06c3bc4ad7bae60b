import { idNumberCheckChar } from "@bianmin/domain";
import type { Rng } from "./random";

/** Made-up residents for the demo history: names, phones, valid ID numbers and addresses in the village. */

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭", "何", "高", "林", "郑", "梁", "宋", "谢", "韩"];
const GIVEN = [
  "秀兰", "建国", "桂英", "志刚", "玉梅", "国强", "淑芬", "卫国", "翠花", "红霞", "海涛", "丽娜", "晓燕", "永强", "春生",
  "建军", "凤霞", "德胜", "小红", "金花", "振东", "桂芳", "文博", "雅琴", "子涵", "浩然", "欣怡", "明辉", "亚楠", "保国",
];

export interface Resident {
  name: string;
  phone: string;
  idNumber: string;
  address: string;
}

export function personName(r: Rng): string {
  return `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
}

export function mobile(r: Rng): string {
  return `1${r.pick(["3", "5", "7", "8", "9"])}${String(r.int(0, 999_999_999)).padStart(9, "0")}`;
}

/** A 居民身份证号 of 二七区 (410103) with a real birth date and check character. */
export function idNumber(r: Rng): string {
  const year = r.int(1940, 2002);
  const month = String(r.int(1, 12)).padStart(2, "0");
  const day = String(r.int(1, 28)).padStart(2, "0");
  const first17 = `410103${year}${month}${day}${String(r.int(0, 999)).padStart(3, "0")}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

export function resident(r: Rng, place: { townshipName: string; villageName: string; kind: "village" | "community" }): Resident {
  const address =
    place.kind === "village"
      ? `二七区${place.townshipName}${place.villageName}${r.int(1, 9)}组${r.int(1, 60)}号`
      : `二七区${place.townshipName}${place.villageName}${r.int(1, 30)}号院${r.int(1, 12)}号楼${r.int(1, 6)}单元${r.int(1, 30)}0${r.int(1, 4)}`;
  return { name: personName(r), phone: mobile(r), idNumber: idNumber(r), address };
}
