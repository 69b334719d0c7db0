// Ended conversations (issue 14): "End chat" turns the page into a read-only record of the conversation, and
// "Past chats" lists the last ones this browser ended, each opened read-only from the server by the token kept for it.
"use strict";
const PastChats = (() => {
  const key = "sa.past";
  const kept = 5;
  let view = null;
  const list = () => { try { return JSON.parse(localStorage.getItem(key)) || []; } catch { return []; } };

  /** null: the live chat; "ended" or "past": a read-only record, with the button that leaves it. */
  function readOnly(mode) {
    view = mode;
    el("composer").hidden = !!mode;
    el("readonly").hidden = !mode;
    el("pastList").hidden = true;
    if (!mode) return;
    showActions([]);
    el("readonlyText").textContent = mode === "ended" ? texts[lang].ended : texts[lang].pastTitle;
    el("readonlyAction").textContent = mode === "ended" ? texts[lang].newChat : texts[lang].back;
  }

  async function end() {
    const token = localStorage.getItem("sa.token");
    if (!token || view) return;
    await hub.invoke("End");
    const first = [...el("messages").querySelectorAll("li.shopper .bubble")][0];
    const entry = { token, endedAt: new Date().toISOString(), preview: first ? first.textContent.slice(0, 40) : "" };
    localStorage.setItem(key, JSON.stringify([entry, ...list()].slice(0, kept)));
    localStorage.removeItem("sa.token");
    el("messages").dataset.view = "ended";
    readOnly("ended");
  }

  function showList() {
    const box = el("pastList");
    box.hidden = !box.hidden;
    const entries = list();
    box.replaceChildren(...(entries.length ? entries.map((entry) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.append(timeOf(new Date(entry.endedAt)), " ", entry.preview || "…");
      button.addEventListener("click", () => open(entry.token).catch(() => { el("status").textContent = texts[lang].failed; }));
      item.appendChild(button);
      return item;
    }) : [Object.assign(document.createElement("li"), { textContent: texts[lang].noPast })]));
  }

  async function open(token) {
    const activities = await hub.invoke("PastConversation", token, shopperToken);
    readOnly("past");
    // The past conversation's photos open with its own session token, as its transcript did.
    Photos.session(token);
    showTranscript(activities, "past");
  }

  el("end").addEventListener("click", () => end().catch(() => { el("status").textContent = texts[lang].failed; }));
  el("past").addEventListener("click", showList);
  // Both "New conversation" and "Back to the current chat" are a join: it resumes the kept conversation or starts one.
  el("readonlyAction").addEventListener("click", () => joinOrRetry());

  return { readOnly, viewing: () => !!view };
})();
