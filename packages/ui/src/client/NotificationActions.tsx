"use client";
import { FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

/** 全部标为已读 (R-DL-5), above the list of notifications. */
export function NotificationActions({ unread }: { unread: number }) {
  const { busy, failure, run } = useAction();
  return (
    <div>
      <FormError failure={failure} />
      <button type="button" className="btn" disabled={busy || unread === 0} data-testid="mark-all-read" onClick={() => run(() => trpc.notification.markAllRead.mutate())}>
        全部标为已读
      </button>
    </div>
  );
}

/** 标为已读: one notification of the list. */
export function MarkReadButton({ id }: { id: string }) {
  const { busy, failure, run } = useAction();
  return (
    <>
      <button type="button" className="btn" disabled={busy} data-testid="mark-read" onClick={() => run(() => trpc.notification.markRead.mutate({ ids: [id] }))}>
        标为已读
      </button>
      {failure ? (
        <span className="field-error" role="alert">
          {failure.message}
        </span>
      ) : null}
    </>
  );
}
