import { describe, expect, it } from "vitest";
import { applicantSchema, idNumberCheckChar, isValidIdNumber, maskIdNumber, maskPhone } from "./applicant";

const good = { name: "刘大爷", phone: "13912345678", address: "樱桃沟村3组" };

function messages(input: unknown): string[] {
  const r = applicantSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("applicant validation", () => {
  it("R-INT-3 a complete applicant is accepted, with the ID number optional", () => {
    expect(messages(good)).toEqual([]);
    expect(messages({ ...good, idNumber: "" })).toEqual([]);
    expect(applicantSchema.parse({ ...good, idNumber: "11010519491231002x" }).idNumber).toBe("11010519491231002X");
  });

  it("R-INT-3 each bad field gets a message naming the field", () => {
    expect(messages({ ...good, name: "  " })).toEqual(["申请人姓名不能为空"]);
    expect(messages({ ...good, name: "张".repeat(51) })).toEqual(["申请人姓名不能超过50个字"]);
    expect(messages({ ...good, phone: "12345" })[0]).toMatch(/^联系电话格式不正确/);
    expect(messages({ ...good, phone: "" })[0]).toBe("联系电话不能为空");
    expect(messages({ ...good, address: "" })).toEqual(["住址不能为空"]);
    expect(messages({ ...good, idNumber: "110105194912310021" })).toEqual(["身份证号码校验位不正确"]);
    expect(messages({ ...good, idNumber: "1101051949123" })).toEqual(["身份证号码应为18位（最后一位可为X）"]);
    expect(messages({ ...good, idNumber: "110105194902300020" })).toEqual(["身份证号码中的出生日期不正确"]);
    expect(messages({})).toEqual(["申请人姓名不能为空", "联系电话不能为空", "住址不能为空"]);
  });

  it("R-INT-3 mainland mobiles and landlines with area code are valid phone numbers", () => {
    for (const phone of ["13800138000", "19912345678", "0371-12345678", "010-1234567"]) expect(messages({ ...good, phone }), phone).toEqual([]);
    for (const phone of ["12800138000", "1380013800", "0371 12345678", "371-12345678"]) expect(messages({ ...good, phone }).length, phone).toBe(1);
  });

  it("R-INT-3 the ID checksum follows GB 11643", () => {
    expect(idNumberCheckChar("11010519491231002")).toBe("X");
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("440524188001010014")).toBe(false); // right checksum, but born 1880
    // every last character but the right one is refused
    const wrong = "0123456789X".split("").filter((c) => c !== "X").map((c) => `11010519491231002${c}`);
    expect(wrong.filter(isValidIdNumber)).toEqual([]);
  });

  it("R-INT-3 ID numbers are masked on screens and phones on public pages", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
    expect(maskIdNumber("1234")).toBe("****");
    expect(maskPhone("13912345678")).toBe("*******5678");
  });
});
