CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"plan_id" uuid,
	"indicator_code" text,
	"territory_id" text,
	"licence" text DEFAULT 'etalab-2.0' NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "publications_plan_uq" ON "publications" USING btree ("plan_id") WHERE "publications"."kind" = 'plan';--> statement-breakpoint
CREATE UNIQUE INDEX "publications_indicator_uq" ON "publications" USING btree ("organisation_id","territory_id","indicator_code") WHERE "publications"."kind" = 'indicator';--> statement-breakpoint
CREATE INDEX "publications_org_idx" ON "publications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "publications_territory_idx" ON "publications" USING btree ("territory_id");