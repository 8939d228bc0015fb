-- Updates of one chat in order across processes: ProcessedUpdate gets an arrival sequence (the
-- database numbers rows, never an app clock), and a chat's stored updates are handled by the holder
-- of its ChatLease. Rows are copied oldest first (ties by update id), so an update left unfinished
-- keeps its place behind the older ones; unfinished rows keep their payload and lease, and those
-- without a chat get a line of their own ('update:<id>'), as the intake names it.
-- CreateTable
CREATE TABLE "ChatLease" (
    "channel" TEXT NOT NULL,
    "chatKey" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" DATETIME NOT NULL,
    "wake" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("channel", "chatKey")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProcessedUpdate" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "chatKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'done',
    "payload" TEXT,
    "leaseUntil" DATETIME,
    "processedAt" DATETIME NOT NULL
);
INSERT INTO "new_ProcessedUpdate" ("channel", "chatKey", "leaseUntil", "payload", "processedAt", "status", "updateId")
SELECT "channel",
       CASE WHEN "chatKey" IS NULL AND "status" = 'handling' THEN 'update:' || "updateId" ELSE "chatKey" END,
       "leaseUntil", "payload", "processedAt", "status", "updateId"
FROM "ProcessedUpdate" ORDER BY "processedAt", "updateId";
DROP TABLE "ProcessedUpdate";
ALTER TABLE "new_ProcessedUpdate" RENAME TO "ProcessedUpdate";
CREATE INDEX "ProcessedUpdate_processedAt_idx" ON "ProcessedUpdate"("processedAt");
CREATE INDEX "ProcessedUpdate_status_channel_chatKey_seq_idx" ON "ProcessedUpdate"("status", "channel", "chatKey", "seq");
CREATE UNIQUE INDEX "ProcessedUpdate_channel_updateId_key" ON "ProcessedUpdate"("channel", "updateId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
