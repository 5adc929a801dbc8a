-- Indicator templates and their versions belong to the region they were made for, and are read
-- from below like the registry's rules: a county evaluates on its city's and province's system.
SELECT shegong_protect_region_table_readable_from_below('indicator_template');
--> statement-breakpoint
SELECT shegong_protect_region_table_readable_from_below('indicator_version');
--> statement-breakpoint
-- A published version is frozen: nothing of it changes (a change is the next version) and it is
-- never deleted; only the mark that an evaluation or a contract used it is set, once.
CREATE OR REPLACE FUNCTION shegong_indicator_version_frozen() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.state = 'published' THEN
      RAISE EXCEPTION 'indicator_version_frozen: version % is published', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.state = 'published' AND (
    (NEW.id, NEW.template_id, NEW.region_code, NEW.number, NEW.state, NEW.items,
     NEW.extends_version_id, NEW.note, NEW.published_at, NEW.published_by, NEW.version)
    IS DISTINCT FROM
    (OLD.id, OLD.template_id, OLD.region_code, OLD.number, OLD.state, OLD.items,
     OLD.extends_version_id, OLD.note, OLD.published_at, OLD.published_by, OLD.version)
    OR (OLD.used_at IS NOT NULL AND NEW.used_at IS DISTINCT FROM OLD.used_at)
  ) THEN
    RAISE EXCEPTION 'indicator_version_frozen: version % is published', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER indicator_version_frozen BEFORE UPDATE OR DELETE ON indicator_version
  FOR EACH ROW EXECUTE FUNCTION shegong_indicator_version_frozen();
--> statement-breakpoint
-- Marks a published version used. A county's contract uses its province's version without the
-- right to write the province's rows: the function does that one thing, for the whole country.
CREATE OR REPLACE FUNCTION shegong_indicator_version_used(version_id uuid, at timestamptz)
RETURNS void LANGUAGE sql SECURITY DEFINER SET shegong.scope = 'scope:' AS $$
  UPDATE indicator_version SET used_at = at
  WHERE id = version_id AND state = 'published' AND used_at IS NULL
$$;
