import fs from "node:fs";
import readline from "node:readline";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import postgres from "postgres";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { MIGRATIONS_DIR, runMigrations } from "./migrate";

/**
 * Backup and restore of the whole database as one gzip file (`pnpm db:backup`, `pnpm db:restore`).
 *
 * pg_dump cannot be used on every machine this runs on: the embedded server is PostgreSQL 18, Debian's client
 * tools are 15, and a machine with only Node.js has none. So the backup is logical and made by the server itself:
 * every application table is read through a cursor as `row_to_json` inside one repeatable-read, read-only
 * transaction, so the copy is a consistent snapshot taken while the apps keep running, in constant memory. The
 * schema is not copied: it is the committed migrations, whose hashes the file records. A restore empties the
 * target, applies the migrations and loads every table with `json_populate_recordset` in one transaction (the
 * server converts every type back, bytea and jsonb included), then moves the sequences on. (COPY streams were
 * tried first: postgres.js 3.4 leaves the next query waiting forever after a COPY stream its reader paused.)
 *
 * File: gzip of lines. Line 1 is the header (JSON). Each table is a `#table {json}` line, one JSON row per line
 * (JSON escapes newlines), and an end marker `\.`.
 */

export const BACKUP_FORMAT = "bianmin-backup/1";

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  server: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

/** Schemas the apps own; the job queue's schema (pgboss) holds only transient work and is rebuilt by the worker. */
const OWNED_SCHEMAS = ["public", "drizzle"];

/** Rows read per cursor fetch and written per insert. */
const BATCH = 1000;

const connect = (url: string) => postgres(url, { max: 1, onnotice: () => {} });

/** The application tables, parents before children (foreign keys), excluding the migrations table. */
async function tablesInOrder(sql: postgres.TransactionSql): Promise<string[]> {
  const tables = (await sql<{ name: string }[]>`select tablename as name from pg_tables where schemaname = 'public' order by tablename`).map((t) => t.name);
  const edges = await sql<{ child: string; parent: string }[]>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'`;
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (seen.has(t) || path.has(t)) return;
    path.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent, path);
    seen.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

async function appliedMigrations(sql: postgres.TransactionSql): Promise<string[]> {
  const rows = await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by id`;
  return rows.map((r) => r.hash);
}

/** Write a consistent backup of the database at `url` to `file`; returns its header. */
export async function backupDatabase(url: string, file: string): Promise<BackupHeader> {
  const sql = connect(url);
  const tmp = `${file}.part`;
  try {
    const header = await sql.begin("isolation level repeatable read read only", async (tx) => {
      const tables = await tablesInOrder(tx);
      const counts = await Promise.all(tables.map(async (name) => ({ name, rows: Number((await tx.unsafe(`select count(*)::bigint as n from "${name}"`))[0]!.n) })));
      const [{ version }] = (await tx`select current_setting('server_version') as version`) as unknown as [{ version: string }];
      const head: BackupHeader = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), server: version, migrations: await appliedMigrations(tx), tables: counts };
      const gzip = zlib.createGzip();
      const out = fs.createWriteStream(tmp);
      const written = pipeline(gzip, out);
      const write = async (chunk: string | Buffer) => {
        if (!gzip.write(chunk)) await once(gzip, "drain");
      };
      await write(`${JSON.stringify(head)}\n`);
      for (const t of counts) {
        await write(`#table ${JSON.stringify(t)}\n`);
        for await (const rows of tx.unsafe(`select row_to_json(t)::text as j from "${t.name}" t`).cursor(BATCH)) {
          await write(`${rows.map((r) => r.j as string).join("\n")}\n`);
        }
        await write("\\.\n");
      }
      gzip.end();
      await written;
      return head;
    });
    fs.renameSync(tmp, file);
    return header;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The header of a backup file, or a clear error when the file is not one. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()) });
  try {
    for await (const line of lines) {
      const head = JSON.parse(line) as BackupHeader;
      if (head.format !== BACKUP_FORMAT) break;
      return head;
    }
  } catch {
    // not gzip or not JSON: reported below
  } finally {
    lines.close();
  }
  throw new Error(`${file} 不是本系统的备份文件`);
}

/**
 * Replace the database at `url` with the contents of a backup. The backup's migrations must be the code's
 * migrations or a prefix of them (a newer code restores an older backup; later migrations apply on top).
 */
export async function restoreDatabase(url: string, file: string): Promise<BackupHeader> {
  const head = await readBackupHeader(file);
  const codeMigrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).map((m) => m.hash);
  if (head.migrations.some((m, i) => codeMigrations[i] !== m)) {
    throw new Error("备份文件的数据库结构版本比当前程序新或不一致，请用生成该备份的程序版本恢复");
  }
  const sql = connect(url);
  try {
    for (const s of OWNED_SCHEMAS) await sql.unsafe(`drop schema if exists "${s}" cascade`);
    await sql`create schema public`;
  } finally {
    await sql.end({ timeout: 5 });
  }
  await runMigrations(url);
  const load = connect(url);
  try {
    await load.begin(async (tx) => {
      // foreign keys and triggers are not checked row by row while loading a consistent snapshot
      await tx`set local session_replication_role = replica`;
      const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
      let table: string | null = null;
      let batch: string[] = [];
      const flush = async () => {
        if (table && batch.length) await tx.unsafe(`insert into "${table}" select * from json_populate_recordset(null::"${table}", $1::text::json)`, [`[${batch.join(",")}]`]);
        batch = [];
      };
      let first = true;
      for await (const line of lines) {
        if (first) {
          first = false;
          continue;
        }
        if (table) {
          if (line === "\\.") {
            await flush();
            table = null;
          } else {
            batch.push(line);
            if (batch.length >= BATCH) await flush();
          }
          continue;
        }
        if (!line.startsWith("#table ")) throw new Error("备份文件已损坏（表的开头标记缺失）");
        const t = JSON.parse(line.slice(7)) as { name: string };
        if (!/^[a-z_][a-z0-9_]*$/.test(t.name)) throw new Error(`备份文件中的表名不合法：${t.name}`);
        table = t.name;
      }
      if (table) throw new Error("备份文件不完整（最后一张表没有结束标记）");
      // move every sequence past the largest id it gave out
      const seqs = await tx<{ table: string; column: string; seq: string }[]>`
        select c.relname as table, a.attname as column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) as seq
        from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
        where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`;
      for (const s of seqs) await tx.unsafe(`select setval('${s.seq}', coalesce((select max("${s.column}") from "${s.table}"), 0) + 1, false)`);
    });
  } finally {
    await load.end({ timeout: 5 });
  }
  return head;
}
