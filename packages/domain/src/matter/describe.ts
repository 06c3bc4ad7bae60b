import { formatChineseDate } from "../dates";
import type { MatterEvent } from "./events";
import {
  DELIVERY_METHOD_LABELS,
  FOLLOW_UP_STEP_LABELS,
  MODE_LABELS,
  OUTCOME_LABELS,
  PAUSE_REASON_LABELS,
  RATING_LABELS,
  ROUTE_LABELS,
} from "./vocabulary";

/** One sentence in Chinese saying what an event recorded, for the matter's timeline (R-FLW-5). */
export function describeEvent(e: MatterEvent): string {
  switch (e.type) {
    case "registered": {
      const d = e.data;
      const missing = d.missing.length ? `，尚缺：${d.missing.map((m) => m.name).join("、")}` : "，材料齐全";
      return `${e.actor.role === "applicant" ? `网上申请（${e.actor.name}）` : "登记"}「${d.item.name}」，服务方式：${MODE_LABELS[d.mode]}${d.authorization ? `（委托代办员${d.authorization.agentName}）` : ""}，收到材料${d.materials.length}项${missing}`;
    }
    case "supplementRequested":
      return `出具补交材料清单：${e.data.lines.map((l) => `${l.name}（${l.detail}）`).join("；")}`;
    case "materialsSupplied":
      return `补交材料：${e.data.supplied.map((m) => `${m.name}${m.count}份`).join("、")}${e.data.stillMissing.length ? `；仍缺：${e.data.stillMissing.map((m) => m.name).join("、")}` : "；材料已齐全"}`;
    case "accepted":
      return `受理，回执编号 ${e.data.receiptNo}，承诺${e.data.timeLimitDays === 0 ? "当场办结" : `${formatChineseDate(e.data.promisedDate)}前办结`}；${ROUTE_LABELS[e.data.route]}；归口代办员${e.data.responsibleAgent.name}`;
    case "rejected":
      return `退回（不予受理），理由：${e.data.reason}`;
    case "referred":
      return `告知申请人向「${e.data.body}」申请办理`;
    case "handedOver":
      return `材料由${e.data.from.name}移交${e.data.to.name}`;
    case "transferredToWindow":
      return `传递至便民服务中心${e.data.window.name}，待窗口接收`;
    case "receivedAtWindow":
      return `${e.data.window.name}（${e.data.staff.name}）接收材料`;
    case "submittedToApprovalCenter":
      return `陪同送区行政审批中心办理，接收人：${e.data.officerName}`;
    case "completed":
      return `办结：${OUTCOME_LABELS[e.data.outcome]}${e.data.reason ? `（${e.data.reason}）` : ""}${e.data.documents.length ? `，结果文书：${e.data.documents.map((d) => d.name).join("、")}` : ""}${e.data.note ? `；${e.data.note}` : ""}`;
    case "resultReturned":
      return `${e.data.window.name}将办理结果和材料返还代办员${e.data.to.name}`;
    case "resultCollected":
      return `代办员${e.data.to.name}从区行政审批中心（${e.data.officerName}）领回结果和材料`;
    case "clockPaused":
      return `暂停计时：${PAUSE_REASON_LABELS[e.data.reason]}${e.data.note ? `（${e.data.note}）` : ""}`;
    case "clockResumed":
      return `恢复计时：暂停${e.data.pausedWorkdays}个工作日，承诺办结日期由${formatChineseDate(e.data.previousPromisedDate)}顺延至${formatChineseDate(e.data.promisedDate)}`;
    case "delivered":
      return `送达申请人（${DELIVERY_METHOD_LABELS[e.data.method]}），签收人：${e.data.receivedBy}`;
    case "rated":
      return `申请人评价：${RATING_LABELS[e.data.level]}${e.data.comment ? `，意见：${e.data.comment}` : ""}`;
    case "followUpOpened":
      return `差评整改回访启动，须于${formatChineseDate(e.data.dueDate)}前（${e.data.days}个工作日）办结`;
    case "followUpStepRecorded":
      return `${FOLLOW_UP_STEP_LABELS[e.data.step]}：${e.data.text}`;
    case "followUpClosed":
      return "整改回访办结";
    case "closed":
      return "办结归档";
  }
}
