import { beforeAll, describe, expect, it } from "vitest";
import { catalogQueries } from "@bianmin/db";
import type { Db } from "@bianmin/db";
import { freshDb } from "@bianmin/db/testing";
import { WORK_RULES } from "@bianmin/domain";
import { APPLICANT, accepted, staffFor } from "../matter-fixture";
import { callerAs, codeOf } from "../test-helpers";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
});

const MON = "2026-03-02T10:00:00+08:00";
const WANGZHUANG = "410103100202";

describe("the station's public page", () => {
  it("R-CAT-4 shows the derived name, office facts, every current item's guide, the seven work rules, staff and the three complaint hotlines without sign-in", async () => {
    const page = await (await callerAs(db, null, MON, "203.0.113.30")).publicStation.page({ villageCode: WANGZHUANG });
    expect(page.station).toMatchObject({ name: "二七区马寨镇王庄村便民服务代办站", address: "王庄村村委会一楼东侧", phone: "0371-68911302", operating: true });
    expect(page.station.officeHours).toContain("周一至周五");

    const items = await catalogQueries.currentItems(db);
    expect(page.items.map((i) => i.code)).toEqual(items.map((i) => i.code));
    for (const item of items) {
      const shown = page.items.find((i) => i.code === item.code)!;
      expect(shown).toMatchObject({ name: item.name, guide: item.guide, timeLimitDays: item.timeLimitDays, handlingBody: item.handlingBody, levelLabel: expect.any(String) });
      expect(shown.materials.map((m) => [m.name, m.count])).toEqual(item.materials.map((m) => [m.name, m.count]));
      for (const m of shown.materials) expect(["原件", "复印件", "原件及复印件"]).toContain(m.formLabel);
      expect(shown.fees).toEqual(item.fees.map((f) => ({ name: f.name, amountFen: f.amountFen, basis: f.basis })));
    }

    expect(page.workRules.map((r) => r.title)).toEqual(["首问负责制", "限时办结制", "预约服务制", "服务承诺制", "免费便民服务代办制", "干部接待制", "监督举报制"]);
    expect(page.workRules).toEqual(WORK_RULES);
    expect(page.serviceRecord.title).toBe("做好服务记录");

    expect(page.staff[0]).toMatchObject({ roleLabel: "站长", duties: expect.stringContaining("第一责任人") });
    expect(page.staff.slice(1).every((s) => s.roleLabel === "代办员" && /^1\d{10}$/.test(s.phone))).toBe(true);
    expect(page.staff.flatMap((s) => s.items).length).toBeGreaterThanOrEqual(items.length);
    expect(page.items.every((i) => i.agents.length > 0)).toBe(true);

    expect(page.hotlines).toEqual([
      { name: "马寨镇便民服务中心", phone: "0371-68911201", address: "二七区马寨镇政府东侧便民服务中心" },
      { name: "二七区行政效能中心", phone: "0371-68123101", address: "郑州市二七区政通路81号二七区人民政府院内" },
      { name: "二七区行政审批中心", phone: "0371-68123001", address: "郑州市二七区兴华南街与航海中路交叉口二七区政务服务大厅" },
    ]);
    expect(page.lookupPath).toBe("/lookup");
  });

  it("R-CAT-4 R-SEC-1 the public page carries no personal data of applicants or complainants", async () => {
    const { covering } = await staffFor(db, "wangzhuang", "ZZ-001");
    const { api, matterId } = await accepted(db, covering[0]!.username, "ZZ-001", MON);
    const receipt = await api.matter.receipt({ matterId });
    const anon = await callerAs(db, null, MON, "203.0.113.31");
    await anon.complaint.submitOnline({ villageCode: WANGZHUANG, content: "投诉人隐私内容：某某某不在岗", complainantName: "钱多多", complainantPhone: "13955556666" });
    const text = JSON.stringify(await anon.publicStation.page({ villageCode: WANGZHUANG }));
    for (const secret of [APPLICANT.name, APPLICANT.phone, APPLICANT.idNumber, APPLICANT.address, receipt.receiptNo, receipt.lookupCode, "钱多多", "13955556666", "某某某不在岗"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("R-CAT-4 a village without a station, an unknown code or a malformed code has no public page", async () => {
    const anon = await callerAs(db, null, MON, "203.0.113.32");
    expect(await codeOf(anon.publicStation.page({ villageCode: "410103100205" }))).toBe("NOT_FOUND");
    expect(await codeOf(anon.publicStation.page({ villageCode: "999999999999" }))).toBe("NOT_FOUND");
    expect(await codeOf(anon.publicStation.page({ villageCode: "41010310020" }))).toBe("BAD_REQUEST");
    // a station being built has its page already (its disclosure is part of the checklist)
    expect((await anon.publicStation.page({ villageCode: "410103100204" })).station).toMatchObject({ name: "二七区马寨镇杨庄村便民服务代办站", operating: false });
  });

  it("R-RUL-3 the public page names the station's designated complaint handler once the head has chosen one", async () => {
    const head = await callerAs(db, "jiangang-head", MON);
    const desk = await head.complaint.desk();
    const handler = desk.staff.find((s) => !s.isHead)!;
    const anon = await callerAs(db, null, MON, "203.0.113.33");
    expect((await anon.publicStation.page({ villageCode: "410103200202" })).complaintHandler).toBeNull();
    await head.complaint.setHandler({ userId: handler.userId });
    expect((await anon.publicStation.page({ villageCode: "410103200202" })).complaintHandler).toBe(handler.name);
  });
});
