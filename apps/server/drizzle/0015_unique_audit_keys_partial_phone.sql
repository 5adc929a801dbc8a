DROP INDEX "worker_phone_idx";--> statement-breakpoint
DROP INDEX "audit_event_region_time_idx";--> statement-breakpoint
DROP INDEX "audit_event_actor_time_idx";--> statement-breakpoint
CREATE INDEX "worker_phone_idx" ON "worker" USING btree ("phone") WHERE "worker"."phone" is not null;--> statement-breakpoint
CREATE INDEX "audit_event_region_time_idx" ON "audit_event" USING btree ("region_code" text_pattern_ops,"occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_event_actor_time_idx" ON "audit_event" USING btree ("actor_id","occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);