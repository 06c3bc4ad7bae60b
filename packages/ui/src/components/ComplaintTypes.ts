import type { Outputs } from "../types";

/** A complaint as station staff see it (complaint.list / complaint.get). */
export type ComplaintRowView = Outputs["complaint"]["list"][number];
export type ComplaintDetail = Outputs["complaint"]["get"];
