import type { ServiceDeps } from "../service-deps.ts";
import { codeAttemptsHeldUntil, recordFailedCodeAttempt, type CodeAttemptLimits } from "./code-attempts.ts";
import { hashInviteCode } from "./invite-code.ts";
import { linkIdentity, type LinkResult } from "./link-identity.ts";
import { redeemInvite, type ChatAccount, type RedeemResult } from "./redeem-invite.ts";

const NOT_FAILURES: ReadonlySet<string> = new Set(["joined", "linked", "already-member", "same-account"]);

/** What became of a code, and what it was (a wrong code reads as an invite). */
export type CodeResult =
  | (RedeemResult & { purpose: "join" })
  | (LinkResult & { purpose: "link" })
  | { kind: "wait"; until: Date; purpose: null };

/**
 * A code someone sent (an invite or a link code, typed or from a deep link): joins or links. Every
 * failure counts against the sender; after too many, even a right code waits (guessing is slowed).
 */
export async function redeemCode(
  deps: ServiceDeps,
  options: { code: string; account: ChatAccount; limits: CodeAttemptLimits },
): Promise<CodeResult> {
  const { account } = options;
  const sender = { channel: account.channel, externalId: account.externalId };
  const until = await codeAttemptsHeldUntil(deps, sender, options.limits);
  if (until !== null) return { kind: "wait", until, purpose: null };
  const codeHash = await hashInviteCode(options.code);
  const invite = await deps.db.invite.findUnique({ where: { codeHash }, select: { purpose: true } });
  const result: CodeResult =
    invite?.purpose === "link"
      ? { ...(await linkIdentity(deps, { code: options.code, codeHash, account })), purpose: "link" }
      : { ...(await redeemInvite(deps, { code: options.code, codeHash, account })), purpose: "join" };
  // A code that exists but did not work (used, expired, revoked) counts too: only a right code,
  // or one sent by its own member, does not.
  if (!NOT_FAILURES.has(result.kind)) await recordFailedCodeAttempt(deps, sender);
  return result;
}
