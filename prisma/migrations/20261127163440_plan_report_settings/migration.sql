-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "sourceFile" TEXT,
    "contentHash" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Plan" ("code", "contentHash", "createdAt", "deadlineShift", "declaredCentralVnd", "declaredInvestmentVnd", "declaredLocalVnd", "declaredRecurrentVnd", "declaredTotalVnd", "documentDate", "documentNumber", "id", "importedAt", "issuer", "otherSources", "programName", "reminderPolicy", "signer", "sourceFile", "timezone", "title", "updatedAt", "workingDays", "year") SELECT "code", "contentHash", "createdAt", "deadlineShift", "declaredCentralVnd", "declaredInvestmentVnd", "declaredLocalVnd", "declaredRecurrentVnd", "declaredTotalVnd", "documentDate", "documentNumber", "id", "importedAt", "issuer", "otherSources", "programName", "reminderPolicy", "signer", "sourceFile", "timezone", "title", "updatedAt", "workingDays", "year" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_code_key" ON "Plan"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
