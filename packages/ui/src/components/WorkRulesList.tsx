import type { WorkRule } from "@bianmin/domain";

/** 便民服务代办站工作制度 (附件1): the seven rules, numbered, with the service-record requirement after them. */
export function WorkRulesList({ rules, serviceRecord, className = "sp-rules" }: { rules: readonly WorkRule[]; serviceRecord?: WorkRule; className?: string }) {
  return (
    <>
      <ol className={className} data-testid="work-rules">
        {rules.map((r) => (
          <li key={r.key}>
            <strong>{r.title}</strong>
            <p>{r.text}</p>
          </li>
        ))}
      </ol>
      {serviceRecord ? (
        <p className="small">
          <strong>{serviceRecord.title}：</strong>
          {serviceRecord.text}
        </p>
      ) : null}
    </>
  );
}
