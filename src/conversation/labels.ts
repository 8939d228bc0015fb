import type { MemberRole } from "../domain/access/roles.ts";
import type { Turn } from "./turn.ts";

export const roleLabel = (turn: Turn, role: MemberRole | string): string => turn.t(`member-role-${role}`);

export const agencySuffix = (turn: Turn, agency: string | null): string =>
  agency === null ? "" : turn.t("agency-suffix", { agency });

/** "Telegram", "Zalo", "chat thử" (a channel's name as people know it). */
export const channelLabel = (turn: Turn, channel: string): string => turn.t(`channel-name-${channel}`);
