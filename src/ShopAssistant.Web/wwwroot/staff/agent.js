// The agent console: live queue over the agents' hub, conversation view and actions over the REST API.
"use strict";
const $ = (id) => document.getElementById(id);
let hub = null;
const handoffs = new Map();
let selected = null;
let me = null;

async function api(method, path, body) {
  const response = await fetch(path, { method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
  if (response.status === 401) { location.href = "/staff/login?ReturnUrl=/agent"; return null; }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || response.statusText);
  }
  return response.status === 204 ? null : response.json();
}

function minutes(ms) { return Math.max(0, Math.round(ms / 60000)); }

// Waiting first (safety and legal reports before the rest, then the longest wait), then the active ones.
function queueOrder() {
  return [...handoffs.values()].filter((h) => h.status === "waiting" || h.status === "active")
    .sort((a, b) => (a.status === "active") - (b.status === "active") || a.priority - b.priority || a.createdAt.localeCompare(b.createdAt));
}

function renderQueue() {
  const list = $("queue");
  list.replaceChildren();
  for (const h of queueOrder()) {
    const item = document.createElement("li");
    item.dataset.id = h.id;
    if (h.priority === 0) item.classList.add("priority");
    if (selected === h.id) item.classList.add("selected");
    const waited = minutes(Date.now() - Date.parse(h.createdAt));
    item.innerHTML = "<div class=reason></div><div class=meta></div>";
    item.querySelector(".reason").textContent = `#${h.id} ${Labels.reason(h.reason)}${h.afterHours ? " (留言 message)" : ""}`;
    item.querySelector(".meta").textContent = `${h.language} · ${Labels.status(h.status)}${h.agent ? " · " + h.agent : ""} · ${waited} min`;
    item.addEventListener("click", () => open_(h.id));
    list.appendChild(item);
  }
}

async function open_(id) {
  selected = id;
  renderQueue();
  const detail = await api("GET", `/api/handoffs/${id}`);
  if (!detail) return;
  const h = detail.handoff;
  handoffs.set(h.id, h);
  $("detail").hidden = false;
  $("title").textContent = `#${h.id} · ${Labels.reason(h.reason)} · ${Labels.status(h.status)}${h.agent ? " · " + h.agent : ""}`;
  $("title").dataset.status = h.status;
  $("facts").textContent = `语言 Language: ${h.language} · 顾客 Shopper: ${h.shopperId} · 渠道 Channel: ${h.channel}`;
  $("summary").textContent = h.summary;
  $("orders").replaceChildren(...detail.recentOrders.map((o) => li(`${o.orderNo} · ¥${o.totalRmb} · ${o.status}`)));
  $("transcript").replaceChildren(...detail.transcript.map((t) => {
    const item = li(t.text || "");
    item.className = t.agent ? "agent" : t.direction;
    for (const url of t.photos || []) item.appendChild(photo(url));
    return item;
  }));
  // The photos the handoff carries: every photo the shopper sent in this conversation.
  $("photos").replaceChildren(...(detail.photos || []).map((p) => photo(p.url, `${p.contentType} · ${Math.ceil(p.sizeBytes / 1024)} KB`)));
  $("photosTitle").hidden = !(detail.photos || []).length;
  $("notes").replaceChildren(...detail.notes.map((n) => li(`${n.agent}: ${n.text}`)));
  const mine = h.status === "active" && h.agent === me.userName;
  $("claim").disabled = h.status !== "waiting";
  for (const button of ["resolve", "return", "transfer"]) $(button).disabled = !mine;
  $("reply").querySelector("button").disabled = !mine;
  $("transcript").lastElementChild?.scrollIntoView({ block: "end" });
  await loadCanned($("cannedQuery").value.trim());
}

// Service scripts as canned replies: for the shopper's last message (the first is the suggested reply) or a search.
// Only the newest request may fill the list: a slower, older one (the refresh after a claim) must not overwrite a search.
let cannedRequest = 0;
async function loadCanned(query) {
  if (!selected) return;
  const mine = ++cannedRequest;
  const replies = await api("GET", `/api/handoffs/${selected}/replies?q=${encodeURIComponent(query)}`) || [];
  if (mine !== cannedRequest) return;
  $("canned").replaceChildren(...replies.map((r, i) => {
    const item = li(`${i === 0 && !query ? "建议 Suggested · " : ""}${r.title}: ${r.answer}`);
    item.title = r.scriptId;
    item.addEventListener("click", () => { $("replyText").value = r.answer; $("replyText").focus(); });
    return item;
  }));
}

// A thumbnail that opens the full photo in a new tab; the staff cookie is what lets the browser load it.
function photo(url, title) {
  const link = document.createElement("a");
  link.className = "photo";
  link.href = url;
  link.target = "_blank";
  link.rel = "noopener";
  const image = document.createElement("img");
  image.src = url;
  image.alt = "顾客照片 Photo";
  image.loading = "lazy";
  if (title) image.title = title;
  link.appendChild(image);
  return link;
}

function li(text) { const item = document.createElement("li"); item.textContent = text; return item; }

async function act(action) {
  $("error").textContent = "";
  try { await action(); await open_(selected); } catch (e) { $("error").textContent = e.message; }
}

