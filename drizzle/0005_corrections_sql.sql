-- Corrections are append-only once readers have seen the story (it has a publish time or a
-- revision that was public): no UPDATE or DELETE then, whoever connects — the app refuses
-- too, and this holds for a direct SQL session. TRUNCATE is refused always.
CREATE OR REPLACE FUNCTION corrections_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'TRUNCATE'
    OR EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id AND published_at IS NOT NULL)
    OR EXISTS (SELECT 1 FROM article_revisions WHERE article_id = OLD.article_id AND public)
  THEN
    RAISE EXCEPTION 'corrections on a story readers have seen are append-only: add a new record instead'
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER corrections_no_change_once_live
  BEFORE UPDATE OR DELETE ON corrections
  FOR EACH ROW EXECUTE FUNCTION corrections_append_only();
--> statement-breakpoint
CREATE TRIGGER corrections_no_truncate
  BEFORE TRUNCATE ON corrections
  FOR EACH STATEMENT EXECUTE FUNCTION corrections_append_only();
--> statement-breakpoint
-- A story readers have seen can't be deleted from under its corrections either (the
-- cascade would otherwise reach them after the story row is gone, where the check above
-- can no longer see that it was live).
CREATE OR REPLACE FUNCTION articles_keep_corrections() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM corrections WHERE article_id = OLD.id)
    AND (OLD.published_at IS NOT NULL
      OR EXISTS (SELECT 1 FROM article_revisions WHERE article_id = OLD.id AND public))
  THEN
    RAISE EXCEPTION 'a story readers have seen keeps its corrections: it cannot be deleted'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER articles_keep_corrections
  BEFORE DELETE ON articles
  FOR EACH ROW EXECUTE FUNCTION articles_keep_corrections();
--> statement-breakpoint
-- The demo's seeded revisions were the live stories: they open their public change logs.
UPDATE article_revisions SET public = true, substantive = true WHERE reason = 'seed';
