// The shopper's chat page: talks to the bot through the web chat hub, renders messages, suggested actions
// (buttons) and product cards, and resumes the same conversation after a reload or a server restart.
"use strict";
const texts = {
  zh: { title: "暖居英伦家居礼品店", subtitle: "智能客服 · 24小时在线", placeholder: "请输入您的问题…", send: "发送",
        other: "English", connecting: "正在连接…", offline: "连接已断开，正在重连…", failed: "发送失败，请重试。",
        end: "结束会话", past: "以往会话", ended: "本次会话已结束，以下为只读记录。", pastTitle: "以往会话（只读）",
        newChat: "开始新会话", back: "返回当前会话", noPast: "还没有以往会话。", shopTime: "北京时间",
        attach: "发送照片（JPEG、PNG、WebP，可粘贴或拖入）", photo: "照片" },
  en: { title: "Hearth & Gift", subtitle: "Shop assistant · online 24/7", placeholder: "Type your question…", send: "Send",
        other: "中文", connecting: "Connecting…", offline: "Connection lost, reconnecting…", failed: "Could not send, please try again.",
        end: "End chat", past: "Past chats", ended: "This conversation has ended; this is a read-only record.", pastTitle: "Past conversation (read-only)",
        newChat: "New conversation", back: "Back to the current chat", noPast: "No past conversations yet.", shopTime: "Beijing time",
        attach: "Send a photo (JPEG, PNG, WebP; paste or drop works too)", photo: "Photo" },
};
// ?lang=zh|en is how the launcher (launcher.js) passes the shop site's language; the shopper's own choice wins after.
const langParam = new URLSearchParams(location.search).get("lang");
let lang = localStorage.getItem("sa.lang") || (langParam === "zh" || langParam === "en" ? langParam : null)
  || ((navigator.language || "zh").toLowerCase().startsWith("zh") ? "zh" : "en");
const el = (id) => document.getElementById(id);
let hub = null;
// The shop's site signs its shopper in by opening this page as /?shopperToken=<JWT> (README, "Embedding"). The token is
// taken off the address bar at once (so it is not bookmarked or shared) and kept for this tab's reconnects only.
const shopperToken = (() => {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get("shopperToken");
  if (fromUrl) {
    sessionStorage.setItem("sa.shopper", fromUrl);
    params.delete("shopperToken");
    history.replaceState(null, "", location.pathname + (params.toString() ? "?" + params : "") + location.hash);
  }
  return fromUrl || sessionStorage.getItem("sa.shopper");
})();
const seen = new Set();
// Times are the shop's (Beijing, where its service hours and dispatch cut-offs are), whatever the shopper's own zone.
const shopZone = "Asia/Shanghai";

function applyLanguage() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = texts[lang][node.dataset.i18n];
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = texts[lang][node.dataset.i18nPlaceholder];
  for (const node of document.querySelectorAll("[data-i18n-title]")) node.title = texts[lang][node.dataset.i18nTitle];
  el("lang").textContent = texts[lang].other;
}

function render(activity) {
  if (activity.type === "typing") { el("typing").hidden = false; return; }
  if (activity.type !== "message" || (activity.id && seen.has(activity.id))) return;
  if (activity.id) seen.add(activity.id);
  el("typing").hidden = true;
  const fromShopper = activity.from && activity.from.role === "user";
  const item = document.createElement("li");
  item.className = fromShopper ? "shopper" : "bot";
  const meta = activity.channelData && activity.channelData.shopAssistant;
  if (meta && meta.intent) item.dataset.intent = meta.intent;
  if (activity.channelData && activity.channelData.agent) item.classList.add("agent");
  const bubble = document.createElement("div");
  bubble.className = "bubble";
  bubble.textContent = activity.text || "";
  item.appendChild(bubble);
  item.appendChild(timeOf(activity.timestamp ? new Date(activity.timestamp) : new Date()));
  for (const attachment of activity.attachments || []) {
    if (Photos.isPhoto(attachment)) { item.insertBefore(Photos.thumbnail(attachment.contentUrl), bubble); bubble.hidden = !activity.text; continue; }
    if (attachment.contentType !== "application/vnd.microsoft.card.hero") continue;
    item.appendChild(productCard(attachment.content || {}));
  }
  el("messages").appendChild(item);
  if (!fromShopper) showActions(activity.suggestedActions ? activity.suggestedActions.actions : []);
  item.scrollIntoView({ block: "end" });
}

