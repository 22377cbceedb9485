-- "Did you mean" uses trigram similarity over search_terms (src/lib/server/search/).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."subscription_frequency" AS ENUM('instant', 'daily');--> statement-breakpoint
CREATE TYPE "public"."subscription_topic" AS ENUM('all', 'body', 'offer', 'focus_area');--> statement-breakpoint
CREATE TABLE "subscription_deliveries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subscription_deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subscription_id" integer NOT NULL,
	"decision_id" integer NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "subscription_deliveries_once" UNIQUE("subscription_id","decision_id")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subscriptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"topic" "subscription_topic" NOT NULL,
	"topic_id" integer,
	"frequency" "subscription_frequency" NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"unsubscribe_token_hash" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"last_digest_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_confirmTokenHash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "subscriptions_unsubscribeTokenHash_unique" UNIQUE("unsubscribe_token_hash")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"word" text PRIMARY KEY NOT NULL,
	"occurrences" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', beslutningstema || ' ' || indstilling), 'B') || setweight(to_tsvector('danish', baggrund || ' ' || sagsfremstilling || ' ' || droftelse || ' ' || beslutning), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "plain_summary" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "plain_summary_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "plain_summary_by" integer;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "published_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', plain_summary), 'A') || setweight(to_tsvector('danish', text), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', name), 'A') || setweight(to_tsvector('danish', target_group || ' ' || description || ' ' || operator_note), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "tariff_rule_versions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', text), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "tariff_rules" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', section), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', goal || ' ' || content || ' ' || desired_results), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', description || ' ' || owner || ' ' || resources), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(jsonb_to_tsvector('danish', content, '["string"]'), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "subscription_deliveries" ADD CONSTRAINT "subscription_deliveries_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_deliveries" ADD CONSTRAINT "subscription_deliveries_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_once" ON "subscriptions" USING btree ("email","topic",coalesce("topic_id", 0));--> statement-breakpoint
CREATE INDEX "subscriptions_confirmed_idx" ON "subscriptions" USING btree ("confirmed_at");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_plain_summary_by_users_id_fk" FOREIGN KEY ("plain_summary_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_search_idx" ON "agenda_items" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "agenda_items_closed_title_idx" ON "agenda_items" USING gin (to_tsvector('danish', "title")) WHERE "agenda_items"."is_closed";--> statement-breakpoint
CREATE INDEX "attachments_item_idx" ON "attachments" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "meetings_starts_idx" ON "meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "decisions_published_idx" ON "decisions" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "decisions_search_idx" ON "decisions" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "offers_search_idx" ON "offers" USING gin ("search_vector");--> statement-breakpoint
-- Decisions already in the register were published with their minutes: date them by their meeting.
UPDATE "decisions" d SET "published_at" = m."starts_at", "updated_at" = m."starts_at" FROM "agenda_items" ai JOIN "meetings" m ON m."id" = ai."meeting_id" WHERE ai."id" = d."agenda_item_id";
