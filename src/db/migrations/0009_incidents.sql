CREATE TABLE "incident_idempotency" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"incident_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_idempotency_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "incident_transitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"incident_id" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"reason" text NOT NULL,
	"unit_id" integer,
	"duplicate_of" integer,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_transitions_action_check" CHECK ("incident_transitions"."action" in ('verifikasi', 'tolak', 'tandai_duplikat', 'teruskan', 'tindak_lanjuti', 'selesaikan')),
	CONSTRAINT "incident_transitions_from_check" CHECK ("incident_transitions"."from_status" in ('baru', 'terverifikasi', 'ditolak', 'duplikat', 'diteruskan', 'ditindaklanjuti', 'selesai')),
	CONSTRAINT "incident_transitions_to_check" CHECK ("incident_transitions"."to_status" in ('baru', 'terverifikasi', 'ditolak', 'duplikat', 'diteruskan', 'ditindaklanjuti', 'selesai'))
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"category" text NOT NULL,
	"regime" text NOT NULL,
	"description" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"known_at" timestamp with time zone NOT NULL,
	"region_code" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"tps" text,
	"severity" text NOT NULL,
	"channel" text NOT NULL,
	"reporter_name" text,
	"reporter_contact" text,
	"reporter_anonymous" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'baru' NOT NULL,
	"duplicate_of" integer,
	"referred_unit_id" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "incidents_regime_check" CHECK ("incidents"."regime" in ('pemilu', 'pilkada')),
	CONSTRAINT "incidents_severity_check" CHECK ("incidents"."severity" in ('rendah', 'sedang', 'tinggi', 'kritis')),
	CONSTRAINT "incidents_channel_check" CHECK ("incidents"."channel" in ('web', 'api', 'sms', 'whatsapp', 'import', 'media')),
	CONSTRAINT "incidents_status_check" CHECK ("incidents"."status" in ('baru', 'terverifikasi', 'ditolak', 'duplikat', 'diteruskan', 'ditindaklanjuti', 'selesai')),
	CONSTRAINT "incidents_known_check" CHECK ("incidents"."known_at" >= "incidents"."occurred_at"),
	CONSTRAINT "incidents_position_check" CHECK (("incidents"."latitude" is null) = ("incidents"."longitude" is null)),
	CONSTRAINT "incidents_latitude_check" CHECK ("incidents"."latitude" between -90 and 90),
	CONSTRAINT "incidents_longitude_check" CHECK ("incidents"."longitude" between -180 and 180),
	CONSTRAINT "incidents_duplicate_check" CHECK (("incidents"."status" = 'duplikat') = ("incidents"."duplicate_of" is not null) and "incidents"."duplicate_of" is distinct from "incidents"."id"),
	CONSTRAINT "incidents_referral_check" CHECK ("incidents"."status" not in ('diteruskan', 'ditindaklanjuti', 'selesai') or "incidents"."referred_unit_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "incident_idempotency" ADD CONSTRAINT "incident_idempotency_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_transitions" ADD CONSTRAINT "incident_transitions_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_transitions" ADD CONSTRAINT "incident_transitions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_transitions" ADD CONSTRAINT "incident_transitions_duplicate_of_incidents_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_duplicate_of_incidents_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_referred_unit_id_units_id_fk" FOREIGN KEY ("referred_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_idempotency_created_idx" ON "incident_idempotency" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "incident_transitions_incident_idx" ON "incident_transitions" USING btree ("incident_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_reference_unique" ON "incidents" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "incidents_region_prefix_idx" ON "incidents" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "incidents_occurred_idx" ON "incidents" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_status_occurred_idx" ON "incidents" USING btree ("status","occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_category_occurred_idx" ON "incidents" USING btree ("category","occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_referred_unit_idx" ON "incidents" USING btree ("referred_unit_id");--> statement-breakpoint
CREATE INDEX "incidents_created_by_idx" ON "incidents" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "incidents_duplicate_of_idx" ON "incidents" USING btree ("duplicate_of");--> statement-breakpoint
CREATE INDEX "incidents_search_idx" ON "incidents" USING gin (to_tsvector('indonesian', "description"));