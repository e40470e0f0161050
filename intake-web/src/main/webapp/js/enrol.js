// Kiosk enrolment: the one-time code comes in the link's fragment (never sent to any server log) or typed in;
// the server answers with the kiosk's token in an HttpOnly cookie that no script can read.
"use strict";
(() => {
  const form = document.getElementById("enrol");
  const message = document.getElementById("message");
  const code = document.getElementById("code");
  const fromLink = new URLSearchParams(location.hash.substring(1)).get("code");
  if (fromLink) {
    code.value = fromLink;
    history.replaceState(null, "", location.pathname); // the code is used up: keep it out of the history
  }

  function say(text, error) {
    message.textContent = text;
    message.classList.toggle("error", error);
    message.hidden = false;
  }

  async function enrol() {
    const response = await fetch("api/kiosk-enrolments", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-Requested-With": "enrol" },
      body: JSON.stringify({ code: code.value.trim() })
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      say(`This screen is now the kiosk "${body.kiosk}".`, false);
      form.hidden = true;
      document.getElementById("done").hidden = false;
    } else {
      say(body.message || `Enrolment failed (${response.status}).`, true);
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); enrol(); });
  if (fromLink) enrol();
})();
