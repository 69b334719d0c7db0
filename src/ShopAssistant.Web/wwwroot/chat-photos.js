// Photos in the web chat (issue 14): the attach button, paste and drop upload over HTTP with the chat's own session
// token, and every photo in the transcript is fetched with that token and shown as a thumbnail (click: full size).
// The photo URLs need the session header, so images are loaded by fetch and shown from blob: URLs.
"use strict";
const Photos = (() => {
  const ownUrl = /^\/api\/photos\/[A-Za-z0-9_-]{1,64}$/;
  let token = null;
  const headers = () => Object.assign({ "X-Chat-Session": token || "" }, shopperToken ? { "X-Shopper-Token": shopperToken } : {});

  const isPhoto = (attachment) => typeof attachment.contentUrl === "string" && ownUrl.test(attachment.contentUrl);

  /** A thumbnail that fills in once the photo is fetched; a local file (the shopper's own upload) shows at once. */
  function thumbnail(source) {
    const link = document.createElement("a");
    link.className = "photo";
    link.target = "_blank";
    link.rel = "noopener";
    const image = document.createElement("img");
    image.alt = texts[lang].photo;
    link.appendChild(image);
    const show = (blob) => { const url = URL.createObjectURL(blob); image.src = url; link.href = url; };
    if (source instanceof Blob) show(source);
    else fetch(source, { headers: headers() }).then((r) => (r.ok ? r.blob() : Promise.reject(r.status))).then(show)
      .catch(() => { link.classList.add("missing"); });
    return link;
  }

  async function upload(files) {
    const photos = [...files].filter((f) => f instanceof Blob);
    if (!photos.length || PastChats.viewing()) return;
    const form = new FormData();
    for (const photo of photos) form.append("photo", photo, photo.name || "photo");
    const text = el("text").value.trim();
    if (text) form.append("text", text);
    form.append("locale", lang === "zh" ? "zh-CN" : "en-US");
    // Shown at once, as typed messages are; taken back if the shop refuses the photo.
    const item = document.createElement("li");
    item.className = "shopper";
    for (const photo of photos) item.appendChild(thumbnail(photo));
    if (text) item.appendChild(Object.assign(document.createElement("div"), { className: "bubble", textContent: text }));
    item.appendChild(timeOf(new Date()));
    el("messages").appendChild(item);
    item.scrollIntoView({ block: "end" });
    el("text").value = "";
    showActions([]);
    el("typing").hidden = false;
    el("status").textContent = "";
    const response = await fetch("/api/webchat/photos", { method: "POST", headers: headers(), body: form }).catch(() => null);
    if (response && response.ok) return;
    el("typing").hidden = true;
    item.remove();
    if (text) el("text").value = text;
    const problem = response ? await response.json().catch(() => ({})) : {};
    el("status").textContent = problem.detail || texts[lang].failed;
  }

  el("attach").addEventListener("click", () => el("photo").click());
  el("photo").addEventListener("change", () => { upload(el("photo").files); el("photo").value = ""; });
  el("text").addEventListener("paste", (event) => {
    const files = event.clipboardData ? [...event.clipboardData.files] : [];
    if (files.length) { event.preventDefault(); upload(files); }
  });
  const chat = document.querySelector(".chat");
  chat.addEventListener("dragover", (event) => { if (event.dataTransfer && [...event.dataTransfer.types].includes("Files")) event.preventDefault(); });
  chat.addEventListener("drop", (event) => {
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    upload(event.dataTransfer.files);
  });

  return { isPhoto, thumbnail, session: (value) => { token = value; } };
})();
