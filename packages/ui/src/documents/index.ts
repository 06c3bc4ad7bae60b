export { ReceiptSheet } from "./ReceiptSheet";
export { SupplementNoticeSheet } from "./SupplementNoticeSheet";
export { DecisionNoticeSheet } from "./DecisionNoticeSheet";
