import { createHash, randomBytes } from "node:crypto";

/**
 * Keys of Open311 clients (R-API-1). A key is 32 random bytes, so a plain SHA-256 is enough to store it (no
 * password KDF needed); the first characters are kept apart so that the console can tell keys apart.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** How many leading characters of a key the console shows. */
export const API_KEY_PREFIX_LENGTH = 10;

/** A new key, shown once to the administrator: only its hash and prefix are stored. */
export function newApiKey(): { key: string; keyHash: string; keyPrefix: string } {
  const key = `o311_${randomBytes(32).toString("base64url")}`;
  return { key, keyHash: hashApiKey(key), keyPrefix: key.slice(0, API_KEY_PREFIX_LENGTH) };
}
