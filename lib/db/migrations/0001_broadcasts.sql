CREATE TABLE "chunk" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" text NOT NULL,
	"seq" integer NOT NULL,
	"user_ids" text[] NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"generation" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_expires_at" timestamp with time zone,
	"process_query_key" text,
	"error_code" text,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "draft" (
	"owner" text PRIMARY KEY NOT NULL,
	"payload" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"msg_key" text NOT NULL,
	"msg_param" jsonb NOT NULL,
	"card" jsonb,
	"robot_code" text NOT NULL,
	"audience_type" text NOT NULL,
	"open_conversation_id" text,
	"cool_app_code" text,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"recipient_count" integer NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"scheduled_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"recalled_at" timestamp with time zone,
	"remind_of" text
);
--> statement-breakpoint
CREATE TABLE "recipient" (
	"message_id" text NOT NULL,
	"user_id" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"code" text,
	"chunk_id" bigint,
	"attempts" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "recipient_message_id_user_id_pk" PRIMARY KEY("message_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "template" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "chunk_message_state_idx" ON "chunk" USING btree ("message_id","state","not_before");--> statement-breakpoint
CREATE INDEX "message_created_at_idx" ON "message" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "message_status_idx" ON "message" USING btree ("status");