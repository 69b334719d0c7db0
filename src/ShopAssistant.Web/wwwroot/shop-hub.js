// Every page's hub connection, built with the official SignalR client (lib/signalr/signalr.min.js, loaded before this).
// - WebSockets without a negotiation step: each request can land on any instance, so no sticky sessions are needed.
// - Automatic reconnect, for as long as the page is open (a short outage must not leave a console or chat dead).
// - Pings as often as the server expects: its timeouts come from /hubs/settings (README "Configuration").
"use strict";
const ShopHub = (() => {
  // 0, 2, 5, 10 s, then every 15 s for ever: the first retries are quick for a blip, the rest gentle for an outage.
  const retryDelays = [0, 2000, 5000, 10000];
  const settings = fetch("/hubs/settings").then((r) => (r.ok ? r.json() : {})).catch(() => ({}));

  /** A connection to the hub at path (not started); query is added to the address of every (re)connect. */
  async function build(path, query) {
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(address(path, query), { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => retryDelays[c.previousRetryCount] ?? 15000 })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    const { keepAliveMs, serverTimeoutMs } = await settings;
    if (keepAliveMs > 0) connection.keepAliveIntervalInMilliseconds = keepAliveMs;
    if (serverTimeoutMs > 0) connection.serverTimeoutInMilliseconds = serverTimeoutMs;
    return connection;
  }

  /** The hub's absolute address (the client needs one when it is changed between reconnects). */
  function address(path, query) {
    const url = new URL(path, location.href);
    for (const [key, value] of Object.entries(query || {})) url.searchParams.set(key, value);
    return url.href;
  }

  /** Starts the connection, retrying until the server answers: automatic reconnect only covers a connection once up. */
  async function start(connection) {
    for (let attempt = 0; ; attempt++) {
      try { await connection.start(); return; } catch (e) {
        await new Promise((resolve) => setTimeout(resolve, retryDelays[attempt + 1] ?? 15000));
      }
    }
  }

  return { build, start, address };
})();
