import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { createDb } from "../client";
import type { Db } from "../client";
import { withDatabase } from "./template";
import "./provided";

/**
 * A fresh database for this test file, cloned from the seeded template (≈0.1 s), dropped after the file.
 * Call at module level or in a describe block.
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
  afterAll(async () => {
    await db.close();
    const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await a.unsafe(`drop database if exists "${name}" with (force)`);
    await a.end({ timeout: 5 });
  });
  return { db, url };
}

export { testServer } from "./server";
export { ensureTemplate, templateName, withDatabase } from "./template";
