import { AppError } from "../../services/app-error.ts";
import { memberChannels, type MemberChannels } from "../../services/people/member-channels.ts";
import { setPreferredChannel } from "../../services/people/set-preferred-channel.ts";
import type { ChannelName } from "../conversation-types.ts";
import { channelLabel } from "../labels.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";

const CHANNELS: readonly ChannelName[] = ["telegram", "zalo", "sandbox"];

/** "Telegram (nhận nhắc nhở), Zalo": the member's chat apps, the one the outbox uses marked. */
export function channelsLine(turn: Turn, mine: MemberChannels): string {
  return mine.channels
    .map(({ channel, reachable }) =>
      [
        channelLabel(turn, channel),
        channel === mine.deliveredOn ? turn.t("channel-mark-delivered") : "",
        reachable ? "" : turn.t("channel-mark-unreachable"),
      ].join(""),
    )
    .join(", ");
}

async function choose(turn: Turn, channel: ChannelName, fromChoice: boolean) {
  await setPreferredChannel(turn.deps, { actor: turn.requireActor(), channel });
  const text = turn.t("channel-set", { channel: channelLabel(turn, channel) });
  if (fromChoice) turn.edit({ text, choices: null });
  else turn.say(text);
}

/** /channel (/kenh) [telegram|zalo]: where reminders go, among the member's linked chat apps. */
async function channel(turn: Turn, args: string): Promise<void> {
  const actor = turn.requireActor();
  const wanted = args.trim().toLowerCase();
  if (wanted !== "") {
    const name = CHANNELS.find((c) => c === wanted);
    if (name === undefined) throw new AppError("channel-not-linked");
    return choose(turn, name, false);
  }
  const mine = await memberChannels(turn.deps, actor);
  const line = channelsLine(turn, mine);
  if (mine.channels.length < 2) return turn.say(turn.t("channel-only-one", { channels: line }));
  turn.say(turn.t("channel-choose", { channels: line }), [
    mine.channels.flatMap(({ channel: c }) => {
      const name = CHANNELS.find((n) => n === c);
      return name === undefined
        ? []
        : [turn.choice(channelLabel(turn, name), { kind: "pref-ch", channel: name })];
    }),
  ]);
}

export const preferredChannel: Feature = {
  commands: { channel, kenh: channel },
  choices: { "pref-ch": (turn, data) => choose(turn, data.channel, true) },
};
