import { formatDateTime } from "../format";
import type { Outputs } from "../types";

export type StationSelfReviews = Outputs["selfReview"]["station"];

/** The station head's view: every staff member's self-review of one period, missing ones marked (R-ASM-1). */
export function SelfReviewList({ data }: { data: StationSelfReviews }) {
  return (
    <table className="table" data-testid="station-self-reviews">
      <thead>
        <tr>
          <th>姓名</th>
          <th>自我评议</th>
          <th>提交时间</th>
        </tr>
      </thead>
      <tbody>
        {data.staff.map((s) => (
          <tr key={s.userId}>
            <td className="nowrap">
              {s.name}
              {s.isHead ? <span className="tag">站长</span> : null}
            </td>
            <td style={{ whiteSpace: "pre-wrap" }}>{s.review ? s.review.text : <span className="tag warn">尚未提交</span>}</td>
            <td className="nowrap small">
              {s.review ? formatDateTime(s.review.submittedAt) : "—"}
              {s.review && s.review.updatedAt.getTime() !== s.review.submittedAt.getTime() ? <div className="muted">修改于 {formatDateTime(s.review.updatedAt)}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
