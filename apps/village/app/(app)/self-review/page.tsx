import { MyAssessments, SelfReviewList, formatDate, formatDateTime } from "@bianmin/ui";
import { SelfReviewForm } from "@bianmin/ui/client";
import { server } from "@/server";

/** 自我评议 (R-ASM-1, R-ASM-3): my review of the previous bimonthly period; the head also sees the station's. */
export default async function SelfReviewPage() {
  const { api, user } = await server.api();
  const [mine, station, results] = await Promise.all([
    api.selfReview.mine(),
    user.role === "stationHead" ? api.selfReview.station() : Promise.resolve(null),
    api.assessment.mine(),
  ]);
  return (
    <>
      <h1>自我评议</h1>
      <section className="card">
        <h2 data-testid="self-review-period">{mine.period.label}</h2>
        <p className="muted">
          考核期 {formatDate(mine.period.start)} 至 {formatDate(mine.period.end)}。
          {mine.open ? `请于 ${formatDate(mine.deadline)} 前提交，截止前可以修改。` : `本考核期的自我评议已于 ${formatDate(mine.deadline)} 截止。`}
          {mine.review ? ` 已于 ${formatDateTime(mine.review.submittedAt)} 提交。` : ""}
        </p>
        <SelfReviewForm periodKey={mine.period.key} initial={mine.review?.text ?? ""} open={mine.open} />
      </section>
      {station ? (
        <section className="card">
          <h2>本站人员的自我评议（{station.period.label}）</h2>
          <SelfReviewList data={station} />
        </section>
      ) : null}
      <section className="card">
        <h2>我的双月考核结果</h2>
        <MyAssessments rows={results} />
      </section>
    </>
  );
}
