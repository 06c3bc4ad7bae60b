import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { hashPassword } from "../password";
import {
  agentScopes,
  agents,
  calendarDays,
  districtCenters,
  districts,
  leadingGroupMembers,
  serviceItemVersions,
  serviceItems,
  stations,
  townshipCenters,
  townships,
  users,
  villages,
  windowItems,
  windows,
} from "../schema";
import type { Role } from "../schema";
import { calendarRowsForYear, SEED_CALENDAR_YEARS } from "./calendar";
import { seedRollout } from "./rollout";
import { seedRubrics } from "./rubrics";
import { seedApiClient } from "./api-clients";
import { SEED_ITEMS, SEED_WINDOWS } from "./catalog-data";
import { CENTER_OFFICE_HOURS, DEMO_PASSWORD, OFFICE_HOURS, personName, personPhone, SEED_DISTRICT, SEED_TOWNSHIPS } from "./org-data";

export { DEMO_PASSWORD, SEED_DISTRICT, SEED_TOWNSHIPS } from "./org-data";
export { SEED_ITEMS, SEED_WINDOWS } from "./catalog-data";
export { calendarRowsForYear, SEED_CALENDAR_YEARS } from "./calendar";
export { DEMO_OPEN311_CLIENT, DEMO_OPEN311_KEY } from "./api-clients";

export interface DemoLogin {
  username: string;
  role: Role;
  name: string;
  unit: string;
}

/**
 * The demo data set (idempotent): 二七区 with its townships, villages, stations, agents and scopes, a user for
 * every role, the seed catalogue of R-CAT-1 and the calendar of 2024–2026. Running it twice changes nothing.
 */
