import type { TestProject } from "vitest/node";
import { testServer } from "./server";
import { ensureTemplate } from "./template";
import "./provided";

/** vitest globalSetup for database tests: one server, one migrated + seeded template per run. */
export default async function setup(project: TestProject) {
  const server = await testServer();
  const template = await ensureTemplate(server.url);
  project.provide("bianminAdminUrl", server.url);
  project.provide("bianminTemplate", template);
  return async () => {
    await server.stop();
  };
}
