-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN "partsDelivered" TEXT;
