// The title: "BÁO CÁO" and the subject with the period in words ("… quý II năm 2023").
import { AlignmentType, type Paragraph } from "docx";
import { periodInWords } from "../../domain/calendar/period-in-words.ts";
import type { Translate } from "../../i18n/translator.ts";
import { para, rule, run, TEXT_WIDTH } from "./docx-parts.ts";

/**
 * What the report is about, from the plan's title without repeating words the subject line
 * already says: "Kế hoạch thực hiện Chương trình … năm 2023" → "Chương trình …" (the year is in
 * the period).
 */
export function reportSubject(planTitle: string, year: number): string {
  return planTitle
    .trim()
    .replace(/^kế hoạch\s+(thực hiện|triển khai)\s+/iu, "")
    .replace(new RegExp(`[,\\s]+(năm\\s+)?${year}$`, "u"), "")
    .trim();
}

export function reportTitle(o: {
  t: Translate;
  planTitle: string;
  year: number;
  periodKey: string;
  locale: string;
}): Paragraph[] {
  const subject = o.t("docx-subject", {
    plan: reportSubject(o.planTitle, o.year),
    period: periodInWords(o.periodKey, o.locale).replace(/ /g, "\u00a0"), // kept on one line
  });
  return [
    para([run("")], { after: 0 }),
    para([run(o.t("docx-title"), { bold: true, size: 14 })], {
      align: AlignmentType.CENTER,
      after: 0,
      before: 240,
    }),
    para([run(subject, { bold: true, size: 14 })], { align: AlignmentType.CENTER, after: 0 }),
    rule(1701, TEXT_WIDTH),
    para([run("")], { after: 120 }),
  ];
}
