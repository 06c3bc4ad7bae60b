"use client";
import { FormError } from "./FieldError";
import { useAction } from "./useAction";

const SMALL = { minHeight: 32, padding: "0.1rem 0.6rem", fontSize: "0.85rem" };

/**
 * One act behind one button (remove, revoke, cancel): asks first when `confirm` is given, shows that it is working,
 * and the server's refusal above it; the page's data is refreshed when it is done.
 */
export function ActionButton({ label, ariaLabel, confirm, small = false, act }: { label: string; ariaLabel?: string; confirm?: string; small?: boolean; act: () => Promise<unknown> }) {
  const { busy, failure, run } = useAction();
  return (
    <>
      <FormError failure={failure} />
      <button
        type="button"
        className="btn"
        style={small ? SMALL : undefined}
        aria-label={ariaLabel}
        disabled={busy}
        onClick={() => {
          if (!confirm || window.confirm(confirm)) void run(act);
        }}
      >
        {label}
      </button>
    </>
  );
}
