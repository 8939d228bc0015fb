// The labels people put in front of each field, folded (no diacritics, lower case), longest first.

export const REPORT_STATUSES = ["not-started", "in-progress", "completed", "stuck"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type FieldName =
  | "item"
  | "period"
  | "status"
  | "progress"
  | "disbursed"
  | "disbursedInvestment"
  | "disbursedRecurrent"
  | "results"
  | "obstacles"
  | "proposals";

const LABELS: [FieldName, string[]][] = [
  ["item", ["ma noi dung", "noi dung", "ma", "item", "code", "hang muc"]],
  ["period", ["ky bao cao", "ky", "period", "quarter"]],
  ["status", ["trang thai", "tinh trang", "tinh hinh", "status"]],
  [
    "progress",
    [
      "tien do thuc hien",
      "tien do",
      "ty le hoan thanh",
      "ti le hoan thanh",
      "hoan thanh",
      "progress",
      "% hoan thanh",
    ],
  ],
  [
    "disbursedInvestment",
    [
      "giai ngan von dau tu",
      "giai ngan dau tu",
      "von dau tu da giai ngan",
      "disbursed investment",
      "investment disbursed",
    ],
  ],
  [
    "disbursedRecurrent",
    [
      "giai ngan von su nghiep",
      "giai ngan su nghiep",
      "von su nghiep da giai ngan",
      "disbursed recurrent",
      "recurrent disbursed",
    ],
  ],
  ["disbursed", ["da giai ngan", "giai ngan", "kinh phi da giai ngan", "disbursed", "disbursement", "spent"]],
  ["results", ["ket qua dat duoc", "ket qua thuc hien", "ket qua", "results", "result", "outputs"]],
  [
    "obstacles",
    [
      "kho khan, vuong mac",
      "kho khan vuong mac",
      "kho khan",
      "vuong mac",
      "obstacles",
      "problems",
      "issues",
      "difficulties",
    ],
  ],
  [
    "proposals",
    [
      "de xuat, kien nghi",
      "de xuat kien nghi",
      "de xuat",
      "kien nghi",
      "proposals",
      "proposal",
      "recommendations",
      "requests",
    ],
  ],
];

/** Every (label, field), longest label first so "giai ngan dau tu" wins over "giai ngan". */
export const LABEL_TABLE: { label: string; field: FieldName }[] = LABELS.flatMap(([field, labels]) =>
  labels.map((label) => ({ label, field })),
).sort((a, b) => b.label.length - a.label.length);

const STATUS_WORDS: [ReportStatus, string[]][] = [
  ["not-started", ["chua thuc hien", "chua bat dau", "chua trien khai", "not started", "not yet started"]],
  ["stuck", ["vuong mac", "tam dung", "gap kho khan", "bi ket", "stuck", "blocked", "on hold"]],
  ["completed", ["da hoan thanh", "hoan thanh", "xong", "completed", "complete", "done", "finished"]],
  ["in-progress", ["dang thuc hien", "dang trien khai", "dang lam", "in progress", "ongoing", "underway"]],
];

/** A folded status phrase → status, or null. */
export function statusOf(folded: string): ReportStatus | null {
  for (const [status, words] of STATUS_WORDS) if (words.includes(folded)) return status;
  return null;
}

export const TEXT_LIMIT = 2000;
