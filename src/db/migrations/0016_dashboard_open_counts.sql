CREATE TABLE "incident_open_counts" (
	"region_key" text NOT NULL,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "incident_open_counts_region_key_category_severity_pk" PRIMARY KEY("region_key","category","severity")
);
--> statement-breakpoint
-- The closed statuses are CLOSED_STATUSES of src/domain/incidents/workflow.ts; each statement's changes are summed per key and applied in key order, so two writers lock counters in the same order.
CREATE FUNCTION "incident_open_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM incident_open_counts;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO incident_open_counts AS c (region_key, category, severity, count)
      SELECT left(region_code, 5), category, severity, count(*) FROM new_rows
      WHERE status NOT IN ('ditolak', 'duplikat', 'selesai') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (region_key, category, severity) DO UPDATE SET count = c.count + excluded.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO incident_open_counts AS c (region_key, category, severity, count)
      SELECT left(region_code, 5), category, severity, -count(*) FROM old_rows
      WHERE status NOT IN ('ditolak', 'duplikat', 'selesai') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (region_key, category, severity) DO UPDATE SET count = c.count + excluded.count;
  ELSE
    INSERT INTO incident_open_counts AS c (region_key, category, severity, count)
      SELECT region_key, category, severity, sum(delta) FROM (
        SELECT left(region_code, 5) AS region_key, category, severity, 1 AS delta FROM new_rows WHERE status NOT IN ('ditolak', 'duplikat', 'selesai')
        UNION ALL
        SELECT left(region_code, 5), category, severity, -1 FROM old_rows WHERE status NOT IN ('ditolak', 'duplikat', 'selesai')
      ) AS changes
      GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT (region_key, category, severity) DO UPDATE SET count = c.count + excluded.count;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "incident_open_counts_insert" AFTER INSERT ON "incidents" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_open_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "incident_open_counts_update" AFTER UPDATE ON "incidents" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_open_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "incident_open_counts_delete" AFTER DELETE ON "incidents" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "incident_open_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "incident_open_counts_truncate" AFTER TRUNCATE ON "incidents" FOR EACH STATEMENT EXECUTE FUNCTION "incident_open_counts_apply"();
--> statement-breakpoint
INSERT INTO "incident_open_counts" ("region_key", "category", "severity", "count")
  SELECT left("region_code", 5), "category", "severity", count(*) FROM "incidents"
  WHERE "status" NOT IN ('ditolak', 'duplikat', 'selesai') GROUP BY 1, 2, 3;
