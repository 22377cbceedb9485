CREATE TABLE "annual_report_reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "annual_report_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"network_group_id" integer NOT NULL,
	"year" integer NOT NULL,
	"kind" "reminder_kind" NOT NULL,
	"due_on" date NOT NULL,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "annual_report_reminders_once" UNIQUE("network_group_id","year","kind","due_on")
);
--> statement-breakpoint
CREATE TABLE "report_templates" (
	"version" integer PRIMARY KEY NOT NULL,
	"sections" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The first template: the sections the principles of 2025 and the 12/8-2022 minutes ask of a network group's report.
INSERT INTO "report_templates" ("version", "sections") VALUES (1, '[{"key": "moeder", "heading": "Årets møder og deltagelse", "question": "Hvor mange møder har netværksgruppen holdt i årets løb, og hvilke kommuner har deltaget?", "required": true}, {"key": "fokusomraader", "heading": "Arbejdet med fokusområderne", "question": "Hvad har gruppen arbejdet med under rammeaftalens fokusområder, og hvad er der kommet ud af det?", "required": true}, {"key": "tendenser", "heading": "Tendenser i målgrupperne", "question": "Hvilke udviklingstendenser ser gruppen i målgruppernes behov, antal og sammensætning?", "required": true}, {"key": "udbud", "heading": "Udbud og efterspørgsel", "question": "Er der sammenhæng mellem udbud og efterspørgsel på gruppens område? Hvor opleves mangel på pladser eller overkapacitet?", "required": true}, {"key": "anbefalinger", "heading": "Anbefalinger til styregruppen", "question": "Hvad anbefaler gruppen, at styregruppen drøfter eller tager stilling til?", "required": true}, {"key": "planer", "heading": "Planer for næste år", "question": "Hvad vil gruppen arbejde med i det kommende år?", "required": true}, {"key": "oevrigt", "heading": "Øvrige bemærkninger", "question": "Er der andet, styregruppen bør vide?", "required": false}]'::jsonb);--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"survey_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "survey_answers_one_per_municipality" UNIQUE("survey_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "survey_reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"survey_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	"kind" "reminder_kind" NOT NULL,
	"due_on" date NOT NULL,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "survey_reminders_once" UNIQUE("survey_id","municipality_id","kind","due_on")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "surveys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"deadline" date NOT NULL,
	"target_groups" jsonb NOT NULL,
	"reopened_at" timestamp with time zone,
	"opened_by" integer,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_year_unique" UNIQUE("year")
);
--> statement-breakpoint
ALTER TABLE "annual_reports" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
-- "reviewed" is now "approved" (a review either approves or sends back).
UPDATE "annual_reports" SET "status" = 'approved' WHERE "status" = 'reviewed';--> statement-breakpoint
ALTER TABLE "annual_reports" ALTER COLUMN "status" SET DEFAULT 'draft'::text;--> statement-breakpoint
DROP TYPE "public"."annual_report_status";--> statement-breakpoint
CREATE TYPE "public"."annual_report_status" AS ENUM('draft', 'submitted', 'approved', 'sent_back', 'on_agenda');--> statement-breakpoint
ALTER TABLE "annual_reports" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."annual_report_status";--> statement-breakpoint
ALTER TABLE "annual_reports" ALTER COLUMN "status" SET DATA TYPE "public"."annual_report_status" USING "status"::"public"."annual_report_status";--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "template_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "review_comments" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "reviewed_by" integer;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "sg_meeting_id" integer;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "sg_item_doc_id" text;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_report_reminders" ADD CONSTRAINT "annual_report_reminders_network_group_id_network_groups_id_fk" FOREIGN KEY ("network_group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_templates" ADD CONSTRAINT "report_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_reminders" ADD CONSTRAINT "survey_reminders_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_reminders" ADD CONSTRAINT "survey_reminders_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_template_version_report_templates_version_fk" FOREIGN KEY ("template_version") REFERENCES "public"."report_templates"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_sg_meeting_id_meetings_id_fk" FOREIGN KEY ("sg_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;