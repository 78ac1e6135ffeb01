CREATE TABLE "pact_campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"election_id" text,
	"region_code" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"requires_document" boolean DEFAULT true NOT NULL,
	"requires_video" boolean DEFAULT false NOT NULL,
	"requires_signer" boolean DEFAULT true NOT NULL,
	"requires_signed_on" boolean DEFAULT true NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pact_submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"target_id" integer NOT NULL,
	"channel" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"signer_name" text,
	"signer_nip" text,
	"signer_position" text,
	"signed_on" date,
	"video_url" text,
	"document_file_id" integer,
	"note" text,
	"submitted_by" uuid,
	"ip" text,
	CONSTRAINT "pact_submissions_channel_check" CHECK ("pact_submissions"."channel" in ('link', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "pact_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"unit_id" integer,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"state" text DEFAULT 'belum' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reject_reason" text,
	"token_hash" text,
	"token_expires_at" timestamp with time zone,
	"token_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pact_targets_kind_check" CHECK ("pact_targets"."kind" in ('perangkat_daerah', 'kecamatan', 'kelurahan', 'desa', 'instansi_vertikal', 'lainnya')),
	CONSTRAINT "pact_targets_state_check" CHECK ("pact_targets"."state" in ('belum', 'terkirim', 'diverifikasi', 'ditolak'))
);
--> statement-breakpoint
CREATE TABLE "political_report_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"version_number" integer NOT NULL,
	"section_key" text,
	"body" text NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "political_report_schedules" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_id" integer NOT NULL,
	"level" text NOT NULL,
	"region_code" text,
	"period" text NOT NULL,
	"due_days" integer NOT NULL,
	"starts_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "political_report_schedules_level_check" CHECK ("political_report_schedules"."level" in ('kabkota', 'provinsi')),
	CONSTRAINT "political_report_schedules_period_check" CHECK ("political_report_schedules"."period" in ('bulanan', 'triwulanan', 'semesteran', 'tahunan'))
);
--> statement-breakpoint
CREATE TABLE "political_report_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"sections" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "political_report_templates_code_unique" UNIQUE("code"),
	CONSTRAINT "political_report_templates_kind_check" CHECK ("political_report_templates"."kind" in ('periodik', 'insidental'))
);
--> statement-breakpoint
CREATE TABLE "political_report_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"number" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "political_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_id" integer NOT NULL,
	"schedule_id" integer,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"due_at" timestamp with time zone,
	"occurred_at" timestamp with time zone,
	"state" text DEFAULT 'belum' NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "political_reports_schedule_period_unique" UNIQUE("schedule_id","region_code","period_start"),
	CONSTRAINT "political_reports_kind_check" CHECK ("political_reports"."kind" in ('periodik', 'insidental')),
	CONSTRAINT "political_reports_state_check" CHECK ("political_reports"."state" in ('belum', 'draf', 'terkirim', 'ditinjau', 'dikembalikan', 'diterima'))
);
--> statement-breakpoint
CREATE TABLE "neutrality_cases" (
	"incident_id" integer PRIMARY KEY NOT NULL,
	"unit_id" integer,
	"pact_target_id" integer,
	"office_name" text,
	"person_name" text,
	"person_nip" text,
	"person_position" text,
	"outcome" text DEFAULT 'dalam_proses' NOT NULL,
	"decided_by" text,
	"decided_on" date,
	"outcome_note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "neutrality_cases_outcome_check" CHECK ("neutrality_cases"."outcome" in ('dalam_proses', 'rekomendasi', 'sanksi_moral', 'hukuman_disiplin_ringan', 'hukuman_disiplin_sedang', 'hukuman_disiplin_berat', 'tidak_terbukti'))
);
--> statement-breakpoint
ALTER TABLE "pact_campaigns" ADD CONSTRAINT "pact_campaigns_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_campaigns" ADD CONSTRAINT "pact_campaigns_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_submissions" ADD CONSTRAINT "pact_submissions_target_id_pact_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."pact_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_submissions" ADD CONSTRAINT "pact_submissions_document_file_id_files_id_fk" FOREIGN KEY ("document_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_targets" ADD CONSTRAINT "pact_targets_campaign_id_pact_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."pact_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_targets" ADD CONSTRAINT "pact_targets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_targets" ADD CONSTRAINT "pact_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "political_report_comments" ADD CONSTRAINT "political_report_comments_report_id_political_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."political_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "political_report_schedules" ADD CONSTRAINT "political_report_schedules_template_id_political_report_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."political_report_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "political_report_schedules" ADD CONSTRAINT "political_report_schedules_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "political_report_versions" ADD CONSTRAINT "political_report_versions_report_id_political_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."political_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "political_reports" ADD CONSTRAINT "political_reports_template_id_political_report_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."political_report_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "political_reports" ADD CONSTRAINT "political_reports_schedule_id_political_report_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."political_report_schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "political_reports" ADD CONSTRAINT "political_reports_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neutrality_cases" ADD CONSTRAINT "neutrality_cases_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neutrality_cases" ADD CONSTRAINT "neutrality_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neutrality_cases" ADD CONSTRAINT "neutrality_cases_pact_target_id_pact_targets_id_fk" FOREIGN KEY ("pact_target_id") REFERENCES "public"."pact_targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pact_campaigns_region_idx" ON "pact_campaigns" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "pact_submissions_target_idx" ON "pact_submissions" USING btree ("target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pact_targets_campaign_name_unique" ON "pact_targets" USING btree ("campaign_id","region_code",lower(btrim("name")));--> statement-breakpoint
CREATE UNIQUE INDEX "pact_targets_token_unique" ON "pact_targets" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "pact_targets_campaign_idx" ON "pact_targets" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "political_report_comments_report_idx" ON "political_report_comments" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "political_report_versions_number_unique" ON "political_report_versions" USING btree ("report_id","number");--> statement-breakpoint
CREATE INDEX "political_reports_region_idx" ON "political_reports" USING btree ("region_code");