CREATE TABLE "heat_layers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"territory_id" text,
	"features" jsonb NOT NULL,
	"crs" text NOT NULL,
	"crs_detected" text NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "heat_studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source_layer_id" uuid NOT NULL,
	"sink_layer_id" uuid NOT NULL,
	"params" jsonb NOT NULL,
	"potential_mode" text DEFAULT 'mean' NOT NULL,
	"objective_mwh" double precision,
	"status" text DEFAULT 'draft' NOT NULL,
	"result" jsonb,
	"computed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "heat_layers" ADD CONSTRAINT "heat_layers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "heat_layers" ADD CONSTRAINT "heat_layers_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "heat_studies" ADD CONSTRAINT "heat_studies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "heat_studies" ADD CONSTRAINT "heat_studies_source_layer_id_heat_layers_id_fk" FOREIGN KEY ("source_layer_id") REFERENCES "public"."heat_layers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "heat_studies" ADD CONSTRAINT "heat_studies_sink_layer_id_heat_layers_id_fk" FOREIGN KEY ("sink_layer_id") REFERENCES "public"."heat_layers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "heat_layers_org_idx" ON "heat_layers" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "heat_studies_org_idx" ON "heat_studies" USING btree ("organisation_id","created_at");