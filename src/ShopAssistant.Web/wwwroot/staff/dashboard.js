// The manager dashboard: figures, charts and tables from /api/metrics*, and the conversation browser.
// Charts are plain SVG drawn here; every text from the server goes in through textContent, never as HTML.
"use strict";
const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";

async function api(path) {
  const response = await fetch(path);
  if (response.status === 401) { location.href = "/staff/login?ReturnUrl=/dashboard"; return null; }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || response.statusText);
  }
  return response.json();
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) node.append(child ?? "");
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const secs = (ms) => ms >= 60000 ? `${(ms / 60000).toFixed(1)} min` : `${(ms / 1000).toFixed(ms < 10000 ? 2 : 0)} s`;
const beijing = (iso) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
const beijingDay = (iso) => new Date(iso).toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

function rangeQuery() {
  const params = new URLSearchParams();
  if ($("week").value) params.set("week", $("week").value);
  else {
    if ($("from").value) params.set("from", $("from").value);
    if ($("to").value) params.set("to", $("to").value);
  }
  return params;
}

function filterQuery() {
  const params = rangeQuery();
  for (const [id, name] of [["fIntent", "intent"], ["fReason", "reason"], ["fRating", "rating"], ["fAgent", "agent"], ["fLanguage", "language"]])
    if ($(id).value) params.set(name, $(id).value);
  return params;
}

function card(label, value, sub, mood) {
  return el("div", { class: `card-figure ${mood || ""}` }, el("div", { class: "label", textContent: label }),
    el("div", { class: "value", textContent: value }), el("div", { class: "sub", textContent: sub || "" }));
}

function renderCards(m) {
  const r = m.recommendations;
  $("cards").replaceChildren(
    card("会话 Conversations", m.conversations, `${m.turns} 轮 turns`),
    card("转人工率 Handoff rate", pct(m.handoffRate), `${m.handoffs} 次 handoffs`),
    card("机器人解决率 Bot resolution", pct(m.botResolutionRate), `${m.reopenedConversations} 重开 reopened`),
    card("满意度 CSAT", pct(m.csat), `${m.ratings} 评分 ratings · ⭐ ${m.averageStars}`, m.ratings === 0 ? "" : m.csat >= 0.9 ? "good" : "bad"),
    card("首次响应 First response", `${secs(m.firstResponseMs.p50)}`, `p95 ${secs(m.firstResponseMs.p95)} · 机器人 bot p95 ${secs(m.firstResponseMs.bot.p95)} · 客服 agent p50 ${secs(m.firstResponseMs.agent.p50)}`),
    card("排队等待 Queue wait", secs(m.queueWaitMs.p50), `p95 ${secs(m.queueWaitMs.p95)} · 目标 target < 60 s`, m.queueWaitMs.p50 > 60000 ? "bad" : ""),
    card("平均处理时长 Avg handle", secs(m.averageHandleMs), `${m.handoffsClosed} 已结束 closed`),
    card("推荐点击率 Rec. CTR", pct(r.clickThroughRate), `${r.clicks}/${r.impressions} · 加购 cart ${pct(r.addToCartRate)}`));
}

function barChart(host, labels, series, colors, every = 1) {
  const width = 420, height = 180, left = 28, bottom = 20, top = 8;
  const max = Math.max(1, ...series.flat());
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  const slot = (width - left) / Math.max(1, labels.length);
  const barWidth = Math.max(2, (slot - 4) / series.length);
  chart.append(svg("line", { x1: left, y1: height - bottom, x2: width, y2: height - bottom, stroke: "#ccc" }));
  const maxLabel = svg("text", { x: 0, y: top + 8 }); maxLabel.textContent = max; chart.append(maxLabel);
  labels.forEach((label, i) => {
    series.forEach((values, s) => {
      const h = (values[i] / max) * (height - bottom - top);
      const bar = svg("rect", { x: left + i * slot + 2 + s * barWidth, y: height - bottom - h, width: barWidth, height: h, class: colors[s] });
      const tip = svg("title"); tip.textContent = `${label}: ${values[i]}`; bar.append(tip);
      chart.append(bar);
    });
    if (i % every === 0) {
      const text = svg("text", { x: left + i * slot + 2, y: height - 6 }); text.textContent = label; chart.append(text);
    }
  });
  host.replaceChildren(chart);
}

