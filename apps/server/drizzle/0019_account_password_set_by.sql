ALTER TABLE "account" ADD COLUMN "password_set_by" uuid;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "password_set_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "password_set_event_id" uuid;