CREATE TABLE "files" (
	"id" serial PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"region_code" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_item_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_item_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"file_id" integer
);
--> statement-breakpoint
CREATE TABLE "action_item_meetings" (
	"action_item_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"carried_at" timestamp with time zone NOT NULL,
	CONSTRAINT "action_item_meetings_action_item_id_meeting_id_pk" PRIMARY KEY("action_item_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "action_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"finding_id" integer,
	"strategy_id" integer,
	"title" text NOT NULL,
	"owner_unit_id" integer NOT NULL,
	"owner_person_id" integer,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_items_status_check" CHECK ("action_items"."status" in ('open', 'in_progress', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "declaration_signatories" (
	"id" serial PRIMARY KEY NOT NULL,
	"declaration_id" integer NOT NULL,
	"unit_id" integer,
	"person_id" integer,
	"name" text NOT NULL,
	"position" text,
	"signed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "declarations" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_contests" (
	"meeting_id" integer NOT NULL,
	"contest_id" integer NOT NULL,
	CONSTRAINT "meeting_contests_meeting_id_contest_id_pk" PRIMARY KEY("meeting_id","contest_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_findings" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"problem" text NOT NULL,
	"domain" text NOT NULL,
	"region_code" text,
	"severity" text DEFAULT 'sedang' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meeting_findings_domain_check" CHECK ("meeting_findings"."domain" in ('logistik', 'keamanan', 'anggaran', 'data_pemilih', 'netralitas_asn', 'siber', 'bencana', 'hoaks', 'politik_uang', 'konflik', 'sdm_adhoc', 'lainnya')),
	CONSTRAINT "meeting_findings_severity_check" CHECK ("meeting_findings"."severity" in ('rendah', 'sedang', 'tinggi', 'kritis'))
);
--> statement-breakpoint
CREATE TABLE "meeting_invitations" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"unit_id" integer,
	"person_id" integer,
	"rsvp" text DEFAULT 'pending' NOT NULL,
	"attended_at" timestamp with time zone,
	"representative" text,
	CONSTRAINT "meeting_invitations_rsvp_check" CHECK ("meeting_invitations"."rsvp" in ('pending', 'accepted', 'declined', 'tentative')),
	CONSTRAINT "meeting_invitations_who_check" CHECK ("meeting_invitations"."unit_id" is not null or "meeting_invitations"."person_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "meeting_regions" (
	"meeting_id" integer NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "meeting_regions_meeting_id_region_code_pk" PRIMARY KEY("meeting_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "meeting_speakers" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"position" integer NOT NULL,
	"person_id" integer,
	"unit_id" integer,
	"name" text NOT NULL,
	"title" text,
	"points" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_strategies" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"organiser_unit_id" integer NOT NULL,
	"level" text NOT NULL,
	"election_id" text,
	"stage_code" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"time_zone" text NOT NULL,
	"venue" text,
	"mode" text DEFAULT 'luring' NOT NULL,
	"legal_basis" text[] DEFAULT '{}'::text[] NOT NULL,
	"agenda" text,
	"summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_kind_check" CHECK ("meetings"."kind" in ('rakor', 'rakornis', 'monev', 'apel_deklarasi', 'sosialisasi', 'bimtek', 'other')),
	CONSTRAINT "meetings_level_check" CHECK ("meetings"."level" in ('pusat', 'provinsi', 'kabupaten_kota', 'kecamatan')),
	CONSTRAINT "meetings_mode_check" CHECK ("meetings"."mode" in ('luring', 'daring', 'hybrid')),
	CONSTRAINT "meetings_time_zone_check" CHECK ("meetings"."time_zone" in ('WIB', 'WITA', 'WIT')),
	CONSTRAINT "meetings_ends_check" CHECK ("meetings"."ends_at" is null or "meetings"."ends_at" >= "meetings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "strategy_findings" (
	"strategy_id" integer NOT NULL,
	"finding_id" integer NOT NULL,
	CONSTRAINT "strategy_findings_strategy_id_finding_id_pk" PRIMARY KEY("strategy_id","finding_id")
);
--> statement-breakpoint
CREATE TABLE "unit_letterheads" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"lines" text[] DEFAULT '{}'::text[] NOT NULL,
	"address" text,
	"logo_file_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_item_events" ADD CONSTRAINT "action_item_events_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_events" ADD CONSTRAINT "action_item_events_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_meetings" ADD CONSTRAINT "action_item_meetings_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_item_meetings" ADD CONSTRAINT "action_item_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_finding_id_meeting_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."meeting_findings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_strategy_id_meeting_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."meeting_strategies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_signatories" ADD CONSTRAINT "declaration_signatories_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_signatories" ADD CONSTRAINT "declaration_signatories_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_signatories" ADD CONSTRAINT "declaration_signatories_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_contests" ADD CONSTRAINT "meeting_contests_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_contests" ADD CONSTRAINT "meeting_contests_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_findings" ADD CONSTRAINT "meeting_findings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_findings" ADD CONSTRAINT "meeting_findings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_regions" ADD CONSTRAINT "meeting_regions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_regions" ADD CONSTRAINT "meeting_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_speakers" ADD CONSTRAINT "meeting_speakers_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_speakers" ADD CONSTRAINT "meeting_speakers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_speakers" ADD CONSTRAINT "meeting_speakers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_strategies" ADD CONSTRAINT "meeting_strategies_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organiser_unit_id_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_findings" ADD CONSTRAINT "strategy_findings_strategy_id_meeting_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."meeting_strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_findings" ADD CONSTRAINT "strategy_findings_finding_id_meeting_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."meeting_findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_letterheads" ADD CONSTRAINT "unit_letterheads_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_letterheads" ADD CONSTRAINT "unit_letterheads_logo_file_id_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_sha256_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "action_item_events_item_idx" ON "action_item_events" USING btree ("action_item_id");--> statement-breakpoint
CREATE INDEX "action_item_meetings_meeting_idx" ON "action_item_meetings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "action_items_owner_idx" ON "action_items" USING btree ("owner_unit_id","status");--> statement-breakpoint
CREATE INDEX "action_items_search_idx" ON "action_items" USING gin (to_tsvector('indonesian', "title"));--> statement-breakpoint
CREATE INDEX "declaration_signatories_declaration_idx" ON "declaration_signatories" USING btree ("declaration_id");--> statement-breakpoint
CREATE INDEX "declarations_meeting_idx" ON "declarations" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_meeting_idx" ON "meeting_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_findings_meeting_idx" ON "meeting_findings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_findings_search_idx" ON "meeting_findings" USING gin (to_tsvector('indonesian', "problem"));--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitations_unique" ON "meeting_invitations" USING btree ("meeting_id",coalesce("unit_id", 0),coalesce("person_id", 0));--> statement-breakpoint
CREATE INDEX "meeting_invitations_unit_idx" ON "meeting_invitations" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "meeting_regions_region_idx" ON "meeting_regions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "meeting_speakers_meeting_idx" ON "meeting_speakers" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_strategies_meeting_idx" ON "meeting_strategies" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_strategies_search_idx" ON "meeting_strategies" USING gin (to_tsvector('indonesian', "text"));--> statement-breakpoint
CREATE INDEX "meetings_starts_idx" ON "meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "meetings_organiser_idx" ON "meetings" USING btree ("organiser_unit_id");--> statement-breakpoint
CREATE INDEX "meetings_search_idx" ON "meetings" USING gin (to_tsvector('indonesian', "title" || ' ' || coalesce("agenda", '') || ' ' || coalesce("summary", '')));