function lineChart(host, labels, values) {
  const width = 420, height = 180, left = 28, bottom = 20, top = 8;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  const x = (i) => left + (labels.length <= 1 ? 0 : (i * (width - left - 10)) / (labels.length - 1));
  const y = (v) => height - bottom - v * (height - bottom - top);
  chart.append(svg("line", { x1: left, y1: y(0.9), x2: width, y2: y(0.9), stroke: "#2e7d3255", "stroke-dasharray": "4 3" }));
  const target = svg("text", { x: 0, y: y(0.9) + 3 }); target.textContent = "90%"; chart.append(target);
  const points = values.map((v, i) => v === null ? null : `${x(i)},${y(v)}`).filter(Boolean).join(" ");
  chart.append(svg("polyline", { points, class: "line" }));
  values.forEach((v, i) => {
    if (v === null) return;
    const dot = svg("circle", { cx: x(i), cy: y(v), r: 3, fill: "#2e7d32" });
    const tip = svg("title"); tip.textContent = `${labels[i]}: ${pct(v)}`; dot.append(tip); chart.append(dot);
  });
  labels.forEach((label, i) => {
    if (i % Math.ceil(labels.length / 10) !== 0) return;
    const text = svg("text", { x: x(i), y: height - 6 }); text.textContent = label; chart.append(text);
  });
  host.replaceChildren(chart);
}

function renderCharts(m) {
  const days = m.byDay.map((d) => d.day.slice(5));
  const every = Math.ceil(days.length / 10);
  barChart($("chartDaily"), days, [m.byDay.map((d) => d.conversations), m.byDay.map((d) => d.handoffs)], ["bar-a", "bar-b"], every);
  $("chartDaily").append(el("div", { class: "legend" }, el("i", { class: "swatch swatch-a" }), "会话 conversations",
    el("i", { class: "swatch swatch-b" }), "转人工 handoffs"));
  lineChart($("chartCsat"), days, m.byDay.map((d) => d.ratings === 0 ? null : d.csat));
  barChart($("chartHourly"), m.byHour.map((h) => String(h.hour)), [m.byHour.map((h) => h.conversations), m.byHour.map((h) => h.handoffs)], ["bar-a", "bar-b"], 2);
  barChart($("chartRatings"), ["1★", "2★", "3★", "4★", "5★"], [["1", "2", "3", "4", "5"].map((n) => m.ratingDistribution[n] || 0)], ["bar-a"]);
}

function table(host, header, rows, numeric = []) {
  host.replaceChildren(el("thead", {}, el("tr", {}, ...header.map((h) => el("th", { textContent: h })))),
    el("tbody", {}, ...(rows.length ? rows.map((row) => el("tr", {}, ...row.map((cell, i) => el("td", { class: numeric.includes(i) ? "num" : "", textContent: cell ?? "—" }))))
      : [el("tr", {}, el("td", { colSpan: header.length, textContent: "暂无数据 No data", class: "note" }))])));
}

