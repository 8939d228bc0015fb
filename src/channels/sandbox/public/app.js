/* global document, window, fetch, setTimeout, EventSource */
// The sandbox page: pick who you are, talk to tiendo, move the simulated clock. Messages arrive
// over Server-Sent Events (replies, reminders, digests), so nothing needs a reload.
import { el, fillMessage, renderMessage } from "./render.js";

const $ = (id) => document.getElementById(id);
const store = window.localStorage;
const view = {
  lang: store.getItem("tiendo-sandbox-lang") === "en" ? "en" : "vi",
  strings: {},
  personas: [],
  timezone: "Asia/Ho_Chi_Minh",
  current: store.getItem("tiendo-sandbox-persona") ?? "focal-point:LDTBXH",
  replyTo: null,
  unread: new Map(),
  maxUploadBytes: 0,
};

function t(key, args = {}) {
  const text = view.strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

function toast(text) {
  const note = el("p", "toast", text);
  $("toasts").append(note);
  setTimeout(() => note.remove(), 5000);
}

async function api(path, body) {
  const sep = path.includes("?") ? "&" : "?";
  const init =
    body === undefined
      ? {}
      : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  let res;
  try {
    res = await fetch(`${path}${sep}lang=${view.lang}`, init);
  } catch {
    toast(t("sandbox-failed"));
    throw new Error("offline");
  }
  const data = await res.json();
  if (!res.ok) {
    toast(data.error ?? t("sandbox-failed"));
    throw new Error(data.error);
  }
  return data;
}

/** "13/06 08:00" in the plan's time zone (the simulated clock's time of each message). */
function timeLabel(iso) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: view.timezone,
    day: "2-digit",
    month: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const part = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}/${part("month")} ${part("hour")}:${part("minute")}`;
}

const ui = {
  t,
  timeLabel,
  onChoice: (message, payload) =>
    api("/api/input", {
      persona: view.current,
      input: { kind: "choice", payload, originId: message.id },
    }).catch(() => undefined),
  onReply: (message) => {
    view.replyTo = message.id;
    $("replying-text").textContent = t("sandbox-replying", {
      name: (message.text ?? "").split("\n")[0].slice(0, 80),
    });
    $("replying").hidden = false;
    $("text").focus();
  },
};

function applyStrings() {
  document.documentElement.lang = view.lang;
  document.title = t("sandbox-title");
  for (const node of document.querySelectorAll("[data-text]")) node.textContent = t(node.dataset.text);
  for (const node of document.querySelectorAll("[data-label]"))
    node.setAttribute("aria-label", t(node.dataset.label));
  for (const node of document.querySelectorAll("[data-title]")) node.title = t(node.dataset.title);
  $("language").lang = view.lang === "vi" ? "en" : "vi";
}

function persona() {
  return view.personas.find((p) => p.id === view.current);
}

function renderPersonas() {
  const select = $("persona");
  select.replaceChildren();
  for (const p of view.personas) {
    const count = view.unread.get(p.id) ?? 0;
    const option = el(
      "option",
      "",
      count > 0 ? t("sandbox-persona-unread", { name: p.label, count }) : p.label,
    );
    option.value = p.id;
    select.append(option);
  }
  select.value = view.current;
}

function applyState(state) {
  view.personas = state.personas;
  view.timezone = state.timezone;
  view.maxUploadBytes = state.maxUploadBytes;
  if (!persona()) view.current = state.personas[0]?.id ?? "";
  $("clock").textContent = state.nowLabel;
  renderPersonas();
  const joined = persona()?.joined === true;
  $("join-panel").hidden = joined;
  $("composer").hidden = !joined;
}

async function showChat() {
  const list = $("messages");
  const messages = await api(`/api/messages?persona=${encodeURIComponent(view.current)}`);
  list.replaceChildren(...messages.map((m) => renderMessage(m, ui)));
  if (messages.length === 0) list.append(el("li", "empty", t("sandbox-empty")));
  list.lastElementChild?.scrollIntoView({ block: "end" });
}

async function refresh() {
  applyState(await api("/api/state"));
  await showChat();
}

function onEvent(event) {
  if (event.type === "reset") return void refresh();
  if (event.type === "clock") return void api("/api/state").then(applyState);
  const chatId = event.type === "notice" ? event.chatId : event.message.chatId;
  if (chatId !== view.current) {
    if (event.type === "message") view.unread.set(chatId, (view.unread.get(chatId) ?? 0) + 1);
    return renderPersonas();
  }
  if (event.type === "notice") return toast(event.text);
  const existing = $(`m-${event.message.id}`);
  if (existing) return fillMessage(existing, event.message, ui);
  const list = $("messages");
  list.querySelector(".empty")?.remove();
  const item = renderMessage(event.message, ui);
  list.append(item);
  item.scrollIntoView({ block: "end" });
}

function listen() {
  const source = new EventSource("/api/events");
  let lost = false;
  source.onmessage = (e) => onEvent(JSON.parse(e.data));
  source.onopen = () => {
    if (lost) void refresh();
    lost = false;
  };
  source.onerror = () => {
    if (!lost) toast(t("sandbox-offline"));
    lost = true;
  };
}

async function send(text) {
  if (text.trim() === "") return;
  const input = view.replyTo ? { kind: "text", text, replyTo: view.replyTo } : { kind: "text", text };
  view.replyTo = null;
  $("replying").hidden = true;
  await api("/api/input", { persona: view.current, input });
}

/** Sends a file the person picked (its bytes as they are), as on Telegram; too big stays here. */
async function attach(file) {
  if (file.size > view.maxUploadBytes) {
    toast(t("sandbox-attach-too-big", { file: file.name, count: view.maxUploadBytes / 1024 / 1024 }));
    return;
  }
  const query = `persona=${encodeURIComponent(view.current)}&name=${encodeURIComponent(file.name)}`;
  let res;
  try {
    res = await fetch(`/api/upload?${query}&lang=${view.lang}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: file,
    });
  } catch {
    return toast(t("sandbox-failed"));
  }
  if (!res.ok) toast((await res.json().catch(() => ({}))).error ?? t("sandbox-failed"));
}

