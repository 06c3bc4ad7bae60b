import type { Tx } from "../client";
import { API_KEY_PREFIX_LENGTH, hashApiKey } from "../api-keys";
import { apiClients } from "../schema";

/**
 * The demo Open311 client (R-API-1), so that the README's curl examples work on a fresh `pnpm start`. Its key is
 * public: a real deployment revokes this client in 开放接口 and issues keys of its own.
 */
export const DEMO_OPEN311_KEY = "demo-open311-key";
export const DEMO_OPEN311_CLIENT = "演示客户端（12345便民热线）";

export async function seedApiClient(tx: Tx, districtId: string, createdBy: string): Promise<void> {
  await tx.insert(apiClients).values({
    districtId,
    name: DEMO_OPEN311_CLIENT,
    contact: "演示用，正式使用前请吊销",
    keyHash: hashApiKey(DEMO_OPEN311_KEY),
    keyPrefix: DEMO_OPEN311_KEY.slice(0, API_KEY_PREFIX_LENGTH),
    createdBy,
    createdAt: new Date("2026-01-05T09:00:00+08:00"),
  });
}
