// A minimal client for ASP.NET Core SignalR's JSON hub protocol over a WebSocket (no negotiation step):
// enough for the chat page, and no front-end build or package download needed.
"use strict";
class HubClient {
  constructor(path) {
    this.url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + path;
    this.handlers = {};
    this.pending = new Map();
    this.nextId = 1;
    this.onclose = () => {};
  }
  on(target, handler) { this.handlers[target] = handler; }
  start() {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url);
      this.ws = ws;
      let handshakeDone = false;
      ws.onopen = () => ws.send(JSON.stringify({ protocol: "json", version: 1 }) + "\u001e");
      ws.onerror = () => { if (!handshakeDone) reject(new Error("connection failed")); };
      ws.onclose = () => {
        for (const { reject: r } of this.pending.values()) r(new Error("connection closed"));
        this.pending.clear();
        if (handshakeDone) this.onclose();
      };
      ws.onmessage = (event) => {
        for (const frame of String(event.data).split("\u001e")) {
          if (!frame) continue;
          const message = JSON.parse(frame);
          if (!handshakeDone) {
            handshakeDone = true;
            message.error ? reject(new Error(message.error)) : resolve();
            continue;
          }
          this.dispatch(message);
        }
      };
    });
  }
  dispatch(message) {
    if (message.type === 1 && this.handlers[message.target]) {
      this.handlers[message.target](...(message.arguments || []));
    } else if (message.type === 3 && this.pending.has(message.invocationId)) {
      const { resolve, reject } = this.pending.get(message.invocationId);
      this.pending.delete(message.invocationId);
      message.error ? reject(new Error(message.error)) : resolve(message.result);
    } else if (message.type === 7) {
      this.ws.close();
    }
  }
  invoke(target, ...args) {
    const invocationId = String(this.nextId++);
    return new Promise((resolve, reject) => {
      if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return reject(new Error("not connected"));
      this.pending.set(invocationId, { resolve, reject });
      this.ws.send(JSON.stringify({ type: 1, invocationId, target, arguments: args }) + "\u001e");
    });
  }
}
