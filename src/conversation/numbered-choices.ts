// Choices on a channel without buttons (Zalo): every reply's choices become a numbered list in its
// text ("1 — ✅ Xác nhận   2 — ✏️ Sửa   3 — ✖️ Hủy"), the offer is kept in the database, and the
// next message that answers it ("1", "01", "một", the label) is read as that choice.
import { answerNumber, pickNumberedChoice } from "../domain/text/pick-numbered-choice.ts";
import type { Translate } from "../i18n/translator.ts";
import {
  recallOfferedChoices,
  rememberOfferedChoices,
  type TOffer,
} from "../services/choices/offered-choices.ts";
import type { ServiceDeps } from "../services/service-deps.ts";
import type { ChoiceRows, Identity, Input, Output } from "./conversation-types.ts";

type Message = Extract<Output, { kind: "message" }>;

/** No list offers more choices than this: a bigger number is not an answer to one. */
const MAX_LISTED = 20;

/** The choices as text: one line per row, each choice numbered (or, for a typed question, named). */
function choiceList(t: Translate, rows: ChoiceRows, typed: boolean): string {
  if (typed) {
    const labels = rows.flat().map((c) => c.label);
    return t("choices-typed", { labels: labels.join(" · ") });
  }
  let n = 0;
  const lines = rows
    .filter((r) => r.length > 0)
    .map((row) => row.map((c) => t("choices-item", { n: ++n, label: c.label })).join("   "));
  return [...lines, t("choices-how", { max: n })].join("\n");
}

/**
 * A reply shown without buttons: choices written into the text, notices dropped (they are a
 * button's acknowledgement), edits shown as new messages. `offer` is what the last message offered
 * (null: it offered nothing, which closes an earlier offer; undefined: no message at all).
 */
export function numberReply(
  outputs: Output[],
  t: Translate,
): { outputs: Output[]; offer: TOffer | null | undefined } {
  const shown: Output[] = [];
  let offer: TOffer | null | undefined;
  for (const o of outputs) {
    if (o.kind === "notice") continue;
    if (o.kind === "file") {
      shown.push(o);
      continue;
    }
    const rows = o.choices ?? [];
    const text = o.text;
    if (o.kind === "edit-origin" && text === undefined && o.choices === undefined) continue;
    const typed = o.kind === "message" && o.typed === true;
    const listed = o.kind === "message" && o.listed === true;
    const choices = rows.flat();
    const list = choices.length > 0 && !listed ? choiceList(t, rows, typed) : "";
    const body = [text ?? "", list].filter((x) => x !== "").join("\n\n");
    if (body !== "") {
      const message: Message = { kind: "message", text: body };
      if (o.kind === "message" && o.imageUrl !== undefined) message.imageUrl = o.imageUrl;
      shown.push(message);
    }
    offer =
      choices.length > 0
        ? { choices: choices.map((c) => ({ label: c.label, payload: c.payload })), typed }
        : null;
  }
  return { outputs: shown, offer };
}

/** Keeps what a reply offered in the chat (a reply that offered nothing closes the last offer). */
export async function rememberOffer(
  deps: Pick<ServiceDeps, "db" | "clock">,
  identity: Pick<Identity, "channel" | "chatId">,
  offer: TOffer | null | undefined,
): Promise<void> {
  if (offer === undefined) return;
  await rememberOfferedChoices(deps, { channel: identity.channel, chatId: identity.chatId }, offer);
}

export type OfferedAnswer =
  /** The text picked a choice: handled as if its button had been pressed. */
  | { kind: "input"; input: Input }
  /** Not an answer to choices: handled as typed text. */
  | { kind: "text" }
  /** An answer the person must be told about (a stale or unknown number). */
  | { kind: "say"; text: string };

/** Reads a typed message against the choices last offered in the chat. */
export async function readOfferedAnswer(
  deps: Pick<ServiceDeps, "db">,
  identity: Pick<Identity, "channel" | "chatId">,
  text: string,
  t: Translate,
): Promise<OfferedAnswer> {
  const recalled = await recallOfferedChoices(deps, identity);
  if (recalled.kind === "none") return { kind: "text" };
  if (recalled.kind === "closed") {
    // A bare number after the conversation moved on: the choices it meant are gone.
    const n = answerNumber(text);
    return n !== null && n >= 1 && n <= MAX_LISTED
      ? { kind: "say", text: t("choices-stale") }
      : { kind: "text" };
  }
  const { choices, typed } = recalled.offer;
  const pick = pickNumberedChoice(
    text,
    choices.map((c) => c.label),
    !typed,
  );
  if (pick.kind === "none") return { kind: "text" };
  if (pick.kind === "out-of-range")
    return { kind: "say", text: t("choices-out-of-range", { max: pick.count }) };
  const chosen = choices[pick.index];
  return chosen ? { kind: "input", input: { kind: "choice", payload: chosen.payload } } : { kind: "text" };
}
