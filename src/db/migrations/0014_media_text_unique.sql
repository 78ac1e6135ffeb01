DROP INDEX "media_articles_text_hash_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "media_articles_text_hash_unique" ON "media_articles" USING btree ("text_hash");