CREATE TABLE "incubation_base" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"address" text,
	"opened_on" date,
	"capacity" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incubation_residency" (
	"id" uuid PRIMARY KEY NOT NULL,
	"base_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"entered_on" date NOT NULL,
	"exited_on" date,
	"supports" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_credit_record" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(32) NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"document_ref" text,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_grant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"title" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"granted_on" date NOT NULL,
	"funding_source" varchar(32) NOT NULL,
	"document_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_grant_amount_check" CHECK ("organisation_grant"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "organisation_inspection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"result" varchar(16) NOT NULL,
	"inspected_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_inspection_year_unique" UNIQUE("organisation_id","year")
);
--> statement-breakpoint
CREATE TABLE "organisation_rating" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"grade" varchar(2) NOT NULL,
	"score" numeric(6, 1),
	"rated_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"assessor" text NOT NULL,
	"document_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_rating_grade_check" CHECK ("organisation_rating"."grade" in ('1A', '2A', '3A', '4A', '5A'))
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"credit_code" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"type" varchar(32) NOT NULL,
	"background" varchar(32) NOT NULL,
	"registered_on" date NOT NULL,
	"legal_representative" text NOT NULL,
	"contact_person" text,
	"contact_phone" varchar(30),
	"address" text,
	"region_code" varchar(12) NOT NULL,
	"service_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"deactivated_on" date,
	"deactivation_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_credit_code_unique" UNIQUE("credit_code"),
	CONSTRAINT "organisation_status_check" CHECK ("organisation"."status" in ('active', 'deactivated'))
);
--> statement-breakpoint
CREATE TABLE "staffing_norm" (
	"region_code" varchar(12) PRIMARY KEY NOT NULL,
	"urban_village_min_workers" integer NOT NULL,
	"rural_village_min_workers" integer NOT NULL,
	"township_station_min_staff" integer NOT NULL,
	"county_station_min_staff" integer NOT NULL,
	"village_studio_min_staff" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "station_staff" (
	"id" uuid PRIMARY KEY NOT NULL,
	"station_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"worker_id" uuid,
	"worker_name" text NOT NULL,
	"role" varchar(16) NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "station_staff_role_check" CHECK ("station_staff"."role" in ('full_time', 'part_time', 'resident'))
);
--> statement-breakpoint
CREATE TABLE "station" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tier" varchar(32) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"parent_station_id" uuid,
	"operator_organisation_id" uuid,
	"address" text,
	"opened_on" date,
	"status" varchar(16) DEFAULT 'operating' NOT NULL,
	"service_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"service_population" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "station_tier_region_unique" UNIQUE("tier","region_code"),
	CONSTRAINT "station_tier_check" CHECK ("station"."tier" in ('county_station', 'township_station', 'village_station', 'village_studio')),
	CONSTRAINT "station_status_check" CHECK ("station"."status" in ('planned', 'operating', 'suspended', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "incubation_residency" ADD CONSTRAINT "incubation_residency_base_id_incubation_base_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."incubation_base"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incubation_residency" ADD CONSTRAINT "incubation_residency_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_credit_record" ADD CONSTRAINT "organisation_credit_record_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_grant" ADD CONSTRAINT "organisation_grant_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_inspection" ADD CONSTRAINT "organisation_inspection_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_rating" ADD CONSTRAINT "organisation_rating_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_staff" ADD CONSTRAINT "station_staff_station_id_station_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station" ADD CONSTRAINT "station_parent_station_id_station_id_fk" FOREIGN KEY ("parent_station_id") REFERENCES "public"."station"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station" ADD CONSTRAINT "station_operator_organisation_id_organisation_id_fk" FOREIGN KEY ("operator_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incubation_base_region_idx" ON "incubation_base" USING btree ("region_code" text_pattern_ops,"name");--> statement-breakpoint
CREATE INDEX "incubation_residency_base_idx" ON "incubation_residency" USING btree ("base_id","entered_on");--> statement-breakpoint
CREATE INDEX "incubation_residency_org_idx" ON "incubation_residency" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "incubation_residency_region_idx" ON "incubation_residency" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisation_credit_record_org_idx" ON "organisation_credit_record" USING btree ("organisation_id","started_on");--> statement-breakpoint
CREATE INDEX "organisation_credit_record_region_idx" ON "organisation_credit_record" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisation_grant_org_idx" ON "organisation_grant" USING btree ("organisation_id","granted_on");--> statement-breakpoint
CREATE INDEX "organisation_grant_region_idx" ON "organisation_grant" USING btree ("region_code" text_pattern_ops,"granted_on");--> statement-breakpoint
CREATE INDEX "organisation_inspection_region_idx" ON "organisation_inspection" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisation_rating_org_idx" ON "organisation_rating" USING btree ("organisation_id","rated_on");--> statement-breakpoint
CREATE INDEX "organisation_rating_region_idx" ON "organisation_rating" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisation_region_name_idx" ON "organisation" USING btree ("region_code" text_pattern_ops,"name");--> statement-breakpoint
CREATE INDEX "organisation_name_prefix_idx" ON "organisation" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisation_name_trgm_idx" ON "organisation" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "station_staff_station_idx" ON "station_staff" USING btree ("station_id","ended_on");--> statement-breakpoint
CREATE INDEX "station_staff_region_idx" ON "station_staff" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "station_staff_worker_idx" ON "station_staff" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "station_region_idx" ON "station" USING btree ("region_code" text_pattern_ops,"tier");--> statement-breakpoint
CREATE INDEX "station_parent_idx" ON "station" USING btree ("parent_station_id");--> statement-breakpoint
CREATE INDEX "station_operator_idx" ON "station" USING btree ("operator_organisation_id");