CREATE TABLE "client_consent" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" varchar(12) NOT NULL,
	"organisation_id" uuid NOT NULL,
	"shared_by_organisation_id" uuid,
	"given_by" varchar(10) NOT NULL,
	"given_on" date NOT NULL,
	"evidence_note" text,
	"evidence_name" text,
	"evidence_type" varchar(100),
	"evidence" "bytea",
	"revoked_on" date,
	"revoked_reason" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_consent_kind_check" CHECK ("client_consent"."kind" in ('service', 'sharing', 'photos')),
	CONSTRAINT "client_consent_giver_check" CHECK ("client_consent"."given_by" in ('self', 'guardian'))
);
--> statement-breakpoint
CREATE TABLE "client" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"organisation_id" uuid NOT NULL,
	"id_number" varchar(18),
	"name" text NOT NULL,
	"sex" varchar(6) NOT NULL,
	"birth_date" date,
	"age_band" varchar(12),
	"population_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"risk_level" varchar(8) NOT NULL,
	"phone" varchar(11),
	"address" text,
	"guardian_name" text,
	"guardian_relation" varchar(20),
	"guardian_phone" varchar(11),
	"merged_into" uuid,
	"merged_reason" text,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_sex_check" CHECK ("client"."sex" in ('male', 'female')),
	CONSTRAINT "client_risk_check" CHECK ("client"."risk_level" in ('low', 'medium', 'high')),
	CONSTRAINT "client_age_check" CHECK ("client"."birth_date" is not null or "client"."age_band" is not null)
);
--> statement-breakpoint
ALTER TABLE "client_consent" ADD CONSTRAINT "client_consent_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_consent" ADD CONSTRAINT "client_consent_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_consent" ADD CONSTRAINT "client_consent_shared_by_organisation_id_organisation_id_fk" FOREIGN KEY ("shared_by_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client" ADD CONSTRAINT "client_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_consent_region_idx" ON "client_consent" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "client_consent_client_idx" ON "client_consent" USING btree ("client_id","kind");--> statement-breakpoint
CREATE INDEX "client_consent_organisation_idx" ON "client_consent" USING btree ("organisation_id","kind","client_id");--> statement-breakpoint
CREATE INDEX "client_region_name_idx" ON "client" USING btree ("region_code" text_pattern_ops,"name","id");--> statement-breakpoint
CREATE INDEX "client_id_number_idx" ON "client" USING btree ("id_number") WHERE "client"."id_number" is not null;--> statement-breakpoint
CREATE INDEX "client_name_birth_idx" ON "client" USING btree ("name","birth_date");--> statement-breakpoint
CREATE INDEX "client_phone_idx" ON "client" USING btree ("phone") WHERE "client"."phone" is not null;