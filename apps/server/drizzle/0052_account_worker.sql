ALTER TABLE "account" ADD COLUMN "worker_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "account_evaluator_worker_idx" ON "account" USING btree ("worker_id") WHERE 'evaluator' = any("account"."roles");--> statement-breakpoint
CREATE UNIQUE INDEX "account_social_worker_worker_idx" ON "account" USING btree ("worker_id") WHERE 'social_worker' = any("account"."roles");