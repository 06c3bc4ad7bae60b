import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { createDb } from "../client";
import type { Db } from "../client";
import { withDatabase } from "./template";
import "./provided";

/**
 * A fresh database for this test file, cloned from the seeded template (≈0.1 s), dropped after the file.
 */
export async function freshDb(): Promise<{ db: Db; url: string }> {
  const adminUrl = inject("bianminAdminUrl");
  const template = inject("bianminTemplate");
  const name = `bianmin_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    // copies of one template must not overlap: PostgreSQL refuses a template that another copy is reading
    await admin`select pg_advisory_lock(hashtext('bianmin:clone'))`;
    await admin.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = withDatabase(adminUrl, name);
  const db = createDb(url, { max: 5 });
  created.push({ name, db });
  return { db, url };
}

/**
 * The databases this test file made, dropped after the file. Registered here, at import, because an `afterAll`
 * registered from inside a `beforeAll` (where most files call freshDb) is never run: the copies used to pile up.
 */
const created: { name: string; db: Db }[] = [];
afterAll(async () => {
  const adminUrl = inject("bianminAdminUrl");
  const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    for (const { name, db } of created.splice(0)) {
      await db.close();
      await a.unsafe(`drop database if exists "${name}" with (force)`);
    }
  } finally {
    await a.end({ timeout: 5 });
  }
});

export { testServer } from "./server";
export { ensureTemplate, templateName, withDatabase } from "./template";
