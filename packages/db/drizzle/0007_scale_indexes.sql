DROP INDEX "matters_district_registered_idx";--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
-- a matter is rated once; its state keeps when
UPDATE "matters" SET "rated_at" = ("state"->'rating'->>'at')::timestamptz WHERE "state"->'rating'->>'at' IS NOT NULL;--> statement-breakpoint
CREATE INDEX "attendance_township_idx" ON "attendance" USING btree ("township_id","on_at");--> statement-breakpoint
CREATE INDEX "matters_township_rated_idx" ON "matters" USING btree ("township_id","rated_at","station_id","rating","responsible_agent_id") WHERE "matters"."rated_at" is not null;--> statement-breakpoint
CREATE INDEX "matters_township_completed_idx" ON "matters" USING btree ("township_id","completed_on","station_id","promised_date","responsible_agent_id","receipt_no") WHERE "matters"."completed_on" is not null;--> statement-breakpoint
CREATE INDEX "matters_district_rated_idx" ON "matters" USING btree ("district_id","rated_at","township_id","station_id","rating") WHERE "matters"."rated_at" is not null;--> statement-breakpoint
CREATE INDEX "matters_district_completed_idx" ON "matters" USING btree ("district_id","completed_on","township_id","station_id","promised_date","accepted_at","receipt_no") WHERE "matters"."completed_on" is not null;--> statement-breakpoint
CREATE INDEX "matters_district_accepted_idx" ON "matters" USING btree ("district_id","accepted_at","station_id","receipt_no","lookup_code") WHERE "matters"."accepted_at" is not null;--> statement-breakpoint
CREATE INDEX "matters_station_registered_idx" ON "matters" USING btree ("station_id","registered_at");--> statement-breakpoint
CREATE INDEX "complaints_district_idx" ON "complaints" USING btree ("district_id","received_at","township_id","station_id","status","about");--> statement-breakpoint
CREATE INDEX "matters_district_registered_idx" ON "matters" USING btree ("district_id","registered_at","item_code","item_version","completed_on");