"use client";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@bianmin/api";

/** The browser's tRPC client: same router as the server components, over /api/trpc. */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpLink({ url: "/api/trpc", transformer: superjson })],
});

export interface ApiFailure {
  message: string;
  fieldErrors: Record<string, string>;
}

/** The Chinese message and per-field messages of a failed call, as the server phrased them. */
export function failureOf(e: unknown): ApiFailure {
  const err = e as { message?: string; data?: { fieldErrors?: Record<string, string> | null }; shape?: { data?: { fieldErrors?: Record<string, string> | null } } };
  const fieldErrors = err.data?.fieldErrors ?? err.shape?.data?.fieldErrors ?? {};
  return { message: err.message || "操作失败，请稍后再试", fieldErrors };
}
