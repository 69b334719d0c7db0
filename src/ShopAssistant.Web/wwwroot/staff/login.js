// The staff sign-in form. Kept out of login.html so the page runs under a script-src 'self' policy (no inline script).
document.getElementById("login").addEventListener("submit", async (event) => {
  event.preventDefault();
  const response = await fetch("/api/auth/login", {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({
      userName: document.getElementById("userName").value,
      password: document.getElementById("password").value,
      // The server answers with "next": this address if it is a path on this site, else the member's home page.
      returnUrl: new URLSearchParams(location.search).get("ReturnUrl"),
    }),
  });
  if (!response.ok) {
    document.getElementById("error").textContent = response.status === 429
      ? "尝试次数过多，请稍后再试。Too many attempts; wait a minute."
      : "用户名或密码错误。Wrong user name or password.";
    return;
  }
  const me = await response.json();
  location.href = me.next;
});
