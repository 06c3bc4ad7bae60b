"use client";
import type { ApiFailure } from "./trpc";

/** The message for one field, if the server named it (path like "command.applicant.phone"). */
export function FieldError({ failure, path }: { failure: ApiFailure | null; path: string }) {
  if (!failure) return null;
  const hit = Object.entries(failure.fieldErrors).find(([k]) => k === path || k.endsWith(`.${path}`));
  return hit ? (
    <span className="field-error" role="alert">
      {hit[1]}
    </span>
  ) : null;
}

/** The whole failure message above a form. */
export function FormError({ failure }: { failure: ApiFailure | null }) {
  return failure ? (
    <div className="alert bad" role="alert" data-testid="form-error">
      {failure.message}
    </div>
  ) : null;
}
