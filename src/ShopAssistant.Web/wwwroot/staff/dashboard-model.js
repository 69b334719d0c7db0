// The dashboard's language-model panel (issue 17): breaker state and availability now, the share of turns answered by
// each route, tokens and estimated cost for the range. Texts from the server go in through textContent only.
"use strict";

const MODEL_ROUTES = {
  llm: "模型作答 Model answered",
  offline: "离线作答 Offline (no model / not usable)",
  offline_breaker_open: "熔断中离线作答 Offline, breaker open",
  over_budget: "超时离线作答 Over the time budget",
  offline_retry_after: "服务方限流 Provider asked to wait (429)",
  offline_busy: "并发已满 Too many model calls at once",
  offline_token_budget: "今日额度用尽 Daily token budget spent",
  offline_model_failed: "模型出错 Model error",
};

const MODEL_BREAKER = {
  closed: "正常 closed", half_open: "试探中 half-open", open: "熔断 open", isolated: "隔离 isolated", not_configured: "未配置 not configured",
};

function renderModel(model) {
  const { health: h, figures: f } = model;
  const money = (x) => `${x.toFixed(4)} ${f.currency}`;
  const budget = h.dailyTokenBudget > 0 ? ` / ${h.dailyTokenBudget}` : "";
  const state = `${MODEL_BREAKER[h.breaker] || h.breaker}${h.unavailableSince ? ` · 不可用自 unavailable since ${beijing(h.unavailableSince)}` : ""}`;
  $("modelCards").replaceChildren(
    card("模型状态 Model", state, h.retryAfterUntil ? `限流至 retry after ${beijing(h.retryAfterUntil)}` : `今日 today ${h.todayTokens}${budget} tokens`,
      h.breaker === "closed" ? "good" : h.breaker === "not_configured" ? "" : "bad"),
    card("模型作答占比 Model share", pct(f.shareByRoute.llm || 0), `${f.turnsByRoute.llm || 0}/${f.turns} 轮 turns`),
    card("Tokens", `${f.inputTokens + f.outputTokens}`, `输入 in ${f.inputTokens} · 输出 out ${f.outputTokens} · 评分 judge ${f.judgeTokens}`),
    card("估算费用 Est. cost", money(f.cost), `每会话 per conversation ${money(f.costPerConversation)}`),
    card("每个机器人解决会话 Per bot-resolved", money(f.costPerBotResolvedConversation), `机器人解决 resolved by the bot: ${f.botResolvedConversations} of ${f.conversations}`));
  table($("modelRoutes"), ["路径 Route", "轮次 Turns", "占比 Share"],
    Object.entries(f.turnsByRoute).sort((a, b) => b[1] - a[1]).map(([route, n]) => [MODEL_ROUTES[route] || route, n, pct(f.shareByRoute[route] || 0)]), [1, 2]);
}

function modelAlert(alerts) {
  const m = alerts.model;
  if (!m) return [];
  return [el("div", { class: "alert", textContent: `🤖 模型不可用已 ${m.minutes} 分钟，机器人以离线方式作答 The language model has been unavailable for ${m.minutes} min (since ${beijing(m.since)}, breaker ${m.breaker}); the bot answers offline` })];
}