function renderTables(m, agents, gaps) {
  table($("reasons"), ["原因 Reason", "次数 Handoffs", "占比 Share"],
    Object.entries(m.handoffsByReason).map(([reason, count]) => [reason, count, pct(m.handoffs ? count / m.handoffs : 0)]), [1, 2]);
  table($("daily"), ["日期 Day", "会话 Conv.", "转人工 Handoffs", "机器人解决 Bot resolved", "满意度 CSAT"],
    m.byDay.map((d) => [d.day, d.conversations, d.handoffs, d.botResolved, d.ratings ? `${pct(d.csat)} (${d.ratings})` : "—"]), [1, 2, 3, 4]);
  table($("agents"), ["客服 Agent", "接入 Claimed", "解决 Resolved", "交还 Returned", "平均处理 Avg handle", "首次响应p50 First reply", "满意度 CSAT", "评分 Ratings", "每小时会话 Conv./hour", "规范分 Flow score"],
    agents.map((a) => [a.agent, a.claimed, a.resolved, a.returned, secs(a.averageHandleMs), secs(a.firstResponseP50Ms), a.ratings ? pct(a.csat) : "—", a.ratings, a.conversationsPerHour, a.flowScore]),
    [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  $("gapsNote").textContent = `${gaps.questions} 个未答问题，来自 ${gaps.conversationsRead} 个会话 · ${gaps.questions} unanswered questions from ${gaps.conversationsRead} conversations`;
  table($("gaps"), ["主题 Topic", "次数 Count", "示例 Examples", "语言 Languages"],
    gaps.gaps.map((g) => [g.topic, g.count, g.examples.join(" ｜ "), Object.entries(g.languages).map(([k, v]) => `${k} ${v}`).join(", ")]), [1]);
}

function renderAlerts(alerts) {
  const items = [];
  for (const s of alerts.signals) {
    const name = s.signal === "handoffRate" ? "转人工率 Handoff rate" : "负面会话占比 Negative share";
    if (s.alert) items.push(el("div", { class: "alert", textContent: `⚠ 风险预警 Early warning: ${name} ${pct(s.lastHour)} 近1小时 last hour > 2× 7日均值 7-day average ${pct(s.sevenDayAverage)}` }));
  }
  for (const s of alerts.safety.slice(0, 5))
    items.push(el("div", { class: "alert", textContent: `🚨 安全/法律 ${s.reason} · ${beijing(s.at)} · 会话 ${s.conversationId} · 转人工 #${s.handoffId ?? "?"}` }));
  items.push(...modelAlert(alerts));
  for (const g of (alerts.guessing || []).slice(0, 5))
    items.push(el("div", { class: "alert", textContent: `🔒 订单验证多次失败，已锁定1小时 Order verification locked after repeated wrong digits · ${g.orderNo ? "订单 order " + g.orderNo : g.subject} · ${beijing(g.at)} · 会话 ${g.conversationId}` }));
  if (!items.length) items.push(el("div", { class: "ok", textContent: `✓ 近1小时无异常 No early warning in the last hour (${alerts.lastHourConversations} 会话 conversations)` }));
  $("alerts").replaceChildren(...items);
}

function fillSelect(id, values) {
  const select = $(id);
  const current = select.value;
  select.replaceChildren(select.options[0], ...values.map((v) => el("option", { value: v, textContent: v })));
  select.value = values.includes(current) ? current : "";
}

async function loadConversations() {
  const page = await api(`/api/conversations?${filterQuery()}`);
  if (!page) return;
  $("convCount").textContent = `显示 ${page.conversations.length} / 共 ${page.total} 个会话 · showing ${page.conversations.length} of ${page.total}`;
  const rows = page.conversations.map((c) => {
    const row = el("tr", { "data-id": c.conversationId },
      el("td", { textContent: beijing(c.startedAt) }), el("td", { textContent: c.conversationId }), el("td", { textContent: c.language ?? "—" }),
      el("td", { textContent: c.intents.join(", ") }), el("td", { textContent: c.handoffReasons.join(", ") || "—" }),
      el("td", { textContent: c.agents.join(", ") || "—" }), el("td", { class: "num", textContent: c.rating ?? "—" }),
      el("td", { class: `num score ${c.flowScore !== null && c.flowScore < 60 ? "low" : ""}`, textContent: c.flowScore ?? "—" }),
      el("td", { class: "num", textContent: c.flags || "" }));
    row.addEventListener("click", () => openConversation(c.conversationId, row));
    return row;
  });
  $("conversations").replaceChildren(
    el("thead", {}, el("tr", {}, ...["开始 Started", "会话 Conversation", "语言 Lang", "意图 Intents", "转人工 Handoff", "客服 Agent", "评分 Rating", "规范分 Score", "违规 Flags"].map((h) => el("th", { textContent: h })))),
    el("tbody", {}, ...rows));
}

async function openConversation(id, row) {
  document.querySelectorAll("#conversations tr.selected").forEach((r) => r.classList.remove("selected"));
  row?.classList.add("selected");
  const review = await api(`/api/conversations/${encodeURIComponent(id)}`);
  if (!review) return;
  $("review").hidden = false;
  // Who scored matters for how far to trust the reasons: the language model with the rubric, or the phrase rules.
  const judge = review.score.judge === "model" ? "模型评分 judged by the model" : "规则评分 judged by the rules";
  $("reviewTitle").textContent = `${id} · 服务规范评分 Flow score ${review.score.total}/100 · ${judge}`;
  $("steps").replaceChildren(...review.score.steps.map((s) => el("li", {}, el("b", { textContent: `${s.step} ${s.points}/${s.max}` }), " ", s.reason)));
  $("flags").replaceChildren(...review.score.flags.map((f) => el("li", { textContent: `⚠ ${f.rule}: ${f.evidence}` })));
  $("transcript").replaceChildren(...review.transcript.filter((l) => l.type === "message").map((l) => el("li",
    { class: l.speaker === "shopper" ? "in" : l.speaker === "agent" ? "out agent" : "out" }, l.text ?? "",
    el("span", { class: "meta", textContent: [beijing(l.at), l.intent, l.confidence != null ? l.confidence.toFixed(2) : null, l.handoffReason, l.agent].filter(Boolean).join(" · ") }))));
}

async function loadIncidents() {
  const incidents = await api("/api/incidents/active");
  if (!incidents) return;
  $("incidentCount").textContent = incidents.length ? `· ${incidents.length} 进行中 active` : "";
  $("incidents").replaceChildren(...incidents.map((i) => {
    const end = el("button", { type: "button", textContent: "结束 End" });
    end.addEventListener("click", async () => { await fetch(`/api/incidents/${i.id}/end`, { method: "POST" }); loadIncidents(); });
    return el("li", {}, `[${i.scope}] ${i.textZh} / ${i.textEn} · 至 until ${beijing(i.endsAt)} · ${i.declaredBy} `, end);
  }));
}

async function declareIncident(event) {
  event.preventDefault();
  const response = await fetch("/api/incidents", { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ scope: $("iScope").value, textZh: $("iZh").value, textEn: $("iEn").value, endsAt: `${$("iEnds").value}:00+08:00` }) });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    $("error").textContent = problem.detail || problem.title || response.statusText;
    return;
  }
  $("incidentForm").reset();
  loadIncidents();
}

