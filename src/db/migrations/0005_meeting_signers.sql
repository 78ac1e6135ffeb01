ALTER TABLE "meetings" ADD COLUMN "chair_name" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "chair_position" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minute_taker_name" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minute_taker_position" text;