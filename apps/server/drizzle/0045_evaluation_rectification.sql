ALTER TABLE "evaluation_round" ADD COLUMN "rectification_status" varchar(12);--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD COLUMN "rectification_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD COLUMN "rectification_plan" text;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD COLUMN "rectification_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD COLUMN "rectification_submitted_by_name" text;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD COLUMN "rectification_review_note" text;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD COLUMN "rectification_reviewed_by_name" text;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_rectification_check" CHECK ("evaluation_round"."rectification_status" is null or "evaluation_round"."rectification_status" in ('required', 'submitted', 'accepted'));