"use client";
import { useState } from "react";
import { CATEGORY_LABELS } from "@bianmin/domain";
import type { Category } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { FormButtons } from "./FormButtons";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

interface Agent {
  agentId: string;
  name: string;
  scope: string[];
}
interface Item {
  code: string;
  name: string;
  category: Category;
}

/**
 * 调整归口事项 (R-ORG-4), for the station head: pick an agent, tick the items they are responsible for (grouped
 * by category, the station's uncovered items marked), save. The page then shows the remaining gaps.
 */
export function AgentScopeForm({ agents, items, uncovered }: { agents: Agent[]; items: Item[]; uncovered: string[] }) {
  const { busy, failure, run, setFailure } = useAction();
  const [agentId, setAgentId] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const pick = (id: string) => {
    setAgentId(id);
    setFailure(null);
    setChosen(new Set(agents.find((a) => a.agentId === id)?.scope ?? []));
  };
  const toggle = (code: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  const categories = [...new Set(items.map((i) => i.category))];

  return (
    <section className="card" data-testid="agent-scope">
      <h2>调整归口事项</h2>
      <div className="field">
        <label htmlFor="scope-agent">代办员</label>
        <select id="scope-agent" value={agentId} onChange={(e) => pick(e.target.value)}>
          <option value="">请选择代办员</option>
          {agents.map((a) => (
            <option key={a.agentId} value={a.agentId}>
              {a.name}（现归口{a.scope.length}项）
            </option>
          ))}
        </select>
      </div>
      {agentId ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => trpc.org.setAgentScope.mutate({ agentId, itemCodes: [...chosen] })).then((r) => {
              if (r) setAgentId("");
            });
          }}
        >
          <FormError failure={failure} />
          {categories.map((c) => (
            <fieldset key={c} className="scope-group">
              <legend>{CATEGORY_LABELS[c]}</legend>
              {items
                .filter((i) => i.category === c)
                .map((i) => (
                  <label key={i.code} className="scope-item">
                    <input type="checkbox" checked={chosen.has(i.code)} onChange={() => toggle(i.code)} /> {i.code} {i.name}
                    {uncovered.includes(i.code) ? <span className="tag warn">尚无归口</span> : null}
                  </label>
                ))}
            </fieldset>
          ))}
          <FieldError failure={failure} path="itemCodes" />
          <FormButtons busy={busy} label="保存归口事项" onCancel={() => setAgentId("")} />
        </form>
      ) : null}
    </section>
  );
}
