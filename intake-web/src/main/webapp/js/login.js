// The login page: says why the last attempt failed (never whether an account exists) and keeps the page
// the person was going to.
"use strict";
(() => {
  const params = new URLSearchParams(location.search);
  const MESSAGES = {
    invalid: "The username or password is not right. Please try again.",
    throttled: "Too many failed logins. Please wait a few minutes, then try again.",
    unavailable: "Staff logins are switched off: no administrator account exists yet. The person who runs the server must set TRIAGE_ADMIN_PASSWORD and restart it."
  };
  const message = document.getElementById("message");
  const error = params.get("error");
  if (error && MESSAGES[error]) {
    message.textContent = MESSAGES[error];
    message.classList.add("error");
    message.hidden = false;
  } else if (params.has("loggedOut")) {
    message.textContent = "You have logged out.";
    message.hidden = false;
  }
  const next = params.get("next");
  if (next && next.startsWith("/") && !next.startsWith("//")) document.getElementById("next").value = next;
  document.getElementById(error ? "password" : "username").focus();
})();
