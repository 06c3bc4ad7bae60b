import type postgres from "postgres";

/**
 * A province-like network around the seeded district: every district has `townships` townships of `villages`
 * villages, each with an operating station. The seeded district (二七区) is topped up to that shape (its real
 * townships, villages and stations stay); the other districts are synthetic (codes 5xxxxx, names 样本区…). Ids are
 * md5-derived, so the same shape always has the same ids.
 */
export interface Shape {
  districts: number;
  townships: number;
  villages: number;
}

/** Stations the shape has in all (the seeded district's stations included). */
export async function createShape(sql: postgres.Sql, shape: Shape): Promise<number> {
  const [seeded] = await sql<{ id: string; code: string }[]>`select id, code from districts order by code limit 1`;
  if (!seeded) throw new Error("数据库中没有区：请先写入种子数据");
  // synthetic districts
  await sql`
    insert into districts (id, code, name)
    select md5('district:' || k)::uuid, (500000 + k)::text, '样本区' || lpad(k::text, 3, '0')
    from generate_series(1, ${shape.districts - 1}::int) k`;
  // townships: the synthetic districts' all, the seeded district's missing ones (codes 5xx)
  await sql`
    insert into townships (id, district_id, code, name, kind)
    select md5('township:' || d.code || ':' || t)::uuid, d.id,
           d.code || case when d.id = ${seeded.id}::uuid then lpad((500 + t)::text, 3, '0') else lpad(t::text, 3, '0') end,
           d.name || '样本镇' || lpad(t::text, 2, '0'), 'town'
    from districts d, generate_series(1, ${shape.townships}::int) t
    where d.id <> ${seeded.id}::uuid or t <= ${shape.townships}::int - (select count(*) from townships where district_id = ${seeded.id}::uuid)`;
  // villages: each township topped up to the shape (new codes 6xx, or 001… in synthetic townships), each with a station
  await sql`
    with v as (
      insert into villages (id, district_id, township_id, code, name, kind)
      select md5('village:' || t.code || ':' || v)::uuid, t.district_id, t.id,
             t.code || lpad((case when t.district_id = ${seeded.id}::uuid then 600 else 0 end + v)::text, 3, '0'),
             t.name || '样本村' || lpad(v::text, 2, '0'), 'village'
      from townships t, generate_series(1, ${shape.villages}::int) v
      where v <= ${shape.villages}::int - (select count(*) from villages x where x.township_id = t.id)
      returning id, district_id, township_id, code, name)
    insert into stations (id, district_id, township_id, village_id, address, phone, office_hours, status, operating_since)
    select md5('station:' || v.code)::uuid, v.district_id, v.township_id, v.id, v.name || '村委会院内', '0371-00000000',
           '周一至周五 8:30-12:00 14:30-17:30', 'operating', '2021-01-01'
    from v`;
  await addCentres(sql);
  const [{ n }] = (await sql`select count(*)::int as n from stations`) as unknown as [{ n: number }];
  return n;
}

/** A 便民服务中心 for every township and the two district centres for every district that lacks them (receipts and the public lookup name them). */
export async function addCentres(sql: postgres.Sql): Promise<void> {
  await sql`
    insert into township_centers (id, district_id, township_id, name, address, phone, complaint_phone, office_hours)
    select md5('center:' || t.code)::uuid, t.district_id, t.id, t.name || '便民服务中心', t.name || '政府院内', '0371-00000000', '0371-00000001',
           '周一至周五 8:30-12:00 14:30-17:30'
    from townships t
    where not exists (select 1 from township_centers c where c.township_id = t.id)`;
  await sql`
    insert into district_centers (id, district_id, kind, name, address, phone, complaint_phone)
    select md5('district-center:' || d.code || ':' || k.kind)::uuid, d.id, k.kind, d.name || k.label, d.name || '政务服务大厅', '0371-00000000', '0371-00000002'
    from districts d
    cross join (values ('approval', '行政审批中心'), ('efficiency', '行政效能中心')) k(kind, label)
    where not exists (select 1 from district_centers c where c.district_id = d.id and c.kind = k.kind)`;
}
