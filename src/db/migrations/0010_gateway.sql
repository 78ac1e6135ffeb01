CREATE TABLE "gateway_messages" (
	"channel" text NOT NULL,
	"message_id" text NOT NULL,
	"request_hash" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"incident_id" integer,
	"triage_id" integer,
	"answer" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "gateway_messages_channel_message_id_pk" PRIMARY KEY("channel","message_id"),
	CONSTRAINT "gateway_messages_channel_check" CHECK ("gateway_messages"."channel" in ('sms', 'whatsapp')),
	CONSTRAINT "gateway_messages_outcome_check" CHECK ("gateway_messages"."incident_id" is null or "gateway_messages"."triage_id" is null)
);
--> statement-breakpoint
CREATE TABLE "incident_triage" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"channel" text NOT NULL,
	"raw_text" text NOT NULL,
	"sender" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"scope_region_code" text,
	"region_code" text,
	"category" text,
	"regime" text,
	"tps" text,
	"description" text NOT NULL,
	"problems" jsonb NOT NULL,
	"status" text DEFAULT 'baru' NOT NULL,
	"incident_id" integer,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_triage_channel_check" CHECK ("incident_triage"."channel" in ('sms', 'whatsapp')),
	CONSTRAINT "incident_triage_status_check" CHECK ("incident_triage"."status" in ('baru', 'dijadikan_insiden', 'diabaikan')),
	CONSTRAINT "incident_triage_regime_check" CHECK ("incident_triage"."regime" is null or "incident_triage"."regime" in ('pemilu', 'pilkada')),
	CONSTRAINT "incident_triage_incident_check" CHECK ("incident_triage"."status" <> 'baru' or "incident_triage"."incident_id" is null),
	CONSTRAINT "incident_triage_set_aside_check" CHECK ("incident_triage"."status" <> 'diabaikan' or "incident_triage"."incident_id" is null)
);
--> statement-breakpoint
ALTER TABLE "gateway_messages" ADD CONSTRAINT "gateway_messages_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gateway_messages" ADD CONSTRAINT "gateway_messages_triage_id_incident_triage_id_fk" FOREIGN KEY ("triage_id") REFERENCES "public"."incident_triage"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_triage" ADD CONSTRAINT "incident_triage_scope_region_code_regions_code_fk" FOREIGN KEY ("scope_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_triage" ADD CONSTRAINT "incident_triage_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_triage" ADD CONSTRAINT "incident_triage_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gateway_messages_incident_idx" ON "gateway_messages" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "gateway_messages_triage_idx" ON "gateway_messages" USING btree ("triage_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_triage_reference_unique" ON "incident_triage" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "incident_triage_status_received_idx" ON "incident_triage" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "incident_triage_region_prefix_idx" ON "incident_triage" USING btree (coalesce("region_code", "scope_region_code") text_pattern_ops);