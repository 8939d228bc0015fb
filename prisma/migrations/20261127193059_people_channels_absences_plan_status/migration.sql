-- AlterTable
ALTER TABLE "Member" ADD COLUMN "preferredChannel" TEXT;

-- CreateTable
CREATE TABLE "CodeAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "memberId" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "toDate" TEXT NOT NULL,
    "reason" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    "returnNoticeAt" DATETIME,
    CONSTRAINT "Absence_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FileLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "recipientMemberId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "downloadedAt" DATETIME,
    "downloads" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "FileLink_recipientMemberId_fkey" FOREIGN KEY ("recipientMemberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codeHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'join',
    "linkMemberId" TEXT,
    "role" TEXT NOT NULL,
    "agencyId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedByMemberId" TEXT,
    "revokedAt" DATETIME,
    CONSTRAINT "Invite_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Invite_usedByMemberId_fkey" FOREIGN KEY ("usedByMemberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Invite" ("agencyId", "codeHash", "createdAt", "createdById", "expiresAt", "id", "revokedAt", "role", "usedAt", "usedByMemberId") SELECT "agencyId", "codeHash", "createdAt", "createdById", "expiresAt", "id", "revokedAt", "role", "usedAt", "usedByMemberId" FROM "Invite";
DROP TABLE "Invite";
ALTER TABLE "new_Invite" RENAME TO "Invite";
CREATE UNIQUE INDEX "Invite_codeHash_key" ON "Invite"("codeHash");
CREATE TABLE "new_Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "programName" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "documentNumber" TEXT,
    "documentDate" TEXT,
    "issuer" TEXT NOT NULL,
    "signer" TEXT,
    "timezone" TEXT NOT NULL,
    "declaredTotalVnd" BIGINT NOT NULL,
    "declaredInvestmentVnd" BIGINT NOT NULL,
    "declaredRecurrentVnd" BIGINT NOT NULL,
    "declaredCentralVnd" BIGINT NOT NULL,
    "declaredLocalVnd" BIGINT NOT NULL,
    "otherSources" TEXT NOT NULL,
    "workingDays" TEXT NOT NULL,
    "deadlineShift" TEXT NOT NULL,
    "reminderPolicy" TEXT NOT NULL,
    "reportSettings" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'active',
    "activatedAt" DATETIME,
    "closedAt" DATETIME,
    "sourceFile" TEXT,
    "contentHash" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Plan" ("code", "contentHash", "createdAt", "deadlineShift", "declaredCentralVnd", "declaredInvestmentVnd", "declaredLocalVnd", "declaredRecurrentVnd", "declaredTotalVnd", "documentDate", "documentNumber", "id", "importedAt", "issuer", "otherSources", "programName", "reminderPolicy", "reportSettings", "signer", "sourceFile", "timezone", "title", "updatedAt", "workingDays", "year") SELECT "code", "contentHash", "createdAt", "deadlineShift", "declaredCentralVnd", "declaredInvestmentVnd", "declaredLocalVnd", "declaredRecurrentVnd", "declaredTotalVnd", "documentDate", "documentNumber", "id", "importedAt", "issuer", "otherSources", "programName", "reminderPolicy", "reportSettings", "signer", "sourceFile", "timezone", "title", "updatedAt", "workingDays", "year" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_code_key" ON "Plan"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CodeAttempt_channel_externalId_at_idx" ON "CodeAttempt"("channel", "externalId", "at");

-- CreateIndex
CREATE INDEX "Absence_memberId_fromDate_idx" ON "Absence"("memberId", "fromDate");

-- CreateIndex
CREATE UNIQUE INDEX "FileLink_tokenHash_key" ON "FileLink"("tokenHash");

-- CreateIndex
CREATE INDEX "FileLink_expiresAt_idx" ON "FileLink"("expiresAt");
