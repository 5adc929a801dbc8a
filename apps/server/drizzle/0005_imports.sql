CREATE TABLE "import_job" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" varchar(32) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"created_by" uuid NOT NULL,
	"file_name" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"total_rows" integer NOT NULL,
	"valid_rows" integer NOT NULL,
	"created" integer,
	"updated" integer,
	"unchanged" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_row" (
	"job_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"data" jsonb,
	"errors" jsonb,
	CONSTRAINT "import_row_job_id_row_number_pk" PRIMARY KEY("job_id","row_number")
);
--> statement-breakpoint
ALTER TABLE "import_row" ADD CONSTRAINT "import_row_job_id_import_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_job"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_job_region_idx" ON "import_job" USING btree ("region_code" text_pattern_ops,"created_at");