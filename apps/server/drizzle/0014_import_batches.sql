-- An upload's valid rows are kept a batch per row (JSON text), not a row per sheet row; import_row
-- keeps the rows with problems only.
CREATE TABLE "import_batch" (
	"job_id" uuid NOT NULL,
	"first_row" integer NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"inputs" text NOT NULL,
	CONSTRAINT "import_batch_job_id_first_row_pk" PRIMARY KEY("job_id","first_row")
);
--> statement-breakpoint
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_job_id_import_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_job"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
SELECT shegong_protect_region_table('import_batch');
--> statement-breakpoint
SELECT set_config('shegong.scope', 'scope:', true);
--> statement-breakpoint
-- Uploads stored before: their valid rows move into batches of up to 1,000, in the job's region,
-- so that a job validated but not yet committed can still be committed.
INSERT INTO "import_batch" ("job_id", "first_row", "region_code", "inputs")
  SELECT r.job_id, min(r.row_number), j.region_code,
    '[' || string_agg(r.data::text, ',' ORDER BY r.row_number) || ']'
  FROM "import_row" r JOIN "import_job" j ON j.id = r.job_id
  WHERE r.errors IS NULL
  GROUP BY r.job_id, j.region_code, (r.row_number - 2) / 1000;
--> statement-breakpoint
DELETE FROM "import_row" WHERE "errors" IS NULL;
--> statement-breakpoint
ALTER TABLE "import_row" ALTER COLUMN "errors" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "import_row" DROP COLUMN "data";
