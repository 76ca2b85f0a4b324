ALTER TYPE "public"."article_kind" ADD VALUE 'sponsored';--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "kind" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "kind" DROP NOT NULL;