import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { APP_ROLES } from "@bianmin/auth/roles";
import { unstorableTextPath } from "@bianmin/domain";
import type { Role } from "@bianmin/db";
import type { Context } from "./context";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "./db-unavailable";
import { describeZodError } from "./errors";

z.config(z.locales.zhCN());

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof z.ZodError ? describeZodError(error.cause) : null;
    const domainCode = (error.cause as { domainCode?: string } | undefined)?.domainCode ?? null;
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      // an unexpected failure never leaks its internals
      message: zodError?.message ?? (error.code === "INTERNAL_SERVER_ERROR" ? "系统繁忙，请稍后再试" : shape.message),
      data: { ...data, fieldErrors: zodError?.fieldErrors ?? null, domainCode },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure first refuses text that PostgreSQL cannot store (a NUL character, a broken surrogate pair) on
 * the field that holds it, so that such input is a 400 naming the field, never a 500 from the database.
 */
export const publicProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  const path = unstorableTextPath(await getRawInput());
  if (path) {
    const message = "含有无法保存的字符（空字符或残缺的表情、生僻字编码），请删除后重新输入";
    throw new TRPCError({ code: "BAD_REQUEST", message, cause: new z.ZodRealError([{ code: "custom", path, message, input: undefined }]) });
  }
  const result = await next();
  // the database is unreachable: a 503 the user can act on (try again), never a hang or a generic 500
  if (!result.ok && isDatabaseUnavailable(result.error.cause)) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE, cause: result.error.cause });
  return result;
});

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "请先登录" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

function roleProcedure(roles: readonly Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw new TRPCError({ code: "FORBIDDEN", message: "您的角色无权执行此操作" });
    return next({ ctx });
  });
}

/** Station staff: agents and the station head; their unit is their station. */
export const villageProcedure = roleProcedure(APP_ROLES.village).use(({ ctx, next }) => {
  const { stationId, villageId, townshipId } = ctx.user;
  if (!stationId || !villageId || !townshipId) throw new TRPCError({ code: "FORBIDDEN", message: "账号未关联代办站" });
  return next({ ctx: { ...ctx, unit: { districtId: ctx.user.districtId, townshipId, villageId, stationId } } });
});

/** Township centre staff and supervisors; their unit is their township. */
export const townshipProcedure = roleProcedure(APP_ROLES.township).use(({ ctx, next }) => {
  const { townshipId } = ctx.user;
  if (!townshipId) throw new TRPCError({ code: "FORBIDDEN", message: "账号未关联乡镇（街道）" });
  return next({ ctx: { ...ctx, unit: { districtId: ctx.user.districtId, townshipId } } });
});

/** District approval / efficiency centre and administrators; their unit is the district. */
export const districtProcedure = roleProcedure(APP_ROLES.district).use(({ ctx, next }) => {
  return next({ ctx: { ...ctx, unit: { districtId: ctx.user.districtId } } });
});

/** A refusal for a role not named: the procedure's own message, so the user learns who may do it. */
const onlyFor = (roles: readonly Role[], role: Role, message: string) => {
  if (!roles.includes(role)) throw new TRPCError({ code: "FORBIDDEN", message });
};

/**
 * Procedures narrowed to some roles of an app, refused before their input is read (R-SEC-1): who may call a
 * procedure is declared where it is built, so the authorisation matrix test sees it.
 */
export const stationHeadProcedure = (message: string) =>
  villageProcedure.use(({ ctx, next }) => {
    onlyFor(["stationHead"], ctx.user.role, message);
    return next({ ctx });
  });

export const districtRoleProcedure = (roles: readonly Role[], message: string) =>
  districtProcedure.use(({ ctx, next }) => {
    onlyFor(roles, ctx.user.role, message);
    return next({ ctx });
  });

export const districtAdminProcedure = (message: string) => districtRoleProcedure(["districtAdmin"], message);
