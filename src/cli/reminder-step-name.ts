import type { Translate } from "../i18n/translator.ts";

/** "before-1d" → "trước hạn 1 ngày", "due" → "đúng ngày hạn", "after-3d" → "quá hạn 3 ngày". */
export function reminderStepName(t: Translate, step: string): string {
  const m = /^(before|after)-(\d+)d$/.exec(step);
  if (m) return t(`reminder-step-${m[1]}`, { days: Number(m[2]) });
  return step === "due" ? t("reminder-step-due") : step;
}
