-- Contracts belong to the project's division: its officers and those of the levels above draft,
-- sign, amend and pay them. The provider reads its contract, the terms, the tranches and the
-- versions from its own division (provider_region_code) and changes none of them; the service
-- narrows that reading to its own organisation. Reports are written by the provider and reviewed
-- by the purchaser. Nothing deletes a contract, a version, a tranche or a report.
SELECT shegong_protect_region_table('contract');
--> statement-breakpoint
DROP POLICY region_scope ON "contract";
--> statement-breakpoint
CREATE POLICY contract_read ON "contract" FOR SELECT
  USING (shegong_in_scope(region_code) OR shegong_in_scope(provider_region_code));
--> statement-breakpoint
CREATE POLICY contract_insert ON "contract" FOR INSERT WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
CREATE POLICY contract_update ON "contract" FOR UPDATE
  USING (shegong_in_scope(region_code)) WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
SELECT shegong_protect_region_table('contract_indicator');
--> statement-breakpoint
SELECT shegong_protect_region_table('contract_worker');
--> statement-breakpoint
SELECT shegong_protect_region_table('contract_tranche');
--> statement-breakpoint
SELECT shegong_protect_region_table('contract_version');
--> statement-breakpoint
DROP POLICY region_scope ON "contract_version";
--> statement-breakpoint
CREATE POLICY contract_version_read ON "contract_version" FOR SELECT USING (shegong_in_scope(region_code));
--> statement-breakpoint
CREATE POLICY contract_version_insert ON "contract_version" FOR INSERT WITH CHECK (shegong_in_scope(region_code));
--> statement-breakpoint
-- The terms, the tranches and the versions, read by the provider through its contract.
CREATE POLICY contract_indicator_provider_read ON "contract_indicator" FOR SELECT
  USING (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id AND shegong_in_scope(c.provider_region_code)));
--> statement-breakpoint
CREATE POLICY contract_worker_provider_read ON "contract_worker" FOR SELECT
  USING (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id AND shegong_in_scope(c.provider_region_code)));
--> statement-breakpoint
CREATE POLICY contract_tranche_provider_read ON "contract_tranche" FOR SELECT
  USING (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id AND shegong_in_scope(c.provider_region_code)));
--> statement-breakpoint
CREATE POLICY contract_version_provider_read ON "contract_version" FOR SELECT
  USING (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id AND shegong_in_scope(c.provider_region_code)));
--> statement-breakpoint
SELECT shegong_protect_region_table('contract_report');
--> statement-breakpoint
DROP POLICY region_scope ON "contract_report";
--> statement-breakpoint
CREATE POLICY contract_report_read ON "contract_report" FOR SELECT
  USING (shegong_in_scope(region_code) OR shegong_in_scope(provider_region_code));
--> statement-breakpoint
CREATE POLICY contract_report_insert ON "contract_report" FOR INSERT
  WITH CHECK (shegong_in_scope(provider_region_code));
--> statement-breakpoint
CREATE POLICY contract_report_update ON "contract_report" FOR UPDATE
  USING (shegong_in_scope(region_code) OR shegong_in_scope(provider_region_code))
  WITH CHECK (shegong_in_scope(region_code) OR shegong_in_scope(provider_region_code));
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('contract_personnel_rule');
--> statement-breakpoint
-- The second wall of "never more than the contract": money asked for, approved or paid on a
-- contract's tranches, summed under a lock on the contract row, never exceeds its amount —
-- whether a tranche moves or the amount is cut by an amendment.
CREATE OR REPLACE FUNCTION shegong_contract_tranches_within_amount() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  contract_id_ uuid;
  amount bigint;
  committed bigint;
BEGIN
  IF TG_TABLE_NAME = 'contract' THEN contract_id_ := NEW.id; ELSE contract_id_ := NEW.contract_id; END IF;
  SELECT amount_fen INTO amount FROM contract WHERE id = contract_id_ FOR UPDATE;
  SELECT coalesce(sum(amount_fen), 0) INTO committed FROM contract_tranche
    WHERE contract_id = contract_id_ AND status IN ('requested', 'approved', 'paid');
  IF committed > amount THEN
    RAISE EXCEPTION 'contract_tranches_exceed_amount: % committed of %', committed, amount
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contract_tranche_within_amount AFTER INSERT OR UPDATE ON contract_tranche
  FOR EACH ROW EXECUTE FUNCTION shegong_contract_tranches_within_amount();
--> statement-breakpoint
CREATE TRIGGER contract_amount_covers_tranches AFTER UPDATE OF amount_fen ON contract
  FOR EACH ROW EXECUTE FUNCTION shegong_contract_tranches_within_amount();
--> statement-breakpoint
INSERT INTO "contract_personnel_rule" ("region_code", "min_share_bp") VALUES ('52', 6000)
  ON CONFLICT DO NOTHING;
