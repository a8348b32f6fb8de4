ALTER TABLE "chunk" ADD COLUMN "recall_state" text;--> statement-breakpoint
ALTER TABLE "chunk" ADD COLUMN "recall_reason" text;