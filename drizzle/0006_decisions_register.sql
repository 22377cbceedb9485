CREATE TYPE "public"."action_owner_kind" AS ENUM('person', 'municipality', 'secretariat');--> statement-breakpoint
CREATE TYPE "public"."reminder_kind" AS ENUM('before', 'overdue');--> statement-breakpoint
CREATE TABLE "decision_corrections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "decision_corrections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"decision_id" integer NOT NULL,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"corrected_by" integer,
	"changes" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "follow_up_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_id" integer NOT NULL,
	"kind" "reminder_kind" NOT NULL,
	"due_on" date NOT NULL,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "follow_up_reminders_once" UNIQUE("action_id","kind","due_on")
);
--> statement-breakpoint
CREATE TABLE "offer_buyers" (
	"offer_id" integer NOT NULL,
	"municipality_id" integer NOT NULL,
	CONSTRAINT "offer_buyers_offer_id_municipality_id_pk" PRIMARY KEY("offer_id","municipality_id")
);
--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD COLUMN "owner_kind" "action_owner_kind";--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD COLUMN "owner_user_id" integer;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD COLUMN "note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD COLUMN "updated_by" integer;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "contact" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "category_changed_on" date;--> statement-breakpoint
ALTER TABLE "decision_corrections" ADD CONSTRAINT "decision_corrections_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_corrections" ADD CONSTRAINT "decision_corrections_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_reminders" ADD CONSTRAINT "follow_up_reminders_action_id_follow_up_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."follow_up_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_buyers" ADD CONSTRAINT "offer_buyers_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_buyers" ADD CONSTRAINT "offer_buyers_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_corrections_decision_idx" ON "decision_corrections" USING btree ("decision_id");--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_actions_due_idx" ON "follow_up_actions" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "follow_up_actions_owner_user_idx" ON "follow_up_actions" USING btree ("owner_user_id");--> statement-breakpoint
-- Databases seeded before this migration: the start-up rule states its allocation period ("startåret samt
-- efterfølgende kalenderår") as a parameter, as the seed now does, so the start-up calculator can read it.
UPDATE "tariff_rule_versions" SET "parameters" = "parameters" || '{"allocationCalendarYears": 2}'::jsonb
WHERE "version" = 1 AND NOT ("parameters" ? 'allocationCalendarYears')
  AND "rule_id" = (SELECT "id" FROM "tariff_rules" WHERE "slug" = 'indkoering-af-nye-tilbud');
