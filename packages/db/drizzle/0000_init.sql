CREATE TABLE "district_centers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"complaint_phone" text NOT NULL,
	CONSTRAINT "district_centers_kind_ck" CHECK ("district_centers"."kind" in ('approval','efficiency'))
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "districts_code_ck" CHECK ("districts"."code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "leading_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"station_id" uuid NOT NULL,
	"name" text NOT NULL,
	"group_role" text NOT NULL,
	"position" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"office_hours" text NOT NULL,
	"area_m_2" integer,
	"status" text DEFAULT 'building' NOT NULL,
	"operating_since" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stations_status_ck" CHECK ("stations"."status" in ('building','operating')),
	CONSTRAINT "stations_operating_ck" CHECK (("stations"."status" = 'operating') = ("stations"."operating_since" is not null))
);
--> statement-breakpoint
CREATE TABLE "township_centers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"complaint_phone" text NOT NULL,
	"office_hours" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "townships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "townships_code_ck" CHECK ("townships"."code" ~ '^[0-9]{9}$'),
	CONSTRAINT "townships_kind_ck" CHECK ("townships"."kind" in ('town','subdistrict'))
);
--> statement-breakpoint
CREATE TABLE "villages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "villages_code_ck" CHECK ("villages"."code" ~ '^[0-9]{12}$'),
	CONSTRAINT "villages_kind_ck" CHECK ("villages"."kind" in ('village','community'))
);
--> statement-breakpoint
CREATE TABLE "windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agent_scopes" (
	"agent_id" uuid NOT NULL,
	"item_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"is_head" boolean DEFAULT false NOT NULL,
	"duties" text NOT NULL,
	"badge_no" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"role" text NOT NULL,
	"district_id" uuid NOT NULL,
	"township_id" uuid,
	"village_id" uuid,
	"station_id" uuid,
	"window_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_ck" CHECK ("users"."role" in ('agent','stationHead','townshipStaff','townshipSupervisor','approvalAssessor','efficiencyInspector','districtAdmin')),
	CONSTRAINT "users_unit_ck" CHECK (case
        when "users"."role" in ('agent','stationHead') then "users"."station_id" is not null and "users"."village_id" is not null and "users"."township_id" is not null
        when "users"."role" in ('townshipStaff','townshipSupervisor') then "users"."township_id" is not null and "users"."station_id" is null
        else "users"."township_id" is null and "users"."station_id" is null end)
);
--> statement-breakpoint
CREATE TABLE "service_item_versions" (
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"level" text NOT NULL,
	"handling_body" text NOT NULL,
	"legal_basis" text NOT NULL,
	"conditions" text NOT NULL,
	"materials" jsonb NOT NULL,
	"fees" jsonb NOT NULL,
	"time_limit_days" integer NOT NULL,
	"in_person" boolean NOT NULL,
	"needs_review" boolean NOT NULL,
	"needs_survey" boolean NOT NULL,
	"guide" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_item_versions_code_version_pk" PRIMARY KEY("code","version"),
	CONSTRAINT "siv_category_ck" CHECK ("service_item_versions"."category" in ('certificate','consultation','publicAffairs')),
	CONSTRAINT "siv_level_ck" CHECK ("service_item_versions"."level" in ('village','township','district')),
	CONSTRAINT "siv_limit_ck" CHECK ("service_item_versions"."time_limit_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "service_items" (
	"code" text PRIMARY KEY NOT NULL,
	"current_version" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "window_items" (
	"window_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	CONSTRAINT "window_items_window_id_item_code_pk" PRIMARY KEY("window_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"is_workday" boolean NOT NULL,
	"name" text
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"district_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"on_at" timestamp with time zone NOT NULL,
	"off_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "matter_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"matter_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"from_status" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"channel" text DEFAULT 'counter' NOT NULL,
	"item_code" text NOT NULL,
	"item_version" integer NOT NULL,
	"item_name" text NOT NULL,
	"status" text NOT NULL,
	"mode" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"applicant_id_number" text,
	"receipt_no" text,
	"lookup_code" text,
	"registered_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"promised_date" date,
	"paused_on" date,
	"completed_on" date,
	"closed_at" timestamp with time zone,
	"first_contact_agent_id" uuid,
	"responsible_agent_id" uuid,
	"handover_pending" boolean DEFAULT false NOT NULL,
	"window_id" uuid,
	"custody_kind" text,
	"custody_label" text,
	"rating" text,
	"created_by" uuid NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "receipt_counters" (
	"station_id" uuid NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "receipt_counters_station_id_day_pk" PRIMARY KEY("station_id","day")
);
--> statement-breakpoint
ALTER TABLE "district_centers" ADD CONSTRAINT "district_centers_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leading_group_members" ADD CONSTRAINT "leading_group_members_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "township_centers" ADD CONSTRAINT "township_centers_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "township_centers" ADD CONSTRAINT "township_centers_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "townships" ADD CONSTRAINT "townships_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "windows" ADD CONSTRAINT "windows_center_id_township_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."township_centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "windows" ADD CONSTRAINT "windows_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_scopes" ADD CONSTRAINT "agent_scopes_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_scopes" ADD CONSTRAINT "agent_scopes_item_code_service_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."service_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_item_versions" ADD CONSTRAINT "service_item_versions_code_service_items_code_fk" FOREIGN KEY ("code") REFERENCES "public"."service_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_items" ADD CONSTRAINT "window_items_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "window_items" ADD CONSTRAINT "window_items_item_code_service_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."service_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_events" ADD CONSTRAINT "matter_events_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_window_id_windows_id_fk" FOREIGN KEY ("window_id") REFERENCES "public"."windows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipt_counters" ADD CONSTRAINT "receipt_counters_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "district_centers_kind_uq" ON "district_centers" USING btree ("district_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "districts_code_uq" ON "districts" USING btree ("code");--> statement-breakpoint
CREATE INDEX "leading_group_station_idx" ON "leading_group_members" USING btree ("station_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stations_village_uq" ON "stations" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "stations_township_idx" ON "stations" USING btree ("township_id");--> statement-breakpoint
CREATE UNIQUE INDEX "township_centers_township_uq" ON "township_centers" USING btree ("township_id");--> statement-breakpoint
CREATE UNIQUE INDEX "townships_code_uq" ON "townships" USING btree ("code");--> statement-breakpoint
CREATE INDEX "townships_district_idx" ON "townships" USING btree ("district_id");--> statement-breakpoint
CREATE UNIQUE INDEX "villages_code_uq" ON "villages" USING btree ("code");--> statement-breakpoint
CREATE INDEX "villages_township_idx" ON "villages" USING btree ("township_id");--> statement-breakpoint
CREATE UNIQUE INDEX "windows_center_number_uq" ON "windows" USING btree ("center_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "agent_scopes_pk" ON "agent_scopes" USING btree ("agent_id","item_code");--> statement-breakpoint
CREATE INDEX "agent_scopes_item_idx" ON "agent_scopes" USING btree ("item_code");--> statement-breakpoint
CREATE UNIQUE INDEX "agents_user_uq" ON "agents" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "agents_station_idx" ON "agents" USING btree ("station_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_station_idx" ON "users" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "window_items_item_idx" ON "window_items" USING btree ("item_code");--> statement-breakpoint
CREATE INDEX "audit_log_district_idx" ON "audit_log" USING btree ("district_id","id");--> statement-breakpoint
CREATE INDEX "attendance_station_idx" ON "attendance" USING btree ("station_id","on_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_one_open_uq" ON "attendance" USING btree ("user_id") WHERE "attendance"."off_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "matter_events_seq_uq" ON "matter_events" USING btree ("matter_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_idempotency_uq" ON "matters" USING btree ("station_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_receipt_uq" ON "matters" USING btree ("receipt_no");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_lookup_uq" ON "matters" USING btree ("lookup_code");--> statement-breakpoint
CREATE INDEX "matters_station_status_idx" ON "matters" USING btree ("station_id","status");--> statement-breakpoint
CREATE INDEX "matters_responsible_idx" ON "matters" USING btree ("responsible_agent_id","status");--> statement-breakpoint
CREATE INDEX "matters_township_status_idx" ON "matters" USING btree ("township_id","status");--> statement-breakpoint
CREATE INDEX "matters_window_status_idx" ON "matters" USING btree ("window_id","status");--> statement-breakpoint
CREATE INDEX "matters_open_promised_idx" ON "matters" USING btree ("station_id","promised_date") WHERE "matters"."closed_at" is null;