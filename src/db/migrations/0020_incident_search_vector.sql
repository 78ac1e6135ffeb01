DROP INDEX "incidents_search_idx";--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('indonesian', description)) STORED;--> statement-breakpoint
CREATE INDEX "incidents_search_vector_idx" ON "incidents" USING gin ("search_vector");