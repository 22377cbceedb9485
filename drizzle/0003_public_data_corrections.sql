-- Follow-up actions may have an unknown status (the 2022 minutes record actions, not their outcome). The type is
-- recreated rather than extended with ADD VALUE, so that the data correction below can use the new value in the
-- same transaction as the migration.
ALTER TABLE "follow_up_actions" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "public"."action_status";--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('open', 'done', 'cancelled', 'unknown');--> statement-breakpoint
ALTER TABLE "follow_up_actions" ALTER COLUMN "status" SET DATA TYPE "public"."action_status" USING "status"::"public"."action_status";--> statement-breakpoint
ALTER TABLE "follow_up_actions" ALTER COLUMN "status" SET DEFAULT 'open';--> statement-breakpoint
-- A network group's leads and contacts are memberships with periods; the duplicate columns go.
ALTER TABLE "network_groups" DROP CONSTRAINT "network_groups_lead_municipality_id_municipalities_id_fk";
--> statement-breakpoint
ALTER TABLE "network_groups" DROP CONSTRAINT "network_groups_sg_contact_municipality_id_municipalities_id_fk";
--> statement-breakpoint
ALTER TABLE "network_groups" DROP COLUMN "lead_municipality_id";--> statement-breakpoint
ALTER TABLE "network_groups" DROP COLUMN "sg_contact_municipality_id";--> statement-breakpoint
-- An offer's updated_at is set when someone edits it, not when the reference data was loaded.
ALTER TABLE "offers" ALTER COLUMN "updated_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "offers" ALTER COLUMN "updated_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "source_documents" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Corrections of reference data loaded by earlier versions (no-ops on a fresh database, which is loaded after the
-- migrations from the corrected seed data).
UPDATE "people" SET "is_demo" = true
	WHERE "id" IN (SELECT "person_id" FROM "users" WHERE "person_id" IS NOT NULL AND lower("email") LIKE '%@rammeaftale.example')
	AND "title" LIKE '%(demo)';--> statement-breakpoint
DELETE FROM "memberships"
	WHERE "role" = 'chair' AND "person_id" IS NULL
	AND "body_id" = (SELECT "id" FROM "bodies" WHERE "slug" = 'styregruppen')
	AND "municipality_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'roskilde');--> statement-breakpoint
UPDATE "network_groups" SET "lead_note" = ''
	WHERE "lead_note" = 'Køge (Roskilde pr. 1/9-2022).';--> statement-breakpoint
UPDATE "follow_up_actions" SET "status" = 'unknown'
	WHERE "status" = 'open' AND "completed_at" IS NULL AND "source" = 'styregruppe-2022-08-12-dagsorden-referat';--> statement-breakpoint
UPDATE "offers" SET "updated_at" = NULL WHERE "source" IS NOT NULL;--> statement-breakpoint
UPDATE "source_documents" SET "url" = 'https://www.rs17.dk/rammeaftalen/rammeaftale-2021-2022/' WHERE "slug" = 'rammeaftale-2021-22-hovedbilag';--> statement-breakpoint
UPDATE "source_documents" SET "url" = 'https://rs17.dk/rammeaftalen/rammeaftale-2023-2024.aspx' WHERE "slug" = 'rammeaftale-2023-24';--> statement-breakpoint
UPDATE "source_documents" SET "url" = 'https://www.rs17.dk/rammeaftalen/rammeaftale-2025-2026/' WHERE "slug" = 'rammeaftale-2025-26';
--> statement-breakpoint
UPDATE "agenda_items" SET "sagsfremstilling" = 'Næste møde 14/10, 9-12 virtuelt'
	WHERE "number" = '7' AND "source" = 'styregruppe-2022-08-12-dagsorden-referat'
	AND "sagsfremstilling" LIKE 'Slagelse orienterede om at de lukker et tilbud%';
