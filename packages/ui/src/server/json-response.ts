/** The size below which compression does not pay; the `compression` middleware's default threshold, which Next uses. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * A small JSON answer marked `Cache-Control: no-transform`, which keeps Next's compression off it. tRPC answers a
 * query or mutation with `new Response(JSON.stringify(…))`; Next sends that chunked and drops any Content-Length a
 * route handler sets, so compression cannot see the length and gzips every answer, even the hundred-byte ones: no
 * gain on the wire, and some 6% of the server's CPU under load. Larger answers are still compressed; pages are not
 * touched. The body is a string tRPC has already built in memory, so reading it whole costs one copy. Streamed
 * answers pass through as they are: server-sent events by their content type, JSON lines (a batch stream, also
 * labelled application/json) by the Transfer-Encoding tRPC sets on them.
 */
export async function uncompressedWhenSmall(res: Response): Promise<Response> {
  if (!res.body || res.headers.get("content-type") !== "application/json" || res.headers.has("transfer-encoding")) return res;
  const body = await res.arrayBuffer();
  const headers = new Headers(res.headers);
  if (body.byteLength < COMPRESS_FROM_BYTES) {
    const cacheControl = headers.get("cache-control");
    headers.set("cache-control", cacheControl ? `${cacheControl}, no-transform` : "no-transform");
  }
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}
