CREATE TABLE "edge_purges" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tags" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"error" text,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "edge_purges_pending_idx" ON "edge_purges" USING btree ("id") WHERE "edge_purges"."done_at" is null;