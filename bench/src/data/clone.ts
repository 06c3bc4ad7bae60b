import type postgres from "postgres";

/**
 * Matters for a benchmark database, cloned from the demo history (real matters the domain produced: statuses,
 * events, ratings, follow-ups in their real proportions) onto the stations of the shape, `years` years deep.
 *
 * Matter i goes to station `i mod S`, into year `(i div S) mod years` back: the current year takes any demo matter
 * (open ones included, dates as they were), an earlier year only concluded ones, every date moved back by whole
 * years. The seeded demo stations have their own current year, so they get only the earlier years. Ids, lookup
 * codes and receipt numbers derive from i: the same arguments give the same database.
 *
 * Not cloned: earlier years' events unless asked for (see cloneMatters), the audit trail (no read benchmark reads it; a clone would need its own hash chain) and the matters'
 * `state` documents are the template's, with the template's dates — the columns the queues, lights and dashboards
 * filter on are moved.
 */

/** Lookup codes: a bijection of i onto 8 characters of the unambiguous alphabet (31^8 codes). */
const LOOKUP = `(select string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (((p.i::bigint * 2654435761 + 12345) % 852891037441) / (31::bigint ^ j)::bigint % 31)::int + 1, 1), '' order by j) from generate_series(0, 7) j)`;

/** The templates and the stations, numbered, in session tables (the generator uses one connection). */
export async function prepareTemplates(sql: postgres.Sql): Promise<{ stations: number; templates: number; concluded: number }> {
  await sql`create temp table bench_st as
    select (row_number() over (order by s.id) - 1)::int as n, s.id, s.district_id, s.township_id, s.village_id, v.code as village_code,
           exists (select 1 from matters m where m.station_id = s.id) as demo
    from stations s join villages v on v.id = s.village_id`;
  await sql`create unique index on bench_st (n)`;
  await sql`create temp table bench_tpl_all as select (row_number() over (order by id) - 1)::int as n, id from matters`;
  await sql`create temp table bench_tpl_done as select (row_number() over (order by id) - 1)::int as n, id from matters where closed_at is not null`;
  await sql`create unique index on bench_tpl_all (n)`;
  // the templates' events apart, indexed: the load drops matter_events' own indexes while the table grows
  await sql`create temp table bench_tpl_events as select * from matter_events`;
  await sql`create index on bench_tpl_events (matter_id)`;
  await sql`analyze bench_tpl_events`;
  await sql`create unique index on bench_tpl_done (n)`;
  const [c] = await sql<{ s: number; a: number; d: number }[]>`select (select count(*) from bench_st)::int as s, (select count(*) from bench_tpl_all)::int as a, (select count(*) from bench_tpl_done)::int as d`;
  if (!c || c.a === 0 || c.d === 0) throw new Error("没有可作模板的演示事项：请先写入演示历史（pnpm demo:history）");
  return { stations: c.s, templates: c.a, concluded: c.d };
}

/**
 * Clone matters [from, to) with their events; returns the matters and events written. The events of earlier years'
 * matters only with `allEvents`: they are most of a database's bytes (~430 B each, ~8 per matter: a 10M database
 * with all of them needs ~64 GB) and no list, dashboard or assessment reads them — the matters' columns carry what
 * those filter on, and a single matter's history is read by its index.
 */
