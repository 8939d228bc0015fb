-- The reminder outbox and the digests become one outbox; processed updates are claimed before
-- handling; leases for single-holder roles.

-- CreateTable
CREATE TABLE "Outbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "planId" TEXT,
    "assignmentId" TEXT,
    "periodId" TEXT,
    "step" TEXT,
    "recipientMemberId" TEXT,
    "subscriptionId" TEXT,
    "payload" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "leaseToken" TEXT,
    "leaseUntil" DATETIME,
    "channel" TEXT,
    "sentAt" DATETIME,
    "messageId" TEXT,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Outbox_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Outbox_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Outbox_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Outbox_recipientMemberId_fkey" FOREIGN KEY ("recipientMemberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Outbox_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "ChatSubscription" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Keep what was queued or sent: reminder rows and digests move into the one outbox (a claim in
-- flight goes back to pending; its lease is new).
INSERT INTO "Outbox" ("id", "kind", "key", "planId", "assignmentId", "periodId", "step", "recipientMemberId",
  "subscriptionId", "payload", "dueAt", "status", "attempts", "nextAttemptAt", "channel", "sentAt", "messageId",
  "lastError", "createdAt")
SELECT r."id", 'reminder',
  'reminder:' || r."assignmentId" || ':' || r."periodId" || ':' || r."step" || ':' || r."recipientMemberId",
  a."planId", r."assignmentId", r."periodId", r."step", r."recipientMemberId", NULL, '{}', r."dueAt",
  CASE r."status" WHEN 'claimed' THEN 'pending' ELSE r."status" END,
  r."attempts", r."nextAttemptAt", r."channel", r."sentAt", r."messageId", r."lastError", r."createdAt"
FROM "ReminderOutbox" r JOIN "Assignment" a ON a."id" = r."assignmentId";

INSERT INTO "Outbox" ("id", "kind", "key", "planId", "subscriptionId", "payload", "dueAt", "status", "attempts",
  "nextAttemptAt", "sentAt", "messageId", "lastError", "createdAt")
SELECT d."id", 'digest', 'digest:' || d."subscriptionId" || ':' || d."key", d."planId", d."subscriptionId",
  '{"key":"' || d."key" || '"}', d."createdAt",
  CASE d."status" WHEN 'claimed' THEN 'pending' ELSE d."status" END,
  d."attempts", d."createdAt", d."sentAt", d."messageId", d."lastError", d."createdAt"
FROM "Digest" d;

-- DropIndex
DROP INDEX "Digest_subscriptionId_key_key";

-- DropIndex
DROP INDEX "ReminderOutbox_assignmentId_periodId_step_recipientMemberId_key";

-- DropIndex
DROP INDEX "ReminderOutbox_status_nextAttemptAt_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Digest";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ReminderOutbox";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "acquiredAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProcessedUpdate" (
    "channel" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "chatKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'done',
    "payload" TEXT,
    "leaseUntil" DATETIME,
    "processedAt" DATETIME NOT NULL,

    PRIMARY KEY ("channel", "updateId")
);
INSERT INTO "new_ProcessedUpdate" ("channel", "processedAt", "updateId") SELECT "channel", "processedAt", "updateId" FROM "ProcessedUpdate";
DROP TABLE "ProcessedUpdate";
ALTER TABLE "new_ProcessedUpdate" RENAME TO "ProcessedUpdate";
CREATE INDEX "ProcessedUpdate_processedAt_idx" ON "ProcessedUpdate"("processedAt");
CREATE INDEX "ProcessedUpdate_status_leaseUntil_idx" ON "ProcessedUpdate"("status", "leaseUntil");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Outbox_key_key" ON "Outbox"("key");

-- CreateIndex
CREATE INDEX "Outbox_status_nextAttemptAt_idx" ON "Outbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Outbox_status_leaseUntil_idx" ON "Outbox"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "Outbox_assignmentId_periodId_idx" ON "Outbox"("assignmentId", "periodId");

-- CreateIndex
CREATE INDEX "Outbox_recipientMemberId_idx" ON "Outbox"("recipientMemberId");
