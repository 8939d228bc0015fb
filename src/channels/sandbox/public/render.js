/* global document */
// Draws one chat message. Every text goes in through textContent: nothing from the plan or from
// a person is ever read as HTML.

/** @param {string} tag @param {string} [className] @param {string} [text] */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @param {object} message the server's ChatMessage
 * @param {object} ui { t(key, args), onChoice(message, payload), onReply(message), timeLabel(iso) }
 */
export function renderMessage(message, ui) {
  const item = el("li", `message ${message.from}`);
  item.id = `m-${message.id}`;
  item.dataset.id = message.id;
  fillMessage(item, message, ui);
  return item;
}

export function fillMessage(item, message, ui) {
  item.replaceChildren();
  const head = el("p", "meta");
  head.append(el("span", "who", ui.t(message.from === "person" ? "sandbox-you" : "sandbox-bot")));
  head.append(el("time", "at", ui.timeLabel(message.at)));
  item.append(head);
  if (message.replyTo) {
    const quoted = document.getElementById(`m-${message.replyTo}`);
    const text = quoted?.querySelector(".text")?.textContent ?? "";
    item.append(el("blockquote", "quote", text.split("\n")[0]));
  }
  if (message.text !== undefined) item.append(el("div", "text", message.text));
  if (message.file) item.append(renderFile(message.file, ui));
  if (message.choices && message.choices.length > 0) {
    const choices = el("div", "choices");
    for (const row of message.choices) {
      const line = el("div", "choice-row");
      for (const choice of row) {
        const button = el("button", "choice", choice.label);
        button.type = "button";
        button.addEventListener("click", () => ui.onChoice(message, choice.payload));
        line.append(button);
      }
      choices.append(line);
    }
    item.append(choices);
  }
  if (message.from === "bot" && message.text !== undefined) {
    const reply = el("button", "reply", ui.t("sandbox-reply"));
    reply.type = "button";
    reply.addEventListener("click", () => ui.onReply(message));
    item.append(reply);
  }
}

function renderFile(file, ui) {
  const box = el("figure", "file");
  const href = `/api/file?id=${encodeURIComponent(file.id)}`;
  if (file.format === "png") {
    const img = el("img");
    img.src = `${href}&inline=1`;
    img.alt = file.caption ?? file.fileName;
    box.append(img);
  }
  const link = el("a", "download", ui.t("sandbox-download", { name: file.fileName }));
  link.href = href;
  link.download = file.fileName;
  box.append(link);
  if (file.caption) box.append(el("figcaption", "", file.caption));
  return box;
}
