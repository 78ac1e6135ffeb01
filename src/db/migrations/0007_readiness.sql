CREATE TABLE "readiness_assessment_items" (
	"assessment_id" integer NOT NULL,
	"item_code" text NOT NULL,
	"status" text DEFAULT 'belum' NOT NULL,
	"note" text,
	"evidence" text,
	"responsible_unit_id" integer,
	"action_item_id" integer,
	CONSTRAINT "readiness_assessment_items_assessment_id_item_code_pk" PRIMARY KEY("assessment_id","item_code"),
	CONSTRAINT "readiness_assessment_items_status_check" CHECK ("readiness_assessment_items"."status" in ('siap', 'sebagian', 'belum', 'tidak_berlaku'))
);
--> statement-breakpoint
CREATE TABLE "readiness_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"assessed_on" date NOT NULL,
	"responsible_unit_id" integer,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readiness_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"domain" text NOT NULL,
	"stage_code" text,
	"title_id" text NOT NULL,
	"title_en" text NOT NULL,
	"items" jsonb NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "readiness_templates_domain_check" CHECK ("readiness_templates"."domain" in ('anggaran', 'logistik', 'keamanan', 'data_pemilih', 'badan_adhoc', 'siber', 'netralitas_asn', 'bencana')),
	CONSTRAINT "readiness_templates_status_check" CHECK ("readiness_templates"."status" in ('published'))
);
--> statement-breakpoint
ALTER TABLE "readiness_assessment_items" ADD CONSTRAINT "readiness_assessment_items_assessment_id_readiness_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."readiness_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessment_items" ADD CONSTRAINT "readiness_assessment_items_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessment_items" ADD CONSTRAINT "readiness_assessment_items_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_template_id_readiness_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."readiness_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "readiness_assessment_items_action_idx" ON "readiness_assessment_items" USING btree ("action_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "readiness_assessments_template_region_day" ON "readiness_assessments" USING btree ("template_id","region_code","assessed_on");--> statement-breakpoint
CREATE INDEX "readiness_assessments_region_idx" ON "readiness_assessments" USING btree ("region_code","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "readiness_templates_code_version" ON "readiness_templates" USING btree ("code","version");