function wire() {
  $("attach").addEventListener("click", () => $("attach-file").click());
  $("attach-file").addEventListener("change", (e) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void attach(file);
  });
  $("persona").addEventListener("change", (e) => {
    view.current = e.target.value;
    store.setItem("tiendo-sandbox-persona", view.current);
    view.unread.delete(view.current);
    view.replyTo = null;
    $("replying").hidden = true;
    void refresh();
  });
  $("composer").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("text").value;
    $("text").value = "";
    void send(text).catch(() => ($("text").value = text));
  });
  $("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      $("composer").requestSubmit();
    }
  });
  for (const b of document.querySelectorAll("[data-command]")) {
    b.addEventListener("click", () => void send(b.dataset.command).catch(() => undefined));
  }
  $("reply-cancel").addEventListener("click", () => {
    view.replyTo = null;
    $("replying").hidden = true;
    $("text").focus();
  });
  for (const b of document.querySelectorAll("[data-clock-unit]")) {
    b.addEventListener("click", async () => {
      b.disabled = true;
      try {
        const state = await api("/api/clock", {
          unit: b.dataset.clockUnit,
          amount: Number(b.dataset.clockAmount),
        });
        applyState(state);
        toast(t("sandbox-clock-moved", { now: state.nowLabel }));
      } catch {
        // already shown
      } finally {
        b.disabled = false;
      }
    });
  }
  $("join").addEventListener("click", async () => {
    try {
      applyState(await api("/api/join", { persona: view.current }));
      $("text").focus();
    } catch {
      // already shown
    }
  });
  $("language").addEventListener("click", async () => {
    view.lang = view.lang === "vi" ? "en" : "vi";
    store.setItem("tiendo-sandbox-lang", view.lang);
    view.strings = await api("/api/strings");
    applyStrings();
    await refresh();
  });
  $("reset").addEventListener("click", async () => {
    if (!window.confirm(t("sandbox-reset-confirm"))) return;
    try {
      applyState(await api("/api/reset", {}));
      toast(t("sandbox-reset-done"));
    } catch {
      // already shown
    }
  });
}

async function main() {
  view.strings = await api("/api/strings");
  applyStrings();
  wire();
  listen();
  await refresh();
}

void main();
