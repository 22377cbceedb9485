CREATE TYPE "public"."indicator_direction" AS ENUM('higher', 'lower');--> statement-breakpoint
CREATE TYPE "public"."indicator_frequency" AS ENUM('year', 'half', 'quarter');--> statement-breakpoint
CREATE TYPE "public"."initiative_decision_role" AS ENUM('approved', 'started', 'changed', 'paused', 'stopped', 'closed');--> statement-breakpoint
CREATE TYPE "public"."initiative_owner_kind" AS ENUM('body', 'municipality', 'person');--> statement-breakpoint
CREATE TYPE "public"."programme_purpose" AS ENUM('competition', 'costs', 'quality');--> statement-breakpoint
ALTER TYPE "public"."initiative_status" ADD VALUE 'stopped';--> statement-breakpoint
CREATE TABLE "focus_area_body_owners" (
	"focus_area_id" integer NOT NULL,
	"body_id" integer NOT NULL,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "focus_area_body_owners_focus_area_id_body_id_pk" PRIMARY KEY("focus_area_id","body_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"indicator_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	"period" text NOT NULL,
	"kind" "reminder_kind" NOT NULL,
	"due_on" date NOT NULL,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "indicator_reminders_once" UNIQUE("indicator_id","municipality_id","period","kind","due_on")
);
--> statement-breakpoint
CREATE TABLE "initiative_decisions" (
	"initiative_id" integer NOT NULL,
	"decision_id" integer NOT NULL,
	"role" "initiative_decision_role" NOT NULL,
	CONSTRAINT "initiative_decisions_initiative_id_decision_id_pk" PRIMARY KEY("initiative_id","decision_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_focus_areas" (
	"initiative_id" integer NOT NULL,
	"focus_area_id" integer NOT NULL,
	CONSTRAINT "initiative_focus_areas_initiative_id_focus_area_id_pk" PRIMARY KEY("initiative_id","focus_area_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "initiative_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"initiative_id" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" integer,
	"changes" jsonb NOT NULL,
	"decision_id" integer,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "initiative_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"initiative_id" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date
);
--> statement-breakpoint
ALTER TABLE "focus_area_owners" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "focus_area_owners" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "direction" "indicator_direction" DEFAULT 'higher' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "baseline" numeric;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "baseline_period" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "target" numeric;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "target_date" date;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "frequency" "indicator_frequency" DEFAULT 'year' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "min_value" numeric;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "max_value" numeric;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "purpose" "programme_purpose";--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "owner_kind" "initiative_owner_kind";--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "owner_body_id" integer;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "owner_municipality_id" integer;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "owner_person_id" integer;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "starts_on" date;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "updated_by" integer;--> statement-breakpoint
ALTER TABLE "focus_area_body_owners" ADD CONSTRAINT "focus_area_body_owners_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_area_body_owners" ADD CONSTRAINT "focus_area_body_owners_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reminders" ADD CONSTRAINT "indicator_reminders_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reminders" ADD CONSTRAINT "indicator_reminders_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_decisions" ADD CONSTRAINT "initiative_decisions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_decisions" ADD CONSTRAINT "initiative_decisions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_focus_areas" ADD CONSTRAINT "initiative_focus_areas_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_focus_areas" ADD CONSTRAINT "initiative_focus_areas_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_history" ADD CONSTRAINT "initiative_history_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_history" ADD CONSTRAINT "initiative_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_history" ADD CONSTRAINT "initiative_history_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_milestones" ADD CONSTRAINT "initiative_milestones_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_history_initiative_idx" ON "initiative_history" USING btree ("initiative_id","changed_at");--> statement-breakpoint
CREATE INDEX "initiative_milestones_initiative_idx" ON "initiative_milestones" USING btree ("initiative_id");--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_owner_body_id_bodies_id_fk" FOREIGN KEY ("owner_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_owner_municipality_id_municipalities_id_fk" FOREIGN KEY ("owner_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;