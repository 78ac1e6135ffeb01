CREATE TABLE "situation_report_schedules" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" text,
	"local_hour" integer DEFAULT 6 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"next_run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"leased_until" timestamp with time zone,
	"last_run_at" timestamp with time zone,
	"last_error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "situation_report_schedules_hour_check" CHECK ("situation_report_schedules"."local_hour" between 0 and 23)
);
--> statement-breakpoint
CREATE TABLE "situation_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" text,
	"report_date" date NOT NULL,
	"time_zone" text NOT NULL,
	"trigger" text NOT NULL,
	"generated_by" uuid,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"pdf" "bytea" NOT NULL,
	"xlsx" "bytea" NOT NULL,
	"pdf_size" integer NOT NULL,
	"xlsx_size" integer NOT NULL,
	CONSTRAINT "situation_reports_trigger_check" CHECK ("situation_reports"."trigger" in ('manual', 'schedule', 'cli'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "situation_report_schedules_region_unique" ON "situation_report_schedules" USING btree (coalesce("region_code", ''));--> statement-breakpoint
CREATE INDEX "situation_reports_region_date_idx" ON "situation_reports" USING btree ("region_code","report_date");