CREATE TYPE "public"."municipality_kind" AS ENUM('kommune', 'region');--> statement-breakpoint
CREATE TYPE "public"."body_kind" AS ENUM('political', 'administrative', 'network_group', 'external');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('chair', 'vice_chair', 'member', 'secretary', 'lead', 'contact', 'municipality');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'secretariat', 'member', 'network_lead', 'municipal_contact');--> statement-breakpoint
CREATE TYPE "public"."agenda_item_kind" AS ENUM('formal', 'decision', 'discussion', 'orientation', 'other');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('planned', 'agenda_published', 'held', 'minutes_published', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."case_step_status" AS ENUM('planned', 'on_agenda', 'decided', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('open', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."decision_kind" AS ENUM('noted', 'discussed', 'approved', 'recommended', 'postponed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."offer_category" AS ENUM('local', 'cluster', 'regional');--> statement-breakpoint
CREATE TYPE "public"."offer_coverage" AS ENUM('national', 'regional');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('active', 'closing', 'closed', 'planned');--> statement-breakpoint
CREATE TYPE "public"."focus_area_status" AS ENUM('active', 'prioritised', 'postponed', 'completed');--> statement-breakpoint
CREATE TYPE "public"."initiative_status" AS ENUM('planned', 'in_progress', 'done', 'paused');--> statement-breakpoint
CREATE TYPE "public"."annual_report_status" AS ENUM('draft', 'submitted', 'reviewed');--> statement-breakpoint
CREATE TABLE "source_documents" (
	"slug" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_periods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"label" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"approval_deadline" date,
	"source" text NOT NULL,
	CONSTRAINT "agreement_periods_label_unique" UNIQUE("label"),
	CONSTRAINT "agreement_period_order" CHECK ("agreement_periods"."starts_on" < "agreement_periods"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "municipalities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "municipality_kind" DEFAULT 'kommune' NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "municipalities_slug_unique" UNIQUE("slug"),
	CONSTRAINT "municipalities_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bodies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "body_kind" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"reports_to_id" integer,
	"source" text NOT NULL,
	CONSTRAINT "bodies_slug_unique" UNIQUE("slug"),
	CONSTRAINT "bodies_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "memberships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"person_id" integer,
	"municipality_id" integer,
	"role" "membership_role" NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"note" text DEFAULT '' NOT NULL,
	"source" text,
	CONSTRAINT "membership_has_holder" CHECK ("memberships"."person_id" is not null or "memberships"."municipality_id" is not null),
	CONSTRAINT "membership_period" CHECK ("memberships"."valid_to" is null or "memberships"."valid_from" is null or "memberships"."valid_from" <= "memberships"."valid_to")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"municipality_id" integer,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "password_tokens" (
	"token_hash" "bytea" PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"purpose" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"secret_hash" "bytea" NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_failures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "user_role" NOT NULL,
	"municipality_id" integer,
	"person_id" integer,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agenda_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"number" text NOT NULL,
	"position" integer NOT NULL,
	"kind" "agenda_item_kind" NOT NULL,
	"title" text NOT NULL,
	"beslutningstema" text DEFAULT '' NOT NULL,
	"baggrund" text DEFAULT '' NOT NULL,
	"sagsfremstilling" text DEFAULT '' NOT NULL,
	"indstilling" text DEFAULT '' NOT NULL,
	"droftelse" text DEFAULT '' NOT NULL,
	"beslutning" text DEFAULT '' NOT NULL,
	"is_closed" boolean DEFAULT false NOT NULL,
	"closed_reason" text DEFAULT '' NOT NULL,
	"case_id" integer,
	"source" text,
	CONSTRAINT "agenda_items_meeting_number" UNIQUE("meeting_id","number"),
	CONSTRAINT "agenda_items_meeting_position" UNIQUE("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agenda_item_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"url" text
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text DEFAULT '' NOT NULL,
	"virtual_url" text,
	"is_virtual" boolean DEFAULT false NOT NULL,
	"status" "meeting_status" DEFAULT 'planned' NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"source" text,
	CONSTRAINT "meetings_body_start_unique" UNIQUE("body_id","starts_at"),
	CONSTRAINT "meeting_time_order" CHECK ("meetings"."ends_at" is null or "meetings"."starts_at" < "meetings"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "case_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"position" integer NOT NULL,
	"body_id" integer NOT NULL,
	"meeting_id" integer,
	"agenda_item_id" integer,
	"status" "case_step_status" DEFAULT 'planned' NOT NULL,
	"due_on" date,
	"note" text DEFAULT '' NOT NULL,
	"source" text,
	CONSTRAINT "case_steps_case_position" UNIQUE("case_id","position")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"agreement_period_id" integer,
	"deadline" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text,
	CONSTRAINT "cases_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "decision_focus_areas" (
	"decision_id" integer NOT NULL,
	"focus_area_id" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "decision_focus_areas_decision_id_focus_area_id_pk" PRIMARY KEY("decision_id","focus_area_id")
);
--> statement-breakpoint
CREATE TABLE "decision_municipalities" (
	"decision_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "decision_municipalities_decision_id_municipality_id_pk" PRIMARY KEY("decision_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "decision_network_groups" (
	"decision_id" integer NOT NULL,
	"network_group_id" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "decision_network_groups_decision_id_network_group_id_pk" PRIMARY KEY("decision_id","network_group_id")
);
--> statement-breakpoint
CREATE TABLE "decision_offers" (
	"decision_id" integer NOT NULL,
	"offer_id" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "decision_offers_decision_id_offer_id_pk" PRIMARY KEY("decision_id","offer_id")
);
--> statement-breakpoint
CREATE TABLE "decision_tariff_rules" (
	"decision_id" integer NOT NULL,
	"tariff_rule_id" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "decision_tariff_rules_decision_id_tariff_rule_id_pk" PRIMARY KEY("decision_id","tariff_rule_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agenda_item_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"text" text NOT NULL,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "follow_up_actions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "follow_up_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"decision_id" integer NOT NULL,
	"what" text NOT NULL,
	"owner" text NOT NULL,
	"owner_municipality_id" integer,
	"due_on" date,
	"status" "action_status" DEFAULT 'open' NOT NULL,
	"completed_at" timestamp with time zone,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "offer_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offer_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"offer_id" integer NOT NULL,
	"effective_on" date,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decision_id" integer,
	"changed_by" integer,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"operator_id" integer,
	"operator_note" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"legal_basis" text[] DEFAULT '{}'::text[] NOT NULL,
	"places" integer,
	"occupancy_percent" numeric(5, 1),
	"category" "offer_category",
	"most_specialised" boolean DEFAULT false NOT NULL,
	"secure_unit" boolean DEFAULT false NOT NULL,
	"special_education_annex" boolean DEFAULT false NOT NULL,
	"coverage" "offer_coverage",
	"status" "offer_status" DEFAULT 'active' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text,
	CONSTRAINT "offers_slug_unique" UNIQUE("slug"),
	CONSTRAINT "offer_places_nonnegative" CHECK ("offers"."places" is null or "offers"."places" >= 0),
	CONSTRAINT "offer_occupancy_range" CHECK ("offers"."occupancy_percent" is null or "offers"."occupancy_percent" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tariff_rule_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tariff_rule_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rule_id" integer NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"agreement_period_id" integer,
	"decision_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"source" text,
	CONSTRAINT "tariff_rule_versions_rule_version" UNIQUE("rule_id","version"),
	CONSTRAINT "tariff_rule_version_period" CHECK ("tariff_rule_versions"."effective_to" is null or "tariff_rule_versions"."effective_from" is null or "tariff_rule_versions"."effective_from" <= "tariff_rule_versions"."effective_to")
);
--> statement-breakpoint
CREATE TABLE "tariff_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tariff_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"section" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"source" text,
	CONSTRAINT "tariff_rules_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "focus_area_efforts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "focus_area_efforts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"focus_area_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text,
	CONSTRAINT "focus_area_efforts_position" UNIQUE("focus_area_id","position")
);
--> statement-breakpoint
CREATE TABLE "focus_area_owners" (
	"focus_area_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	CONSTRAINT "focus_area_owners_focus_area_id_municipality_id_pk" PRIMARY KEY("focus_area_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "focus_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "focus_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"agreement_period_id" integer NOT NULL,
	"period_label" text NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"desired_results" text DEFAULT '' NOT NULL,
	"status" "focus_area_status" DEFAULT 'active' NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"source" text,
	CONSTRAINT "focus_areas_slug_unique" UNIQUE("slug"),
	CONSTRAINT "focus_areas_period_number" UNIQUE("agreement_period_id","number")
);
--> statement-breakpoint
CREATE TABLE "effort_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "effort_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"principle_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text,
	CONSTRAINT "effort_areas_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"effort_area_id" integer,
	"source" text,
	CONSTRAINT "indicators_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "initiatives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"effort_area_id" integer,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"deadline" date,
	"resources" text DEFAULT '' NOT NULL,
	"status" "initiative_status" DEFAULT 'planned' NOT NULL,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measurements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"indicator_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" numeric NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"reported_by" integer,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_one_per_period" UNIQUE("indicator_id","municipality_id","period")
);
--> statement-breakpoint
CREATE TABLE "principles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "principles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"agreement_period_id" integer,
	"source" text,
	CONSTRAINT "principles_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "annual_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"network_group_id" integer NOT NULL,
	"year" integer NOT NULL,
	"status" "annual_report_status" DEFAULT 'draft' NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_reports_group_year" UNIQUE("network_group_id","year")
);
--> statement-breakpoint
CREATE TABLE "network_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "network_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"lead_municipality_id" integer,
	"lead_note" text DEFAULT '' NOT NULL,
	"sg_contact_municipality_id" integer,
	"sg_contact_note" text DEFAULT '' NOT NULL,
	"source" text,
	CONSTRAINT "network_groups_bodyId_unique" UNIQUE("body_id")
);
--> statement-breakpoint
ALTER TABLE "agreement_periods" ADD CONSTRAINT "agreement_periods_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_reports_to_id_bodies_id_fk" FOREIGN KEY ("reports_to_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_tokens" ADD CONSTRAINT "password_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agreement_period_id_agreement_periods_id_fk" FOREIGN KEY ("agreement_period_id") REFERENCES "public"."agreement_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_focus_areas" ADD CONSTRAINT "decision_focus_areas_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_focus_areas" ADD CONSTRAINT "decision_focus_areas_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_municipalities" ADD CONSTRAINT "decision_municipalities_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_municipalities" ADD CONSTRAINT "decision_municipalities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_network_groups" ADD CONSTRAINT "decision_network_groups_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_network_groups" ADD CONSTRAINT "decision_network_groups_network_group_id_network_groups_id_fk" FOREIGN KEY ("network_group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_offers" ADD CONSTRAINT "decision_offers_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_offers" ADD CONSTRAINT "decision_offers_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_tariff_rules" ADD CONSTRAINT "decision_tariff_rules_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_tariff_rules" ADD CONSTRAINT "decision_tariff_rules_tariff_rule_id_tariff_rules_id_fk" FOREIGN KEY ("tariff_rule_id") REFERENCES "public"."tariff_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_owner_municipality_id_municipalities_id_fk" FOREIGN KEY ("owner_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_history" ADD CONSTRAINT "offer_history_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_history" ADD CONSTRAINT "offer_history_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_history" ADD CONSTRAINT "offer_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_history" ADD CONSTRAINT "offer_history_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_operator_id_municipalities_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_rule_versions" ADD CONSTRAINT "tariff_rule_versions_rule_id_tariff_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."tariff_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_rule_versions" ADD CONSTRAINT "tariff_rule_versions_agreement_period_id_agreement_periods_id_fk" FOREIGN KEY ("agreement_period_id") REFERENCES "public"."agreement_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_rule_versions" ADD CONSTRAINT "tariff_rule_versions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_rule_versions" ADD CONSTRAINT "tariff_rule_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_rule_versions" ADD CONSTRAINT "tariff_rule_versions_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_rules" ADD CONSTRAINT "tariff_rules_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_area_efforts" ADD CONSTRAINT "focus_area_efforts_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_area_efforts" ADD CONSTRAINT "focus_area_efforts_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_area_owners" ADD CONSTRAINT "focus_area_owners_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_area_owners" ADD CONSTRAINT "focus_area_owners_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_agreement_period_id_agreement_periods_id_fk" FOREIGN KEY ("agreement_period_id") REFERENCES "public"."agreement_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effort_areas" ADD CONSTRAINT "effort_areas_principle_id_principles_id_fk" FOREIGN KEY ("principle_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effort_areas" ADD CONSTRAINT "effort_areas_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_effort_area_id_effort_areas_id_fk" FOREIGN KEY ("effort_area_id") REFERENCES "public"."effort_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_effort_area_id_effort_areas_id_fk" FOREIGN KEY ("effort_area_id") REFERENCES "public"."effort_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "principles" ADD CONSTRAINT "principles_agreement_period_id_agreement_periods_id_fk" FOREIGN KEY ("agreement_period_id") REFERENCES "public"."agreement_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "principles" ADD CONSTRAINT "principles_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_network_group_id_network_groups_id_fk" FOREIGN KEY ("network_group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_lead_municipality_id_municipalities_id_fk" FOREIGN KEY ("lead_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_sg_contact_municipality_id_municipalities_id_fk" FOREIGN KEY ("sg_contact_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_source_source_documents_slug_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_body_idx" ON "memberships" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "memberships_person_idx" ON "memberships" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_failures_key_idx" ON "sign_in_failures" USING btree ("key","failed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "meetings_body_starts_idx" ON "meetings" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "case_steps_body_idx" ON "case_steps" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "decision_offers_offer_idx" ON "decision_offers" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "decision_tariff_rules_rule_idx" ON "decision_tariff_rules" USING btree ("tariff_rule_id");--> statement-breakpoint
CREATE INDEX "decisions_item_idx" ON "decisions" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_decision_idx" ON "follow_up_actions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "offer_history_offer_idx" ON "offer_history" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "initiatives_effort_area_idx" ON "initiatives" USING btree ("effort_area_id");