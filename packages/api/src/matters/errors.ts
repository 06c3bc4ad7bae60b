import { TRPCError } from "@trpc/server";
import { isDomainError } from "@bianmin/domain";
import { fromDomainError } from "../errors";

export const CONFLICT_MESSAGE = "该事项刚刚已被他人办理或更新，请刷新页面查看最新情况后再操作";

export function conflict(): TRPCError {
  return new TRPCError({ code: "CONFLICT", message: CONFLICT_MESSAGE });
}

/** Run a domain call; a rule's refusal becomes a 400 with its Chinese message and code. */
export function orDomainError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isDomainError(e)) throw fromDomainError(e);
    throw e;
  }
}
