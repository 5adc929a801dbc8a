CREATE TABLE "census_count_stale" (
	"region_code" varchar(12) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "census_county_count" (
	"region_code" varchar(12) NOT NULL,
	"dimension" varchar(12) NOT NULL,
	"key" varchar(24),
	"n" integer NOT NULL,
	"certified" integer NOT NULL,
	"employed_years" smallint,
	"certified_years" smallint
);
--> statement-breakpoint
CREATE INDEX "census_count_stale_region_idx" ON "census_count_stale" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "census_county_count_region_idx" ON "census_county_count" USING btree ("region_code" text_pattern_ops);