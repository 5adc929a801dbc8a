-- 中标价 of the contracts drafted before the column: the price of the bid their project's tender
-- awarded (the latest award), where the amount lies within it (an amendment may add a tenth). One that exceeds
-- it (written before the rule) keeps null and its page says the price was not recorded.
UPDATE "contract" AS c
SET "award_price_fen" = b."price_fen"
FROM "tender" AS t
JOIN "tender_bid" AS b ON b."id" = t."awarded_bid_id"
WHERE t."project_id" = c."project_id"
  AND t."status" = 'awarded'
  AND c."award_price_fen" IS NULL
  AND c."amount_fen" * 10 <= b."price_fen" * 11
  AND t."awarded_at" = (
    SELECT max(t2."awarded_at") FROM "tender" AS t2
    WHERE t2."project_id" = c."project_id" AND t2."status" = 'awarded'
  );
