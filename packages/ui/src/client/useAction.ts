"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { failureOf } from "./trpc";
import type { ApiFailure } from "./trpc";

/** Run a mutation with a busy flag and the server's message; refresh the page's server data on success. */
export function useAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  async function run<T>(f: () => Promise<T>, after?: (result: T) => void): Promise<T | null> {
    setBusy(true);
    setFailure(null);
    try {
      const result = await f();
      if (after) after(result);
      else router.refresh();
      return result;
    } catch (e) {
      setFailure(failureOf(e));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, failure, run, setFailure };
}
