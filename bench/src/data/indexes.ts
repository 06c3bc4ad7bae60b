import type postgres from "postgres";

/**
 * Bulk loads run faster without secondary indexes: drop those of the given tables (primary keys and constraints' indexes stay), and give
 * back a function that builds them again from their own definitions.
 */
export async function withoutSecondaryIndexes(sql: postgres.Sql, tables: string[]): Promise<{ count: number; rebuild: (onEach: (name: string) => void) => Promise<void> }> {
  const defs = await sql<{ name: string; def: string }[]>`
    select i.indexname as name, i.indexdef as def
    from pg_indexes i
    where i.schemaname = 'public' and i.tablename in ${sql(tables)}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  for (const d of defs) await sql.unsafe(`drop index "${d.name}"`);
  return {
    count: defs.length,
    rebuild: async (onEach) => {
      for (const d of defs) {
        onEach(d.name);
        await sql.unsafe(d.def);
      }
    },
  };
}
