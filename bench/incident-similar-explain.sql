-- EXPLAIN of the near-duplicate search (src/modules/incident-duplicates/repo.ts) on PostgreSQL, on a scratch
-- database of 20,000 synthetic reports with the indexes of migrations 0009/0011 that matter to it.
-- Run: psql postgres://postgres@127.0.0.1:5432/postgres -f bench/incident-similar-explain.sql
-- Not part of npm run bench: it shows plans, it does not time them.
drop database if exists dup_explain_scratch;
create database dup_explain_scratch;
\c dup_explain_scratch
create extension pg_trgm;
create table incidents (id serial primary key, category text not null, description text not null, occurred_at timestamptz not null, region_code text not null, status text not null default 'baru', created_by uuid, referred_unit_id int);
create index incidents_region_prefix_idx on incidents (region_code text_pattern_ops);
create index incidents_occurred_idx on incidents (occurred_at);
create index incidents_category_occurred_idx on incidents (category, occurred_at);
create index incidents_description_trgm_idx on incidents using gin (description gin_trgm_ops);
-- 20,000 reports over 60 days across 40 kecamatan, 8 categories, texts from a vocabulary
insert into incidents (category, description, occurred_at, region_code)
select (array['politik_uang','intimidasi','hoaks','logistik','kekerasan','siber','bencana','netralitas_asn'])[1 + g % 8],
  (select string_agg(substr(md5((g * 31 + k)::text), 1, 3 + k % 5), ' ') from generate_series(1, 12 + g % 10) k) || case when g % 500 = 0 then ' tim sukses calon bupati bagi amplop uang warga banjar malam' else '' end,
  timestamptz '2024-10-01' + (g % 1440) * interval '1 hour',
  '51.' || lpad((1 + g % 9)::text, 2, '0') || '.' || lpad((1 + g % 5)::text, 2, '0') || '.' || (2001 + g % 12)::text
from generate_series(1, 20000) g;
analyze incidents;
begin;
-- Without the next line the wide search below takes a sequential scan (about 1 s on 20,000 rows, 2 cores);
-- with it, a bitmap scan of the trigram index (about 7 ms). The narrow search uses the btree indexes either way.
set local enable_seqscan = off;
select set_config('pg_trgm.similarity_threshold', '0.3', true);
explain analyze
select i.id, similarity(i.description, 'tim sukses calon bupati bagi amplop uang warga banjar malam') as s
from incidents i
where i.description % 'tim sukses calon bupati bagi amplop uang warga banjar malam'
  and i.id <> 1 and i.status <> 'duplikat'
  and i.occurred_at between '2024-11-01' and '2024-11-05'
  and (i.region_code = '51.06.01' or starts_with(i.region_code, '51.06.01.'))
  and i.category = 'politik_uang'
order by s desc, i.id limit 100;
explain analyze
select i.id, similarity(i.description, 'tim sukses calon bupati bagi amplop uang warga banjar malam') as s
from incidents i
where i.description % 'tim sukses calon bupati bagi amplop uang warga banjar malam'
  and i.id <> 1 and i.status <> 'duplikat'
  and i.occurred_at between '2024-10-01' and '2024-12-01'
  and starts_with(i.region_code, '51.')
order by s desc, i.id limit 100;
commit;
\c postgres
drop database dup_explain_scratch;
