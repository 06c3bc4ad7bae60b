import { RATING_LABELS, RATING_LEVELS } from "@bianmin/domain";
import type { RatingDistribution } from "@bianmin/domain";
import { EChart } from "../EChart";
import { ratingsDonutOption } from "./charts";

/** 群众评价 of a period: the donut of the five levels and the table of the same numbers with the satisfaction rate. */
export function RatingsCard({ ratings, label }: { ratings: RatingDistribution; label: string }) {
  return (
    <section className="card">
      <h2>群众评价</h2>
      {ratings.total === 0 ? (
        <p className="muted">统计区间内没有评价。</p>
      ) : (
        <EChart option={ratingsDonutOption(ratings.counts)} width={420} height={280} label={label} />
      )}
      <table className="table compact" data-testid="ratings-table">
        <tbody>
          {RATING_LEVELS.map((l) => (
            <tr key={l}>
              <td>{RATING_LABELS[l]}</td>
              <td className="num">{ratings.counts[l]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>合计（满意率）</td>
            <td className="num">
              {ratings.total}
              {ratings.satisfactionPercent === null ? "" : `（${ratings.satisfactionPercent}%）`}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
