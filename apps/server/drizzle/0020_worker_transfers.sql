CREATE TABLE "worker_transfer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"id_number" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"worker_id" uuid,
	"from_region_code" varchar(12),
	"employer_kind" varchar(24) NOT NULL,
	"organisation_id" uuid,
	"station_id" uuid,
	"employer_name" text NOT NULL,
	"employer_region_code" varchar(12) NOT NULL,
	"post_type" varchar(24) NOT NULL,
	"full_time" boolean DEFAULT true NOT NULL,
	"note" text,
	"status" varchar(12) DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_on" date,
	"decision_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_transfer_status_check" CHECK ("worker_transfer"."status" in ('pending', 'approved', 'refused', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "worker_transfer" ADD CONSTRAINT "worker_transfer_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_transfer" ADD CONSTRAINT "worker_transfer_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "worker_transfer_region_idx" ON "worker_transfer" USING btree ("region_code" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "worker_transfer_from_region_idx" ON "worker_transfer" USING btree ("from_region_code" text_pattern_ops,"id") WHERE "worker_transfer"."from_region_code" is not null;--> statement-breakpoint
CREATE INDEX "worker_transfer_worker_idx" ON "worker_transfer" USING btree ("worker_id") WHERE "worker_transfer"."worker_id" is not null;--> statement-breakpoint
CREATE INDEX "worker_transfer_decided_idx" ON "worker_transfer" USING btree ("decided_on") WHERE "worker_transfer"."status" = 'approved';--> statement-breakpoint
-- A transfer belongs to two regions: the receiving one (region_code) files it; the releasing one
-- (from_region_code, the worker's region when it was filed) reads and decides it, as do the regions
-- above either. Nothing deletes a transfer.
SELECT shegong_protect_region_table('worker_transfer');
--> statement-breakpoint
DROP POLICY region_scope ON "worker_transfer";
--> statement-breakpoint
CREATE POLICY transfer_read ON "worker_transfer" FOR SELECT
  USING (shegong_in_scope(region_code) OR (from_region_code IS NOT NULL AND shegong_in_scope(from_region_code)));
--> statement-breakpoint
CREATE POLICY transfer_insert ON "worker_transfer" FOR INSERT
  WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
CREATE POLICY transfer_update ON "worker_transfer" FOR UPDATE
  USING (shegong_in_scope(region_code) OR (from_region_code IS NOT NULL AND shegong_in_scope(from_region_code)))
  WITH CHECK (shegong_in_scope(region_code) OR (from_region_code IS NOT NULL AND shegong_in_scope(from_region_code)));
