import { TRPCError } from "@trpc/server";
import type { MatterCommandInput } from "@bianmin/domain";
import { matterQueries } from "@bianmin/db";
import type { MatterRow, Tx } from "@bianmin/db";
import type { Actor } from "@bianmin/domain";

function bad(message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message });
}

/** Who a command may name: only staff of the matter's own station, looked up, never taken from the client. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function staffRef(tx: Tx, stationId: string, userId: string, label: string) {
  const u = UUID.test(userId) ? await matterQueries.stationUser(tx, stationId, userId) : null;
  if (!u) throw bad(`${label}不是本代办站的工作人员`);
  return { id: u.userId, name: u.name, phone: u.phone };
}

export interface ActOptions {
  /** For accept: the responsible agent chosen at the counter (otherwise found from the station's 归口). */
  responsibleAgentId?: string;
  /** For handover: the colleague who takes the materials (otherwise the responsible agent). */
  toAgentId?: string;
}

/**
 * Fill in what the server knows and the client must not decide: names and phones of agents, the window
 * that handles the item in this township, the responsible agent by 归口 (R-INT-6).
 */
export async function enrichCommand(tx: Tx, row: MatterRow, actor: Actor, command: MatterCommandInput, opts: ActOptions): Promise<MatterCommandInput> {
  switch (command.type) {
    case "accept": {
      if (opts.responsibleAgentId) return { ...command, responsibleAgent: await staffRef(tx, row.stationId, opts.responsibleAgentId, "归口代办员") };
      if ((actor.scope ?? []).includes(row.itemCode)) return { ...command, responsibleAgent: undefined };
      const [first] = await matterQueries.responsibleAgentsFor(tx, row.stationId, row.itemCode);
      // nobody at the station covers the item: the first-contact agent keeps it (never a reason to refuse)
      const responsible = first ? { id: first.userId, name: first.name, phone: first.phone } : { id: actor.id, name: actor.name, phone: actor.phone };
      return { ...command, responsibleAgent: responsible };
    }
    case "handover":
      return { ...command, toAgent: opts.toAgentId ? await staffRef(tx, row.stationId, opts.toAgentId, "接收代办员") : undefined };
    case "transferToWindow": {
      const w = await matterQueries.windowForItem(tx, row.townshipId, row.itemCode);
      if (!w) throw bad("本乡镇（街道）便民服务中心没有受理该事项的窗口，请联系便民服务中心");
      return { ...command, window: { id: w.id, name: w.name } };
    }
    default:
      return command;
  }
}

/** Registration: the authorised agent must be a colleague at this station; their name comes from the record. */
export async function enrichRegistration<T extends { authorization?: { agentId: string; agentName: string } | undefined }>(tx: Tx, stationId: string, command: T): Promise<T> {
  if (!command.authorization) return command;
  const agent = await staffRef(tx, stationId, command.authorization.agentId, "受托代办员");
  return { ...command, authorization: { ...command.authorization, agentName: agent.name } };
}