export async function seed(db: Db): Promise<{ logins: DemoLogin[]; created: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('bianmin:seed'))`);
    const already = await tx.select({ id: districts.id }).from(districts).where(sql`${districts.code} = ${SEED_DISTRICT.code}`);
    const logins = demoLogins();
    if (already.length > 0) return { logins, created: false };

    // calendar
    for (const year of SEED_CALENDAR_YEARS) {
      await tx.insert(calendarDays).values(calendarRowsForYear(year)).onConflictDoNothing();
    }
    // catalogue
    for (const item of SEED_ITEMS) {
      await tx.insert(serviceItems).values({ code: item.code, currentVersion: item.version });
      await tx.insert(serviceItemVersions).values(item);
    }

    const [district] = await tx.insert(districts).values({ code: SEED_DISTRICT.code, name: SEED_DISTRICT.name }).returning();
    if (!district) throw new Error("seed: district");
    const districtId = district.id;
    for (const kind of ["approval", "efficiency"] as const) {
      const c = kind === "approval" ? SEED_DISTRICT.approvalCenter : SEED_DISTRICT.efficiencyCenter;
      await tx.insert(districtCenters).values({ districtId, kind, ...c });
    }

    let person = 0;
    const addUser = async (u: { username: string; role: Role; name?: string; townshipId?: string; villageId?: string; stationId?: string; windowId?: string }) => {
      person += 1;
      const [row] = await tx
        .insert(users)
        .values({
          username: u.username,
          passwordHash: await hashPassword(DEMO_PASSWORD), // own salt per user
          name: u.name ?? personName(person),
          phone: personPhone(person),
          role: u.role,
          districtId,
          townshipId: u.townshipId ?? null,
          villageId: u.villageId ?? null,
          stationId: u.stationId ?? null,
          windowId: u.windowId ?? null,
        })
        .returning();
      if (!row) throw new Error("seed: user");
      return row;
    };

    const admin = await addUser({ username: `${SEED_DISTRICT.slug}-admin`, role: "districtAdmin" });
    await addUser({ username: `${SEED_DISTRICT.slug}-assessor`, role: "approvalAssessor" });
    await addUser({ username: `${SEED_DISTRICT.slug}-inspector`, role: "efficiencyInspector" });

    const allCodes = SEED_ITEMS.map((i) => i.code);
    for (const t of SEED_TOWNSHIPS) {
      const [township] = await tx.insert(townships).values({ districtId, code: t.code, name: t.name, kind: t.kind }).returning();
      if (!township) throw new Error("seed: township");
      const [center] = await tx
        .insert(townshipCenters)
        .values({
          districtId,
          townshipId: township.id,
          name: `${t.name}便民服务中心`,
          address: t.center.address,
          phone: t.center.phone,
          complaintPhone: t.center.complaintPhone,
          officeHours: CENTER_OFFICE_HOURS,
        })
        .returning();
      if (!center) throw new Error("seed: center");
      for (const [i, w] of SEED_WINDOWS.entries()) {
        const [win] = await tx.insert(windows).values({ centerId: center.id, townshipId: township.id, number: i + 1, name: w.name }).returning();
        if (!win) throw new Error("seed: window");
        await tx.insert(windowItems).values(w.itemCodes.map((itemCode) => ({ windowId: win.id, itemCode })));
        if (i === 0) await addUser({ username: `${t.slug}-window${i + 1}`, role: "townshipStaff", townshipId: township.id, windowId: win.id });
      }
      await addUser({ username: `${t.slug}-staff`, role: "townshipStaff", townshipId: township.id });
      await addUser({ username: `${t.slug}-supervisor`, role: "townshipSupervisor", townshipId: township.id });

      for (const [vi, v] of t.villages.entries()) {
        const [village] = await tx
          .insert(villages)
          .values({ districtId, townshipId: township.id, code: v.code, name: v.name, kind: v.kind })
          .returning();
        if (!village || v.station === null) continue;
        const operating = v.station !== "building";
        const [station] = await tx
          .insert(stations)
          .values({
            districtId,
            townshipId: township.id,
            villageId: village.id,
            address: v.address,
            phone: v.phone,
            officeHours: OFFICE_HOURS,
            areaM2: v.areaM2,
            status: operating ? "operating" : "building",
            operatingSince: operating ? v.station : null,
          })
          .returning();
        if (!station) throw new Error("seed: station");
        const unit = { townshipId: township.id, villageId: village.id, stationId: station.id };
        const agentCount = 2 + ((vi + t.villages.length) % 3); // 2–4 agents besides the head
        const staff = [await addUser({ username: `${v.slug}-head`, role: "stationHead", ...unit })];
        for (let a = 1; a <= agentCount; a++) staff.push(await addUser({ username: `${v.slug}-${a}`, role: "agent", ...unit }));
        const codes = allCodes.filter((c) => !(v.unassigned ?? []).includes(c));
        for (const [si, user] of staff.entries()) {
          const isHead = si === 0;
          const [agent] = await tx
            .insert(agents)
            .values({
              userId: user.id,
              stationId: station.id,
              isHead,
              duties: isHead ? "站长，便民服务工作第一责任人，统筹代办站工作" : "代办员，负责归口事项的受理、代办和结果送达",
              badgeNo: `${v.code.slice(-6)}-${String(si + 1).padStart(2, "0")}`,
            })
            .returning();
          if (!agent) throw new Error("seed: agent");
          // the head takes the consultations; the agents share the rest round-robin
          const mine = isHead
            ? codes.filter((c) => c.startsWith("ZX-"))
            : codes.filter((c, ci) => !c.startsWith("ZX-") && ci % agentCount === si - 1);
          if (mine.length > 0) await tx.insert(agentScopes).values(mine.map((itemCode) => ({ agentId: agent.id, itemCode })));
        }
        const head = staff[0]!;
        await tx.insert(leadingGroupMembers).values([
          { stationId: station.id, name: head.name, groupRole: "组长", position: `${v.kind === "village" ? "村委会" : "居委会"}主任、代办站站长` },
          { stationId: station.id, name: personName(person + 101), groupRole: "副组长", position: v.kind === "village" ? "村党支部副书记" : "社区党支部副书记" },
          { stationId: station.id, name: personName(person + 202), groupRole: "成员", position: "村（居）委委员" },
        ]);
      }
    }
    await seedRollout(tx, districtId);
    await seedRubrics(tx, districtId);
    await seedApiClient(tx, districtId, admin.id);
    return { logins, created: true };
  });
}

/** The logins printed by `pnpm start` and used by the end-to-end tests. */
export function demoLogins(): DemoLogin[] {
  const t0 = SEED_TOWNSHIPS[0]!;
  const v0 = t0.villages[1]!;
  return [
    { username: `${v0.slug}-1`, role: "agent", name: "代办员", unit: `${t0.name}${v0.name}` },
    { username: `${v0.slug}-head`, role: "stationHead", name: "站长", unit: `${t0.name}${v0.name}` },
    { username: `${t0.slug}-window1`, role: "townshipStaff", name: "窗口工作人员", unit: `${t0.name}便民服务中心` },
    { username: `${t0.slug}-supervisor`, role: "townshipSupervisor", name: "督查人员", unit: `${t0.name}便民服务中心` },
    { username: `${SEED_DISTRICT.slug}-assessor`, role: "approvalAssessor", name: "考核人员", unit: SEED_DISTRICT.approvalCenter.name },
    { username: `${SEED_DISTRICT.slug}-inspector`, role: "efficiencyInspector", name: "明察暗访人员", unit: SEED_DISTRICT.efficiencyCenter.name },
    { username: `${SEED_DISTRICT.slug}-admin`, role: "districtAdmin", name: "系统管理员", unit: SEED_DISTRICT.name },
  ];
}
