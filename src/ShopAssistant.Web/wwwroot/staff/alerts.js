// A new handoff while the agent is online: a short beep (WebAudio, no sound file) and a desktop notification.
"use strict";
const Alerts = (() => {
  let audio = null;
  let asked = false;
  // Browsers let a page play sound, and ask for notifications, only after the person has done something on it.
  function unlock() {
    if (!audio && window.AudioContext) audio = new AudioContext();
    if (audio && audio.state === "suspended") audio.resume().catch(() => {});
    if (!asked && window.Notification && Notification.permission === "default") {
      asked = true;
      Notification.requestPermission().catch(() => {});
    }
  }
  document.addEventListener("pointerdown", unlock);
  document.addEventListener("keydown", unlock);

  function beep() {
    if (!audio || audio.state !== "running") return;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = 880;
    volume.gain.setValueAtTime(0.2, audio.currentTime);
    volume.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.35);
    tone.connect(volume).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.35);
  }

  /** h: the handoff (HandoffView); open: shows it in the console when the notification is clicked. */
  function newHandoff(h, open) {
    beep();
    if (!window.Notification || Notification.permission !== "granted") return;
    const notice = new Notification(`新的转人工 New handoff #${h.id}`, { body: Labels.reason(h.reason), tag: `handoff-${h.id}` });
    notice.onclick = () => { window.focus(); open(h.id); notice.close(); };
  }

  return { newHandoff };
})();
