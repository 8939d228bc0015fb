-- Agencies outlive plans: Agency loses planId/position (kept per plan in PlanAgency) and its code
-- becomes unique. Hand-edited to move data: rows of different plans with the same code become one
-- agency (the row of the most recently imported plan survives, its name is the current one); what
-- pointed at the others (assignments, members, invites, reminder pauses) points at the survivor;
-- each old row becomes a PlanAgency row with the position and name its plan printed.
-- CreateTable
CREATE TABLE "PlanAgency" (
    "planId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,

    PRIMARY KEY ("planId", "agencyId"),
    CONSTRAINT "PlanAgency_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Data: which row survives for each code.
CREATE TABLE "_AgencySurvivor" ("oldId" TEXT NOT NULL PRIMARY KEY, "survivorId" TEXT NOT NULL);
INSERT INTO "_AgencySurvivor" ("oldId", "survivorId")
SELECT a."id", (
    SELECT b."id" FROM "Agency" b JOIN "Plan" p ON p."id" = b."planId"
    WHERE b."code" = a."code"
    ORDER BY p."importedAt" DESC, b."id" ASC
    LIMIT 1
) FROM "Agency" a;

-- Data: each plan names its agencies as it printed them.
INSERT INTO "PlanAgency" ("planId", "agencyId", "position", "name", "shortName")
SELECT a."planId", s."survivorId", a."position", a."name", a."shortName"
FROM "Agency" a JOIN "_AgencySurvivor" s ON s."oldId" = a."id";

-- Data: what pointed at a row that does not survive points at the survivor.
UPDATE "Assignment" SET "agencyId" = (SELECT s."survivorId" FROM "_AgencySurvivor" s WHERE s."oldId" = "Assignment"."agencyId")
WHERE "agencyId" IN (SELECT "oldId" FROM "_AgencySurvivor" WHERE "oldId" <> "survivorId");
UPDATE "Member" SET "agencyId" = (SELECT s."survivorId" FROM "_AgencySurvivor" s WHERE s."oldId" = "Member"."agencyId")
WHERE "agencyId" IN (SELECT "oldId" FROM "_AgencySurvivor" WHERE "oldId" <> "survivorId");
UPDATE "Invite" SET "agencyId" = (SELECT s."survivorId" FROM "_AgencySurvivor" s WHERE s."oldId" = "Invite"."agencyId")
WHERE "agencyId" IN (SELECT "oldId" FROM "_AgencySurvivor" WHERE "oldId" <> "survivorId");
UPDATE "ReminderPause" SET "agencyId" = (SELECT s."survivorId" FROM "_AgencySurvivor" s WHERE s."oldId" = "ReminderPause"."agencyId")
WHERE "agencyId" IN (SELECT "oldId" FROM "_AgencySurvivor" WHERE "oldId" <> "survivorId");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "isStandingOffice" BOOLEAN NOT NULL DEFAULT false,
    "parentId" TEXT,
    "mergedIntoId" TEXT,
    "mergedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agency_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Agency" ("code", "createdAt", "id", "isStandingOffice", "kind", "name", "shortName", "updatedAt") SELECT "code", "createdAt", "id", "isStandingOffice", "kind", "name", "shortName", "updatedAt" FROM "Agency"
WHERE "id" IN (SELECT "survivorId" FROM "_AgencySurvivor");
DROP TABLE "_AgencySurvivor";
DROP TABLE "Agency";
ALTER TABLE "new_Agency" RENAME TO "Agency";
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");
CREATE INDEX "Agency_mergedIntoId_idx" ON "Agency"("mergedIntoId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PlanAgency_agencyId_idx" ON "PlanAgency"("agencyId");
