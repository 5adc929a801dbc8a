-- Fund sources belong to their division; allocations to the project's division (inside the
-- source's), so whoever holds a source sees all its allocations and a county its projects'
-- funding lines. The social-assistance share cap is read from below, like the staffing norms;
-- Guizhou caps it at 2% (黔民发: 不超过社会救助资金的 2%).
SELECT shegong_protect_region_table('fund_source');
--> statement-breakpoint
SELECT shegong_protect_region_table('fund_allocation');
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('fund_share_rule');
--> statement-breakpoint
-- The second wall of "never more than the source": the allocations of a source, summed under a
-- lock on the source row (so that two allocations written at once are counted one after the
-- other), never exceed its amount — whether an allocation is added or changed, or the source cut.
CREATE OR REPLACE FUNCTION shegong_fund_allocation_within_source() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  available bigint;
  allocated bigint;
BEGIN
  SELECT amount_fen INTO available FROM fund_source WHERE id = NEW.source_id FOR UPDATE;
  SELECT coalesce(sum(amount_fen), 0) INTO allocated FROM fund_allocation WHERE source_id = NEW.source_id;
  IF allocated > available THEN
    RAISE EXCEPTION 'fund_allocation_exceeds_source: % allocated of %', allocated, available
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER fund_allocation_within_source AFTER INSERT OR UPDATE ON fund_allocation
  FOR EACH ROW EXECUTE FUNCTION shegong_fund_allocation_within_source();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION shegong_fund_source_covers_allocations() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  allocated bigint;
BEGIN
  SELECT coalesce(sum(amount_fen), 0) INTO allocated FROM fund_allocation WHERE source_id = NEW.id;
  IF allocated > NEW.amount_fen THEN
    RAISE EXCEPTION 'fund_allocation_exceeds_source: % allocated of %', allocated, NEW.amount_fen
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER fund_source_covers_allocations AFTER UPDATE OF amount_fen ON fund_source
  FOR EACH ROW EXECUTE FUNCTION shegong_fund_source_covers_allocations();
--> statement-breakpoint
INSERT INTO "fund_share_rule" ("region_code", "max_share_bp") VALUES ('52', 200)
  ON CONFLICT DO NOTHING;