$("claim").addEventListener("click", () => act(() => api("POST", `/api/handoffs/${selected}/claim`)));
$("resolve").addEventListener("click", () => act(() => api("POST", `/api/handoffs/${selected}/resolve`, { disposition: $("disposition").value })));
$("return").addEventListener("click", () => act(() => api("POST", `/api/handoffs/${selected}/return-to-bot`)));
$("transfer").addEventListener("click", () => act(() => api("POST", `/api/handoffs/${selected}/transfer`, { agent: $("transferTo").value })));
$("reply").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("replyText").value;
  act(async () => { await api("POST", `/api/handoffs/${selected}/messages`, { text }); $("replyText").value = ""; });
});
$("note").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("noteText").value;
  act(async () => { await api("POST", `/api/handoffs/${selected}/notes`, { text }); $("noteText").value = ""; });
});
// Canned replies and the conversation search follow the typing, a moment after the last key.
function debounced(action, ms = 250) {
  let timer = null;
  return () => { clearTimeout(timer); timer = setTimeout(action, ms); };
}
$("cannedQuery").addEventListener("input", debounced(() => loadCanned($("cannedQuery").value.trim())));
$("search").addEventListener("input", debounced(search));

async function search() {
  const query = $("search").value.trim();
  $("results").hidden = !query;
  $("queue").hidden = !!query;
  if (!query) return;
  const hits = await api("GET", `/api/handoffs/search?q=${encodeURIComponent(query)}`).catch(() => []) || [];
  if (query !== $("search").value.trim()) return;
  $("results").replaceChildren(...(hits.length ? hits.map((hit) => {
    const item = li("");
    item.dataset.id = hit.handoff.id;
    item.innerHTML = "<div class=reason></div><div class=meta></div>";
    item.querySelector(".reason").textContent = `#${hit.handoff.id} ${Labels.reason(hit.handoff.reason)} · ${Labels.status(hit.handoff.status)}`;
    item.querySelector(".meta").textContent = hit.snippet;
    item.addEventListener("click", () => open_(hit.handoff.id));
    return item;
  }) : [li("没有找到 Nothing found")]));
}

// Enter sends, Shift+Enter is a new line; Enter that ends a Chinese input method's composition only commits it.
$("replyText").addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  if (!$("reply").querySelector("button").disabled) $("reply").requestSubmit();
});

// Alt+C claim, Alt+R resolve, Alt+N next conversation (the help line on the page says so); by key position, so
// they work whatever the keyboard layout or input method makes of the letter.
const shortcuts = {
  KeyC: () => !$("claim").disabled && $("claim").click(),
  KeyR: () => !$("resolve").disabled && $("resolve").click(),
  KeyN: () => next(),
};
document.addEventListener("keydown", (event) => {
  if (!event.altKey || event.ctrlKey || event.metaKey || !shortcuts[event.code]) return;
  event.preventDefault();
  shortcuts[event.code]();
});

// The next conversation in queue order after the one open: waiting ones first, as the queue shows them.
function next() {
  const order = queueOrder();
  if (!order.length) return;
  const at = order.findIndex((h) => h.id === selected);
  open_(order[(at + 1) % order.length].id);
}
$("presence").addEventListener("change", () => hub && hub.invoke("SetPresence", $("presence").value).catch(() => {}));
$("logout").addEventListener("click", async () => { await api("POST", "/api/auth/logout"); location.href = "/staff/login"; });

// The agent's presence rides on the hub address, so a reconnect (a new connection) keeps "away" instead of the
// server's default "online"; it is set again on every reconnect for the choice made since.
async function connect() {
  hub = await ShopHub.build("/hubs/agents", { presence: $("presence").value });
  hub.on("handoff", (h) => { handoffs.set(h.id, h); renderQueue(); if (h.id === selected) open_(h.id); });
  hub.on("arrived", (h) => {
    if ($("presence").value === "online") Alerts.newHandoff(h, open_);
    $("arrived").hidden = false;
    $("arrived").textContent = `新的转人工 New handoff #${h.id}: ${Labels.reason(h.reason)}`;
    document.title = `(${h.id}) 客服工作台`;
  });
  hub.on("presence", (p) => { $("presence").value = p; });
  hub.on("shopperMessage", (m) => { if (m.handoffId === selected) open_(selected); });
  hub.onreconnecting(() => {
    hub.baseUrl = ShopHub.address("/hubs/agents", { presence: $("presence").value });
    connection(false);
    // A session that ended (signed out elsewhere, account changed) closes the hub: api() goes to the sign-in page.
    api("GET", "/api/auth/me").catch(() => {});
  });
  hub.onreconnected(() => { connection(true); loadQueue(); });
  hub.onclose(() => { connection(false); ShopHub.start(hub).then(() => { connection(true); loadQueue(); }); });
  await ShopHub.start(hub);
  connection(true);
  await loadQueue();
}

// What happened while the connection was down is read again from the API.
async function loadQueue() {
  for (const h of await api("GET", "/api/handoffs") || []) handoffs.set(h.id, h);
  renderQueue();
}

function connection(up) {
  $("connection").textContent = up ? "" : "连接中断，正在重连… Reconnecting…";
  document.body.dataset.hub = up ? "connected" : "reconnecting";
}

(async () => {
  me = await api("GET", "/api/auth/me");
  if (!me) return;
  $("me").textContent = me.userName;
  const agents = await api("GET", "/api/agents");
  $("transferTo").replaceChildren(...Object.keys(agents || {}).filter((a) => a !== me.userName).map((a) => {
    const option = document.createElement("option"); option.value = a; option.textContent = `${a} (${agents[a]})`; return option;
  }));
  await connect();
  setInterval(renderQueue, 30000);
})();
