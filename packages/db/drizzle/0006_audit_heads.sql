CREATE TABLE "audit_heads" (
	"chain" text PRIMARY KEY NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
-- each chain's newest entry: the head that the next append continues from
INSERT INTO "audit_heads" ("chain", "prev_hash", "hash")
SELECT DISTINCT ON (coalesce("district_id"::text, 'global')) coalesce("district_id"::text, 'global'), "prev_hash", "hash"
FROM "audit_log"
ORDER BY coalesce("district_id"::text, 'global'), "id" DESC;
