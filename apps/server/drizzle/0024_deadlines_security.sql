-- Deadlines (时限) belong to the region of their record; a record two regions work on (a referral to
-- an organisation in another county) names the other one as counterpart_region_code, and that
-- region reads, starts and settles its deadlines too. Nothing deletes a deadline.
SELECT shegong_protect_region_table('deadline');
--> statement-breakpoint
DROP POLICY region_scope ON "deadline";
--> statement-breakpoint
CREATE POLICY deadline_read ON "deadline" FOR SELECT
  USING (shegong_in_scope(region_code) OR (counterpart_region_code IS NOT NULL AND shegong_in_scope(counterpart_region_code)));
--> statement-breakpoint
CREATE POLICY deadline_insert ON "deadline" FOR INSERT
  WITH CHECK (shegong_in_scope(region_code) OR (counterpart_region_code IS NOT NULL AND shegong_in_scope(counterpart_region_code)));
--> statement-breakpoint
CREATE POLICY deadline_update ON "deadline" FOR UPDATE
  USING (shegong_in_scope(region_code) OR (counterpart_region_code IS NOT NULL AND shegong_in_scope(counterpart_region_code)))
  WITH CHECK (shegong_in_scope(region_code) OR (counterpart_region_code IS NOT NULL AND shegong_in_scope(counterpart_region_code)));
--> statement-breakpoint
-- The working calendar as the State Council arranged it (国务院办公厅关于部分节假日安排的通知):
-- 2025 by 国办发明电〔2024〕12号 of 12 November 2024, 2026 by the notice of 4 November 2025
-- (新华社). Every day of a holiday is listed, its weekend days too, as the notices count them;
-- a make-up working day (调休上班) is a Saturday or Sunday that is worked. Later years are
-- entered by an administrator (系统管理 → 工作日历与时限) once the notice is out.
INSERT INTO "calendar_day" ("date", "kind", "name") VALUES
  ('2025-01-01', 'holiday', '元旦'),
  ('2025-01-26', 'workday', '春节调休'),
  ('2025-01-28', 'holiday', '春节'),
  ('2025-01-29', 'holiday', '春节'),
  ('2025-01-30', 'holiday', '春节'),
  ('2025-01-31', 'holiday', '春节'),
  ('2025-02-01', 'holiday', '春节'),
  ('2025-02-02', 'holiday', '春节'),
  ('2025-02-03', 'holiday', '春节'),
  ('2025-02-04', 'holiday', '春节'),
  ('2025-02-08', 'workday', '春节调休'),
  ('2025-04-04', 'holiday', '清明节'),
  ('2025-04-05', 'holiday', '清明节'),
  ('2025-04-06', 'holiday', '清明节'),
  ('2025-04-27', 'workday', '劳动节调休'),
  ('2025-05-01', 'holiday', '劳动节'),
  ('2025-05-02', 'holiday', '劳动节'),
  ('2025-05-03', 'holiday', '劳动节'),
  ('2025-05-04', 'holiday', '劳动节'),
  ('2025-05-05', 'holiday', '劳动节'),
  ('2025-05-31', 'holiday', '端午节'),
  ('2025-06-01', 'holiday', '端午节'),
  ('2025-06-02', 'holiday', '端午节'),
  ('2025-09-28', 'workday', '国庆节、中秋节调休'),
  ('2025-10-01', 'holiday', '国庆节、中秋节'),
  ('2025-10-02', 'holiday', '国庆节、中秋节'),
  ('2025-10-03', 'holiday', '国庆节、中秋节'),
  ('2025-10-04', 'holiday', '国庆节、中秋节'),
  ('2025-10-05', 'holiday', '国庆节、中秋节'),
  ('2025-10-06', 'holiday', '国庆节、中秋节'),
  ('2025-10-07', 'holiday', '国庆节、中秋节'),
  ('2025-10-08', 'holiday', '国庆节、中秋节'),
  ('2025-10-11', 'workday', '国庆节、中秋节调休'),
  ('2026-01-01', 'holiday', '元旦'),
  ('2026-01-02', 'holiday', '元旦'),
  ('2026-01-03', 'holiday', '元旦'),
  ('2026-01-04', 'workday', '元旦调休'),
  ('2026-02-14', 'workday', '春节调休'),
  ('2026-02-15', 'holiday', '春节'),
  ('2026-02-16', 'holiday', '春节'),
  ('2026-02-17', 'holiday', '春节'),
  ('2026-02-18', 'holiday', '春节'),
  ('2026-02-19', 'holiday', '春节'),
  ('2026-02-20', 'holiday', '春节'),
  ('2026-02-21', 'holiday', '春节'),
  ('2026-02-22', 'holiday', '春节'),
  ('2026-02-23', 'holiday', '春节'),
  ('2026-02-28', 'workday', '春节调休'),
  ('2026-04-04', 'holiday', '清明节'),
  ('2026-04-05', 'holiday', '清明节'),
  ('2026-04-06', 'holiday', '清明节'),
  ('2026-05-01', 'holiday', '劳动节'),
  ('2026-05-02', 'holiday', '劳动节'),
  ('2026-05-03', 'holiday', '劳动节'),
  ('2026-05-04', 'holiday', '劳动节'),
  ('2026-05-05', 'holiday', '劳动节'),
  ('2026-05-09', 'workday', '劳动节调休'),
  ('2026-06-19', 'holiday', '端午节'),
  ('2026-06-20', 'holiday', '端午节'),
  ('2026-06-21', 'holiday', '端午节'),
  ('2026-09-20', 'workday', '国庆节调休'),
  ('2026-09-25', 'holiday', '中秋节'),
  ('2026-09-26', 'holiday', '中秋节'),
  ('2026-09-27', 'holiday', '中秋节'),
  ('2026-10-01', 'holiday', '国庆节'),
  ('2026-10-02', 'holiday', '国庆节'),
  ('2026-10-03', 'holiday', '国庆节'),
  ('2026-10-04', 'holiday', '国庆节'),
  ('2026-10-05', 'holiday', '国庆节'),
  ('2026-10-06', 'holiday', '国庆节'),
  ('2026-10-07', 'holiday', '国庆节'),
  ('2026-10-10', 'workday', '国庆节调休')
ON CONFLICT ("date") DO NOTHING;
