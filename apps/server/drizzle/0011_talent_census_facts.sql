CREATE TABLE "census_stale" (
	"worker_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_census_fact" (
	"worker_id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"as_of" date NOT NULL,
	"sex" varchar(6) NOT NULL,
	"education_level" varchar(16) NOT NULL,
	"social_work_major" boolean NOT NULL,
	"age_band" varchar(16) NOT NULL,
	"service_band" varchar(16) NOT NULL,
	"rank" smallint NOT NULL,
	"employer_kind" varchar(24) NOT NULL,
	"employed_years" smallint NOT NULL,
	"certified_years" smallint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "worker_census_fact" ADD CONSTRAINT "worker_census_fact_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "census_stale_region_idx" ON "census_stale" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "worker_census_fact_region_idx" ON "worker_census_fact" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "worker_census_fact_as_of_idx" ON "worker_census_fact" USING btree ("as_of");