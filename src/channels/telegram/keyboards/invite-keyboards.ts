import { InlineKeyboard } from "grammy";
import { agencyRequirement, type MemberRole } from "../../../domain/access/roles.ts";
import type { AgencyRow } from "../../../services/list-agencies.ts";
import { encodeCallback } from "../callback-data/callback-data.ts";

export const AGENCIES_PER_PAGE = 8;

export function roleKeyboard(roles: MemberRole[], label: (role: MemberRole) => string): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const role of roles) kb.text(label(role), encodeCallback({ kind: "inv-role", role })).row();
  return kb;
}

export function agencyKeyboard(
  role: MemberRole,
  agencies: AgencyRow[],
  page: number,
  labels: { none: string; prev: string; next: string },
): InlineKeyboard {
  const kb = new InlineKeyboard();
  const shown = agencies.slice(page * AGENCIES_PER_PAGE, (page + 1) * AGENCIES_PER_PAGE);
  for (const a of shown) {
    const name = a.name.length > 40 ? `${a.name.slice(0, 39)}…` : a.name;
    kb.text(`${a.code}: ${name}`, encodeCallback({ kind: "inv-agency", role, agency: a.code })).row();
  }
  if (page > 0) kb.text(labels.prev, encodeCallback({ kind: "inv-page", role, page: page - 1 }));
  if ((page + 1) * AGENCIES_PER_PAGE < agencies.length) {
    kb.text(labels.next, encodeCallback({ kind: "inv-page", role, page: page + 1 }));
  }
  if (agencyRequirement(role) === "optional") {
    kb.row().text(labels.none, encodeCallback({ kind: "inv-agency", role, agency: "-" }));
  }
  return kb;
}
