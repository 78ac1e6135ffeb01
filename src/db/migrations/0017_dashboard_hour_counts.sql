CREATE TABLE "incident_hour_counts" (
	"region_key" text NOT NULL,
	"hour" timestamp NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "incident_hour_counts_region_key_hour_pk" PRIMARY KEY("region_key","hour")
);
--> statement-breakpoint
-- Each report under three keys: the country (''), its province, its kabupaten/kota (when below a province); hours in UTC.
CREATE FUNCTION "incident_hour_keys"(region_code text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN length(region_code) >= 5 THEN ARRAY['', left(region_code, 2), left(region_code, 5)] ELSE ARRAY['', left(region_code, 2)] END
$$;
--> statement-breakpoint
-- Each statement's changes are summed per key and applied in key order, so two writers lock counters in the same order (as migration 0016).
CREATE FUNCTION "incident_hour_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM incident_hour_counts;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO incident_hour_counts AS c (region_key, hour, count)
      SELECT k.region_key, date_trunc('hour', n.occurred_at AT TIME ZONE 'UTC'), count(*)
      FROM new_rows n CROSS JOIN LATERAL unnest(incident_hour_keys(n.region_code)) AS k(region_key)
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (region_key, hour) DO UPDATE SET count = c.count + excluded.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO incident_hour_counts AS c (region_key, hour, count)
      SELECT k.region_key, date_trunc('hour', o.occurred_at AT TIME ZONE 'UTC'), -count(*)
      FROM old_rows o CROSS JOIN LATERAL unnest(incident_hour_keys(o.region_code)) AS k(region_key)
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (region_key, hour) DO UPDATE SET count = c.count + excluded.count;
  ELSE
    -- Most updates move a report's status only: their +1 and -1 cancel and nothing is written.
    INSERT INTO incident_hour_counts AS c (region_key, hour, count)
      SELECT region_key, hour, sum(delta) FROM (
        SELECT k.region_key, date_trunc('hour', n.occurred_at AT TIME ZONE 'UTC') AS hour, 1 AS delta
        FROM new_rows n CROSS JOIN LATERAL unnest(incident_hour_keys(n.region_code)) AS k(region_key)
        UNION ALL
        SELECT k.region_key, date_trunc('hour', o.occurred_at AT TIME ZONE 'UTC'), -1
        FROM old_rows o CROSS JOIN LATERAL unnest(incident_hour_keys(o.region_code)) AS k(region_key)
      ) AS changes
      GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
      ON CONFLICT (region_key, hour) DO UPDATE SET count = c.count + excluded.count;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "incident_hour_counts_insert" AFTER INSERT ON "incidents" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_hour_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "incident_hour_counts_update" AFTER UPDATE ON "incidents" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_hour_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "incident_hour_counts_delete" AFTER DELETE ON "incidents" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_hour_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "incident_hour_counts_truncate" AFTER TRUNCATE ON "incidents" FOR EACH STATEMENT EXECUTE FUNCTION "incident_hour_counts_apply"();
--> statement-breakpoint
INSERT INTO "incident_hour_counts" ("region_key", "hour", "count")
  SELECT k.region_key, date_trunc('hour', i.occurred_at AT TIME ZONE 'UTC'), count(*)
  FROM "incidents" i CROSS JOIN LATERAL unnest(incident_hour_keys(i.region_code)) AS k(region_key)
  GROUP BY 1, 2;
