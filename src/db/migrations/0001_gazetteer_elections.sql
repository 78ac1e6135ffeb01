CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"level" smallint NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"province_code" text NOT NULL,
	"regency_code" text,
	"district_code" text,
	"time_zone" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "regions_level_check" CHECK ("regions"."level" between 1 and 4),
	CONSTRAINT "regions_time_zone_check" CHECK ("regions"."time_zone" in ('WIB', 'WITA', 'WIT'))
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" serial PRIMARY KEY NOT NULL,
	"election_id" text NOT NULL,
	"region_code" text NOT NULL,
	"office" text NOT NULL,
	CONSTRAINT "contests_region_office_unique" UNIQUE("election_id","region_code","office")
);
--> statement-breakpoint
CREATE TABLE "election_stages" (
	"id" serial PRIMARY KEY NOT NULL,
	"election_id" text NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"legal_basis" text NOT NULL,
	"is_voting_day" boolean DEFAULT false NOT NULL,
	CONSTRAINT "election_stages_code_unique" UNIQUE("election_id","code"),
	CONSTRAINT "election_stages_dates_check" CHECK ("election_stages"."starts_on" <= "election_stages"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" text PRIMARY KEY NOT NULL,
	"regime" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"voting_date" date NOT NULL,
	"legal_basis" text NOT NULL,
	CONSTRAINT "elections_regime_check" CHECK ("elections"."regime" in ('PEMILU', 'PEMILIHAN'))
);
--> statement-breakpoint
CREATE TABLE "reference_loads" (
	"dataset" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"row_count" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_stages" ADD CONSTRAINT "election_stages_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_province_level_idx" ON "regions" USING btree ("province_code","level");--> statement-breakpoint
CREATE INDEX "regions_regency_level_idx" ON "regions" USING btree ("regency_code","level");--> statement-breakpoint
CREATE INDEX "regions_district_idx" ON "regions" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "regions_search_trgm_idx" ON "regions" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contests_region_idx" ON "contests" USING btree ("region_code");