CREATE TABLE "card_template" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"card_template_id" text NOT NULL,
	"api" text DEFAULT 'interactiveCards' NOT NULL,
	"raw_export" jsonb NOT NULL,
	"variables" jsonb NOT NULL,
	"mock_data" jsonb NOT NULL,
	"schema_tree" jsonb NOT NULL,
	"callback_route_key" text,
	"support_forward" boolean DEFAULT true NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "card_template_updated_idx" ON "card_template" USING btree ("updated_at");