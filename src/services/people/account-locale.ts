import { asLocale } from "../../i18n/translator.ts";
import type { ServiceDeps } from "../service-deps.ts";

const key = (channel: string, externalId: string) => `locale:${channel}:${externalId}`;

/** The language chosen with /lang by someone who is not (yet) a member. */
export async function getAccountLocale(deps: Pick<ServiceDeps, "db">, channel: string, externalId: string) {
  const row = await deps.db.session.findUnique({ where: { key: key(channel, externalId) } });
  return asLocale(row?.value);
}

/** Remembers a language: on the member when there is one, and for the chat account. */
export async function setAccountLocale(
  deps: Pick<ServiceDeps, "db">,
  options: { channel: string; externalId: string; memberId: string | null; locale: "vi" | "en" },
): Promise<void> {
  const k = key(options.channel, options.externalId);
  await deps.db.session.upsert({
    where: { key: k },
    create: { key: k, value: options.locale },
    update: { value: options.locale },
  });
  if (options.memberId !== null) {
    await deps.db.member.update({ where: { id: options.memberId }, data: { locale: options.locale } });
  }
}
