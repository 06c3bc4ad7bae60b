-- R-CAT-3: an item version, once published, is never changed; editing an item publishes a new version.
CREATE OR REPLACE FUNCTION service_item_versions_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '事项版本不可修改：请发布新版本' USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER service_item_versions_no_update BEFORE UPDATE OR DELETE ON service_item_versions
  FOR EACH ROW EXECUTE FUNCTION service_item_versions_immutable();
