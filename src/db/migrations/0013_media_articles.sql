CREATE TABLE "media_article_corrections" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"field" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_article_regions" (
	"article_id" integer NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "media_article_regions_article_id_region_code_pk" PRIMARY KEY("article_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "media_article_threats" (
	"article_id" integer NOT NULL,
	"threat" text NOT NULL,
	CONSTRAINT "media_article_threats_article_id_threat_pk" PRIMARY KEY("article_id","threat"),
	CONSTRAINT "media_article_threats_threat_check" CHECK ("media_article_threats"."threat" in ('politik_uang', 'hoaks', 'politik_identitas', 'netralitas_asn', 'kekerasan', 'siber', 'bencana', 'logistik', 'konflik', 'intimidasi', 'golput'))
);
--> statement-breakpoint
CREATE TABLE "media_articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"url" text,
	"source" text,
	"title" text,
	"body" text NOT NULL,
	"published_at" timestamp with time zone,
	"origin" text NOT NULL,
	"feed_id" integer,
	"text_hash" text NOT NULL,
	"simhash" bigint NOT NULL,
	"duplicate_of" integer,
	"extraction" jsonb NOT NULL,
	"extractor_version" text NOT NULL,
	"fields" jsonb NOT NULL,
	"event_type" text NOT NULL,
	"event_date" date,
	"state" text DEFAULT 'baru' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"meeting_id" integer,
	"incident_id" integer,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "media_articles_origin_check" CHECK ("media_articles"."origin" in ('paste', 'upload', 'feed', 'api')),
	CONSTRAINT "media_articles_state_check" CHECK ("media_articles"."state" in ('baru', 'ditinjau', 'diabaikan')),
	CONSTRAINT "media_articles_event_type_check" CHECK ("media_articles"."event_type" in ('rakor', 'deklarasi', 'sosialisasi', 'insiden', 'pemetaan_kerawanan', 'kesiapan_logistik', 'pengamanan', 'putusan', 'other')),
	CONSTRAINT "media_articles_feed_check" CHECK (("media_articles"."origin" = 'feed') = ("media_articles"."feed_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "media_feeds" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"source" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"poll_minutes" integer DEFAULT 30 NOT NULL,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"leased_until" timestamp with time zone,
	"last_polled_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"last_new_articles" integer,
	"etag" text,
	"last_modified" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "media_feeds_poll_check" CHECK ("media_feeds"."poll_minutes" between 5 and 1440)
);
--> statement-breakpoint
ALTER TABLE "media_article_corrections" ADD CONSTRAINT "media_article_corrections_article_id_media_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."media_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_article_regions" ADD CONSTRAINT "media_article_regions_article_id_media_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."media_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_article_regions" ADD CONSTRAINT "media_article_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_article_threats" ADD CONSTRAINT "media_article_threats_article_id_media_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."media_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_articles" ADD CONSTRAINT "media_articles_feed_id_media_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."media_feeds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_articles" ADD CONSTRAINT "media_articles_duplicate_of_media_articles_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."media_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_articles" ADD CONSTRAINT "media_articles_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_articles" ADD CONSTRAINT "media_articles_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_article_corrections_article_idx" ON "media_article_corrections" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "media_article_regions_region_idx" ON "media_article_regions" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "media_articles_url_unique" ON "media_articles" USING btree ("url");--> statement-breakpoint
CREATE INDEX "media_articles_text_hash_idx" ON "media_articles" USING btree ("text_hash");--> statement-breakpoint
CREATE INDEX "media_articles_created_idx" ON "media_articles" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "media_articles_event_date_idx" ON "media_articles" USING btree ("event_date");--> statement-breakpoint
CREATE UNIQUE INDEX "media_feeds_url_unique" ON "media_feeds" USING btree ("url");