ALTER TABLE "audit_event" ADD COLUMN "detail_code" varchar(64);--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "detail_params" jsonb;