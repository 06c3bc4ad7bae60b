/** A page's search parameters, as Next passes them. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a search parameter. */
export function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
