-- CreateIndex
CREATE INDEX "ProgressReport_periodId_idx" ON "ProgressReport"("periodId");

-- CreateIndex
CREATE INDEX "ReportRevision_reportId_submittedAt_idx" ON "ReportRevision"("reportId", "submittedAt");
