ALTER TABLE "chunk" ADD COLUMN "read_complete" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "read_tracking" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "read_ended_reason" text;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "read_next_poll_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "read_last_polled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "read_poll_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "read_polls" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "read_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "dingtalk_send_status" text;