// "14:05" today, "11-28 14:05" before, in the shop's time; the full date and the zone on hover.
function timeOf(at) {
  const time = document.createElement("time");
  time.dateTime = at.toISOString();
  const format = (options) => new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: shopZone, ...options }).format(at);
  const clock = format({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const day = (d) => new Intl.DateTimeFormat("en-CA", { timeZone: shopZone }).format(d);
  time.textContent = day(at) === day(new Date()) ? clock : `${format({ month: "2-digit", day: "2-digit" })} ${clock}`;
  time.title = `${day(at)} ${clock} ${texts[lang].shopTime}`;
  return time;
}

function productCard(card) {
  const box = document.createElement("div");
  box.className = "product";
  for (const [cls, value] of [["name", card.title], ["price", card.subtitle], ["reason", card.text]]) {
    const line = document.createElement("div");
    line.className = cls;
    line.textContent = value || "";
    box.appendChild(line);
  }
  for (const button of card.buttons || []) {
    if (!button.value || !button.value.stockCode) continue;
    const choose = document.createElement("button");
    choose.type = "button";
    choose.textContent = button.title;
    // "see details" asks the bot about the product; "add to cart" is logged and confirmed by the bot.
    const method = button.value.action === "add_to_cart" ? "AddToCart" : "ChooseProduct";
    choose.className = button.value.action === "add_to_cart" ? "add-to-cart" : "details";
    choose.addEventListener("click", () => {
      el("typing").hidden = false;
      hub.invoke(method, button.value.stockCode, lang === "zh" ? "zh-CN" : "en-US").catch(() => { el("status").textContent = texts[lang].failed; });
    });
    box.appendChild(choose);
  }
  return box;
}

function showActions(actions) {
  const box = el("actions");
  box.replaceChildren();
  for (const action of actions || []) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = action.title;
    button.addEventListener("click", () => send(action.value || action.title));
    box.appendChild(button);
  }
}

async function send(text) {
  if (!text || !text.trim()) return;
  showActions([]);
  render({ type: "message", from: { role: "user" }, text });
  el("typing").hidden = false;
  try {
    await hub.invoke("Send", text, lang === "zh" ? "zh-CN" : "en-US");
  } catch (e) {
    el("typing").hidden = true;
    el("status").textContent = texts[lang].failed;
  }
}

// Starts or resumes the conversation; again after every reconnect, since the hub knows a session per connection.
async function join() {
  // Leaving a read-only view: cleared before starting, since a new conversation's welcome arrives during StartAs.
  if (el("messages").dataset.view) showTranscript([]);
  PastChats.readOnly(null);
  const started = await hub.invoke("StartAs", localStorage.getItem("sa.token"), lang === "zh" ? "zh-CN" : "en-US", shopperToken);
  localStorage.setItem("sa.token", started.token);
  Photos.session(started.token);
  if (started.resumed) {
    // The whole history, not only what is missing: shopper lines shown before the server stored them have no id.
    showTranscript(await hub.invoke("History"));
  }
  el("status").textContent = "";
}

function showTranscript(activities, view) {
  el("messages").replaceChildren();
  if (view) el("messages").dataset.view = view; else delete el("messages").dataset.view;
  seen.clear();
  showActions([]);
  for (const json of activities) render(JSON.parse(json));
}

async function joinOrRetry() {
  try { await join(); } catch (e) {
    el("status").textContent = e.message && e.message.includes("HubException") ? e.message.replace(/^.*HubException: /, "") : texts[lang].offline;
    setTimeout(joinOrRetry, 5000);
  }
}

async function connect() {
  el("status").textContent = texts[lang].connecting;
  hub = await ShopHub.build("/hubs/webchat");
  hub.on("activity", (json) => { if (!PastChats.viewing()) render(JSON.parse(json)); });
  hub.onreconnecting(() => { el("status").textContent = texts[lang].offline; });
  // A page showing a read-only record stays on it; its button joins when the shopper wants to chat again.
  const rejoin = () => (PastChats.viewing() ? (el("status").textContent = "") : joinOrRetry());
  hub.onreconnected(rejoin);
  hub.onclose(() => { el("status").textContent = texts[lang].offline; ShopHub.start(hub).then(rejoin); });
  await ShopHub.start(hub);
  await joinOrRetry();
}

el("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = el("text").value;
  el("text").value = "";
  send(text);
});
el("lang").addEventListener("click", () => {
  lang = lang === "zh" ? "en" : "zh";
  localStorage.setItem("sa.lang", lang);
  applyLanguage();
});
applyLanguage();
connect();