export async function cloneMatters(sql: postgres.Sql, from: number, to: number, years: number, allEvents: boolean): Promise<{ matters: number; events: number }> {
  await sql`drop table if exists bench_pick`;
  await sql`create temp table bench_pick as
    select g.i, md5('matter:' || g.i)::uuid as new_id, st.n as sn, g.k, make_interval(years => g.k) as sh,
           case when g.k = 0 then ta.id else td.id end as tid
    from (select i, ((i / (select count(*) from bench_st)) % ${years}::int)::int as k from generate_series(${from}::int, ${to - 1}::int) i) g
    join bench_st st on st.n = g.i % (select count(*) from bench_st)
    left join bench_tpl_all ta on g.k = 0 and ta.n = (g.i::bigint * 7919 % (select count(*) from bench_tpl_all))::int
    left join bench_tpl_done td on g.k > 0 and td.n = (g.i::bigint * 7919 % (select count(*) from bench_tpl_done))::int
    where not (st.demo and g.k = 0)`;
  const [counts] = await sql<{ matters: number; events: number }[]>`
    with ins as (
    insert into matters (id, district_id, township_id, village_id, station_id, idempotency_key, channel, item_code, item_version, item_name,
        status, mode, applicant_name, applicant_phone, applicant_id_number, receipt_no, lookup_code, registered_at, accepted_at, promised_date,
        paused_on, completed_on, closed_at, first_contact_agent_id, responsible_agent_id, handover_pending, window_id, custody_kind, custody_label,
        rating, rated_at, created_by, state, version, updated_at, follow_up_due)
      select p.new_id, st.district_id, st.township_id, st.village_id, st.id, 'bench:' || p.i, m.channel, m.item_code, m.item_version, m.item_name,
        m.status, m.mode, m.applicant_name, m.applicant_phone, m.applicant_id_number,
        case when m.receipt_no is null then null else st.village_code || '-' || to_char((m.registered_at - p.sh) at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-B' || p.i end,
        case when m.lookup_code is null then null else ${sql.unsafe(LOOKUP)} end,
        m.registered_at - p.sh, m.accepted_at - p.sh, (m.promised_date - p.sh)::date, (m.paused_on - p.sh)::date, (m.completed_on - p.sh)::date,
        m.closed_at - p.sh, m.first_contact_agent_id, m.responsible_agent_id, m.handover_pending,
        case when m.township_id = st.township_id then m.window_id end, m.custody_kind, m.custody_label,
        m.rating, m.rated_at - p.sh, m.created_by, m.state, m.version, m.updated_at - p.sh, case when p.k = 0 then m.follow_up_due end
      from bench_pick p join bench_st st on st.n = p.sn join matters m on m.id = p.tid
      on conflict do nothing
      returning id),
    ev as (
      insert into matter_events (matter_id, seq, type, at, actor_id, actor_name, actor_role, from_status, data)
      select p.new_id, e.seq, e.type, e.at - p.sh, e.actor_id, e.actor_name, e.actor_role, e.from_status, e.data
      from bench_pick p join ins on ins.id = p.new_id join bench_tpl_events e on e.matter_id = p.tid
      where p.k = 0 or ${allEvents}::boolean
      returning 1)
    select (select count(*) from ins)::int as matters, (select count(*) from ev)::int as events`;
  return counts!;
}

/**
 * Complaints and clock-ons for every station, cloned from the demo station of the same number modulo the demo
 * stations: complaints for each year (earlier years only concluded ones), clock-ons for the last 90 days (closed, as
 * the template's agents may be on duty at their own station only once).
 */
export async function cloneStationLife(sql: postgres.Sql, years: number): Promise<{ complaints: number; attendance: number }> {
  await sql`create temp table bench_demo_st as select (row_number() over (order by id) - 1)::int as n, id from bench_st where demo`;
  const complaints = await sql`
    insert into complaints (id, district_id, township_id, village_id, station_id, channel, complainant_name, complainant_phone, content, about,
      other_unit, major, handler_id, status, reply, result, received_at, escalated_at, escalation_note, township_handler_id, township_reply,
      closed_at, created_by, updated_at, version)
    select md5('complaint:' || st.n || ':' || k || ':' || c.id)::uuid, st.district_id, st.township_id, st.village_id, st.id, c.channel,
      c.complainant_name, c.complainant_phone, c.content, c.about, c.other_unit, c.major, c.handler_id, c.status, c.reply, c.result,
      c.received_at - make_interval(years => k), c.escalated_at - make_interval(years => k), c.escalation_note, c.township_handler_id,
      c.township_reply, c.closed_at - make_interval(years => k), c.created_by, c.updated_at - make_interval(years => k), c.version
    from bench_st st
    join bench_demo_st d on d.n = st.n % (select count(*) from bench_demo_st)
    cross join generate_series(0, ${years - 1}::int) k
    join complaints c on c.station_id = d.id
    where not (st.demo and k = 0) and (k = 0 or c.status = 'closed')`;
  const attendance = await sql`
    insert into attendance (id, user_id, station_id, district_id, township_id, on_at, off_at)
    select md5('attendance:' || st.n || ':' || a.id)::uuid, a.user_id, st.id, st.district_id, st.township_id, a.on_at,
           coalesce(a.off_at, a.on_at + interval '8 hours')
    from bench_st st
    join bench_demo_st d on d.n = st.n % (select count(*) from bench_demo_st)
    join attendance a on a.station_id = d.id and a.on_at > now() - interval '90 days'
    where not st.demo`;
  return { complaints: complaints.count, attendance: attendance.count };
}
