CREATE TABLE "region_outlines" (
	"region_code" text PRIMARY KEY NOT NULL,
	"geometry" jsonb NOT NULL,
	"source_file" text,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "region_outlines" ADD CONSTRAINT "region_outlines_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;