async function load() {
  $("error").textContent = "";
  try {
    const q = rangeQuery();
    const [metrics, agents, gaps, alerts, model] = await Promise.all([
      api(`/api/metrics?${q}`), api(`/api/metrics/agents?${q}`), api(`/api/metrics/knowledge-gaps?${q}`), api("/api/metrics/alerts"),
      api(`/api/metrics/model?${q}`)]);
    if (!metrics) return;
    if (!$("from").value && !$("week").value) {
      $("from").value = beijingDay(metrics.from);
      $("to").value = beijingDay(new Date(new Date(metrics.to).getTime() - 1).toISOString());
    }
    renderCards(metrics);
    renderCharts(metrics);
    renderTables(metrics, agents, gaps);
    renderAlerts(alerts);
    renderModel(model);
    fillSelect("fIntent", Object.keys(metrics.turnsByIntent).sort());
    fillSelect("fReason", Object.keys(metrics.handoffsByReason).sort());
    fillSelect("fAgent", agents.map((a) => a.agent));
    await Promise.all([loadConversations(), loadIncidents()]);
  } catch (error) {
    $("error").textContent = error.message;
  }
}

document.querySelectorAll("a.csv").forEach((link) => link.addEventListener("click", () => {
  const params = link.dataset.filters ? filterQuery() : rangeQuery();
  params.set("format", "csv");
  if (link.dataset.filters) params.set("limit", "200");
  location.href = `${link.dataset.path}?${params}`;
}));
$("incidentForm").addEventListener("submit", (e) => declareIncident(e).catch((err) => { $("error").textContent = err.message; }));
$("range").addEventListener("submit", (e) => { e.preventDefault(); load(); });
$("week").addEventListener("change", () => { if ($("week").value) { $("from").value = ""; $("to").value = ""; } });
for (const id of ["from", "to"]) $(id).addEventListener("change", () => { $("week").value = ""; });
$("filters").addEventListener("submit", (e) => { e.preventDefault(); loadConversations().catch((err) => { $("error").textContent = err.message; }); });
$("logout").addEventListener("click", async () => { await fetch("/api/auth/logout", { method: "POST" }); location.href = "/staff/login"; });
fetch("/api/auth/me").then((r) => r.ok ? r.json() : null).then((me) => { if (me) $("me").textContent = me.userName; });
load();
const refreshAlerts = () => api("/api/metrics/alerts").then((a) => a && renderAlerts(a)).catch(() => {});
setInterval(refreshAlerts, 60000);
// The model's breaker and routes change by the minute during an outage; the rest of the page waits for Apply.
setInterval(() => api(`/api/metrics/model?${rangeQuery()}`).then((m) => m && renderModel(m)).catch(() => {}), 60000);

// Handbook E3: a safety or legal report is pushed the moment it arrives; the minute refresh covers the hourly signals.
ShopHub.build("/hubs/dashboard").then((live) => {
  live.on("riskAlert", (a) => {
    document.title = `🚨 ${a.reason} · 服务质量看板 Quality dashboard`;
    refreshAlerts();
  });
  live.onreconnected(refreshAlerts);
  live.onclose(() => ShopHub.start(live));
  return ShopHub.start(live);
});
