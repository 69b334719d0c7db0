// The chat launcher for the shop's own site (README "Embedding the chat"): one script tag adds a chat button that
// opens this assistant's web chat in a frame, with the shop's shopper token when it has one:
//   <script src="https://ASSISTANT/launcher.js" data-shopper-token="JWT" data-lang="zh" defer></script>
// The assistant must allow the site as a frame ancestor (ShopAssistant:WebChat:FrameAncestors). Styles are set from
// script, so the site's own style sheets and content security policy need no change for it.
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || window.ShopAssistantLauncher) return;
  const origin = new URL(script.src, location.href).origin;
  const wanted = (script.dataset.lang || navigator.language || "zh").toLowerCase();
  const lang = wanted.startsWith("zh") ? "zh" : "en";
  const words = { zh: { open: "💬 在线客服", close: "✕ 关闭", title: "在线客服" },
                  en: { open: "💬 Chat with us", close: "✕ Close", title: "Shop assistant chat" } }[lang];
  const layer = { position: "fixed", right: "20px", zIndex: "2147483000" };

  const button = document.createElement("button");
  button.type = "button";
  button.id = "shopassistant-launcher";
  button.textContent = words.open;
  button.setAttribute("aria-expanded", "false");
  Object.assign(button.style, layer, {
    bottom: "20px", padding: "12px 18px", border: "0", borderRadius: "24px", background: "#8a3b2e", color: "#fff",
    font: "15px system-ui, sans-serif", cursor: "pointer", boxShadow: "0 2px 8px rgba(0,0,0,.25)",
  });

  let frame = null;
  function toggle() {
    if (!frame) {
      // Made on the first click only: a shop page that is never used for chat opens no conversation.
      const url = new URL("/", origin);
      if (script.dataset.shopperToken) url.searchParams.set("shopperToken", script.dataset.shopperToken);
      url.searchParams.set("lang", lang);
      frame = document.createElement("iframe");
      frame.id = "shopassistant-chat";
      frame.title = words.title;
      frame.src = url.href;
      Object.assign(frame.style, layer, {
        bottom: "76px", width: "min(400px, calc(100vw - 40px))", height: "min(640px, calc(100vh - 100px))",
        border: "0", borderRadius: "12px", background: "#fff", boxShadow: "0 4px 24px rgba(0,0,0,.25)",
      });
      document.body.appendChild(frame);
    } else {
      frame.style.display = frame.style.display === "none" ? "" : "none";
    }
    const open = frame.style.display !== "none";
    button.textContent = open ? words.close : words.open;
    button.setAttribute("aria-expanded", String(open));
  }
  button.addEventListener("click", toggle);

  const place = () => document.body.appendChild(button);
  if (document.body) place(); else document.addEventListener("DOMContentLoaded", place);
  window.ShopAssistantLauncher = { toggle };
})();
