import { describe, expect, it } from "vitest";
import { acceptedVillageMatter, agentZhang, ctx, Matter, registerVillage, townshipItem, windowStaff } from "../test-fixtures/matter";
import { availableCommands } from "./available";

describe("available commands", () => {
  it("R-FLW-5 a registered matter with all materials offers accept, supplement is not offered, reject and refer are", () => {
    const m = new Matter();
    m.when(registerVillage);
    const acts = availableCommands(m.state, ctx());
    expect(acts).toEqual(expect.arrayContaining(["accept", "reject", "refer"]));
    expect(acts).not.toContain("deliver");
    expect(acts).not.toContain("requestSupplement");
  });

  it("R-INT-4 a matter missing materials offers the supplement notice and not accept", () => {
    const m = new Matter();
    m.when({ ...registerVillage, materials: [{ key: "idCopy", count: 2 }] });
    const acts = availableCommands(m.state, ctx());
    expect(acts).toContain("requestSupplement");
    expect(acts).not.toContain("accept");
  });

  it("R-FLW-5 an accepted village matter offers completion and pause to its agent, nothing to a window clerk", () => {
    const m = acceptedVillageMatter();
    const acts = availableCommands(m.state, ctx({ actor: agentZhang }));
    expect(acts).toEqual(expect.arrayContaining(["complete", "pauseClock"]));
    expect(acts).not.toContain("resumeClock");
    expect(acts).not.toContain("transferToWindow");
    expect(availableCommands(m.state, ctx({ actor: windowStaff }))).toEqual([]);
  });

  it("R-FLW-1 a township matter offers the transfer, then the window may receive it", () => {
    const m = new Matter({ item: townshipItem });
    m.when({ type: "register", itemCode: "ZZ-002", applicant: registerVillage.applicant, mode: "assisted", materials: [{ key: "idCopy", count: 1 }] });
    m.when({ type: "accept" });
    expect(availableCommands(m.state, ctx({ item: townshipItem }))).toContain("transferToWindow");
    m.when({ type: "transferToWindow", window: { id: "w1", name: "民政窗口" } });
    expect(availableCommands(m.state, ctx({ item: townshipItem, actor: windowStaff }))).toContain("receiveAtWindow");
    expect(availableCommands(m.state, ctx({ item: townshipItem }))).not.toContain("complete");
  });
});
