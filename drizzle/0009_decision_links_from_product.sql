ALTER TABLE "decision_offers" ADD COLUMN "added_in_product" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "decision_tariff_rules" ADD COLUMN "added_in_product" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Links the product made before this column: an offer's edit or a tariff rule's version (by a user) citing the decision.
UPDATE "decision_offers" d SET "added_in_product" = true WHERE EXISTS (SELECT 1 FROM "offer_history" h WHERE h."offer_id" = d."offer_id" AND h."decision_id" = d."decision_id" AND h."changed_by" IS NOT NULL);--> statement-breakpoint
UPDATE "decision_tariff_rules" d SET "added_in_product" = true WHERE EXISTS (SELECT 1 FROM "tariff_rule_versions" v WHERE v."rule_id" = d."tariff_rule_id" AND v."decision_id" = d."decision_id" AND v."created_by" IS NOT NULL);
