// Kiosks: add one (and show its one-time enrolment link), new link, API token, revoke.
"use strict";
(() => {
  const body = document.querySelector("#kiosks tbody");
  const status = document.getElementById("status");
  const LABELS = { ENROLLED: "Enrolled", AWAITING_ENROLMENT: "Waiting for enrolment", REVOKED: "Revoked" };

  const say = (text, error = false) => Staff.say(status, text, error);

  function showSecret(issued) {
    const link = `${location.origin}${Staff.root()}enrol.html#code=${encodeURIComponent(issued.secret)}`;
    document.getElementById("secret-label").textContent = issued.kind === "token"
      ? `API token for ${issued.kiosk.name} (send it as "Authorization: Bearer <token>"):`
      : `Enrolment link for ${issued.kiosk.name}: open it on the kiosk's screen before ${new Date(issued.expiresAt).toLocaleString()}.`;
    document.getElementById("secret").textContent = issued.kind === "token" ? issued.secret : link;
    document.getElementById("secret-box").hidden = false;
  }

  const { cell, button } = Staff;

  async function act(path, success) {
    const response = await Staff.api(path, { method: "POST" });
    if (!response.ok) { say(await Staff.problem(response), true); return; }
    const result = await response.json();
    if (result.secret) showSecret(result);
    say(success);
    await load();
  }

  function row(kiosk) {
    const tr = document.createElement("tr");
    tr.dataset.kiosk = kiosk.name;
    const actions = document.createElement("td");
    const box = document.createElement("div");
    box.className = "actions";
    if (kiosk.state !== "REVOKED") {
      box.append(
        button("New enrolment link", `New enrolment link for ${kiosk.name}`,
          () => act(`api/kiosks/${kiosk.id}/enrolment-code`, `New enrolment link for ${kiosk.name}.`)),
        button("API token", `New API token for ${kiosk.name}`,
          () => act(`api/kiosks/${kiosk.id}/token`, `New API token for ${kiosk.name}.`)),
        button("Revoke", `Revoke ${kiosk.name}`, () => {
          if (confirm(`Revoke ${kiosk.name}? It will stop working at once.`)) act(`api/kiosks/${kiosk.id}/revocation`, `${kiosk.name} revoked.`);
        }));
    }
    actions.append(box);
    tr.append(cell(kiosk.name), cell(LABELS[kiosk.state] || kiosk.state), cell(new Date(kiosk.createdAt).toLocaleString()),
      cell(kiosk.enrolledAt ? new Date(kiosk.enrolledAt).toLocaleString() : "—"), actions);
    return tr;
  }

  async function load() {
    const response = await Staff.api("api/kiosks");
    if (!response.ok) { say(await Staff.problem(response), true); return; }
    body.replaceChildren(...(await response.json()).map(row));
  }

  document.getElementById("create").addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = document.getElementById("kiosk-name").value;
    const response = await Staff.api("api/kiosks", { method: "POST", body: JSON.stringify({ name }) });
    if (!response.ok) { say(await Staff.problem(response), true); return; }
    showSecret(await response.json());
    event.target.reset();
    say(`Kiosk ${name.trim()} added.`);
    await load();
  });

  Staff.load().then((session) => { if (session) load(); });
})();
