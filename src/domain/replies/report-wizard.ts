// The guided report as a state machine: pure, so its state can live in the database and a
// restart in the middle resumes where it was. The channel renders each step's prompt.
import { cutGraphemes } from "../text/cut-graphemes.ts";
import { amountErrorCode, MAX_AMOUNT_VND, parseAmount } from "./parse-amount.ts";
import { parsePercent, type ReplyValue } from "./parse-reply.ts";
import { REPORT_STATUSES, TEXT_LIMIT, type ReportStatus } from "./reply-fields.ts";

export const WIZARD_STEPS = [
  "item",
  "period",
  "status",
  "progress",
  "disbursed",
  "results",
  "obstacles",
  "proposals",
  "done",
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Steps a person may skip (optional fields). */
export const SKIPPABLE: ReadonlySet<WizardStep> = new Set(["disbursed", "results", "obstacles", "proposals"]);

export interface AttachmentRef {
  kind: "photo" | "document";
  fileId: string;
  fileName?: string | undefined;
  mimeType?: string | undefined;
  sizeBytes?: number | undefined;
}

export interface WizardState {
  step: WizardStep;
  /** Photos and documents sent during the dialogue. */
  attachments?: AttachmentRef[];
  assignmentId?: string;
  periodId?: string;
  value: ReplyValue;
  /** Steps visited, for "back". */
  trail: WizardStep[];
  /** Steps with a single choice are passed over (one item, say). */
  skipped: WizardStep[];
}

export type WizardInput =
  | { kind: "item"; assignmentId: string }
  | { kind: "period"; periodId: string }
  | { kind: "status"; status: ReportStatus }
  | { kind: "text"; text: string }
  | { kind: "skip" }
  | { kind: "back" };

export interface WizardResult {
  state: WizardState;
  /** Why the input was not taken (`reply-error-<code>`); the state is unchanged then. */
  error?: { code: string; params: Record<string, string | number> };
}

const next = (step: WizardStep, skipped: WizardStep[]): WizardStep => {
  let i = WIZARD_STEPS.indexOf(step) + 1;
  while (skipped.includes(WIZARD_STEPS[i] ?? "done")) i++;
  return WIZARD_STEPS[i] ?? "done";
};

export function startWizard(preset: {
  assignmentId?: string;
  periodId?: string;
  value?: ReplyValue;
  skipped?: WizardStep[];
  attachments?: AttachmentRef[];
}): WizardState {
  const skipped = [...(preset.skipped ?? [])];
  if (preset.assignmentId) skipped.push("item");
  if (preset.periodId) skipped.push("period");
  const state: WizardState = { step: "item", value: { ...(preset.value ?? {}) }, trail: [], skipped };
  if (preset.attachments?.length) state.attachments = [...preset.attachments];
  if (preset.assignmentId) state.assignmentId = preset.assignmentId;
  if (preset.periodId) state.periodId = preset.periodId;
  if (skipped.includes("item")) state.step = next("item", skipped);
  return state;
}

export function advanceWizard(state: WizardState, input: WizardInput): WizardResult {
  const s: WizardState = { ...state, value: { ...state.value }, trail: [...state.trail] };
  const forward = (): WizardResult => {
    s.trail.push(state.step);
    s.step = next(state.step, s.skipped);
    return { state: s };
  };
  const refuse = (code: string, params: Record<string, string | number> = {}): WizardResult => ({
    state,
    error: { code, params: { line: 1, ...params } },
  });
  if (input.kind === "back") {
    const previous = s.trail.pop();
    if (previous === undefined) return { state };
    s.step = previous;
    return { state: s };
  }
  if (input.kind === "skip") {
    if (!SKIPPABLE.has(state.step)) return refuse("cannot-skip");
    return forward();
  }
  switch (state.step) {
    case "item":
      if (input.kind !== "item") return refuse("choose-button");
      s.assignmentId = input.assignmentId;
      return forward();
    case "period":
      if (input.kind !== "period") return refuse("choose-button");
      s.periodId = input.periodId;
      return forward();
    case "status":
      if (input.kind !== "status" || !REPORT_STATUSES.includes(input.status)) return refuse("choose-button");
      s.value.status = input.status;
      return forward();
    case "progress": {
      if (input.kind !== "text") return refuse("bad-progress", { text: "" });
      const p = parsePercent(input.text);
      if (p === null) return refuse("bad-progress", { text: cutGraphemes(input.text, 40) });
      s.value.progressPct = p;
      return forward();
    }
    case "disbursed": {
      if (input.kind !== "text") return refuse("bad-money", { text: "" });
      const a = parseAmount(input.text);
      if (!a.ok) {
        const max = (MAX_AMOUNT_VND / 1_000_000_000n).toString();
        return refuse(amountErrorCode(a.reason), { text: cutGraphemes(input.text, 40), max });
      }
      s.value.disbursedVnd = a.vnd;
      delete s.value.disbursedInvestmentVnd;
      delete s.value.disbursedRecurrentVnd;
      return forward();
    }
    case "results":
    case "obstacles":
    case "proposals": {
      if (input.kind !== "text") return refuse("choose-button");
      const text = input.text.trim();
      if (text.length > TEXT_LIMIT) return refuse("too-long", { max: TEXT_LIMIT });
      s.value[state.step] = text;
      return forward();
    }
    case "done":
      return { state };
  }
}
