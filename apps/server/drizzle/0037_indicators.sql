CREATE TABLE "indicator_template" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"project_type" varchar(32) DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"extends_template_id" uuid,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_version" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"number" integer NOT NULL,
	"state" varchar(16) DEFAULT 'draft' NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extends_version_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"published_by_name" text,
	"used_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indicator_version_state_check" CHECK ("indicator_version"."state" in ('draft', 'published'))
);
--> statement-breakpoint
ALTER TABLE "indicator_version" ADD CONSTRAINT "indicator_version_template_id_indicator_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."indicator_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_template_region_idx" ON "indicator_template" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_template_region_type_unique" ON "indicator_template" USING btree ("region_code","project_type");--> statement-breakpoint
CREATE INDEX "indicator_version_region_idx" ON "indicator_version" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_version_number_unique" ON "indicator_version" USING btree ("template_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_version_one_draft" ON "indicator_version" USING btree ("template_id") WHERE "indicator_version"."state" = 'draft';