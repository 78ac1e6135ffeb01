CREATE TABLE "incident_import_rows" (
	"import_id" integer NOT NULL,
	"row" integer NOT NULL,
	"key" text NOT NULL,
	"hash" text NOT NULL,
	"fields" jsonb NOT NULL,
	"pending" boolean DEFAULT true NOT NULL,
	CONSTRAINT "incident_import_rows_import_id_row_pk" PRIMARY KEY("import_id","row")
);
--> statement-breakpoint
ALTER TABLE "incident_imports" ADD COLUMN "progress_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incident_import_rows" ADD CONSTRAINT "incident_import_rows_import_id_incident_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."incident_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incident_import_rows_key" ON "incident_import_rows" USING btree ("import_id","key");