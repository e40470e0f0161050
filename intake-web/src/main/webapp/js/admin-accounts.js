// Staff accounts: list, create, change roles or name, disable or enable, reset a password.
"use strict";
(() => {
  const ROLES = ["NURSE", "CLINICIAN", "ADMIN"];
  const body = document.querySelector("#accounts tbody");
  const status = document.getElementById("status");
  const dialog = document.getElementById("edit");
  let editing = null;

  const say = (text, error = false) => Staff.say(status, text, error);

  const { cell, button } = Staff;

  function row(account) {
    const tr = document.createElement("tr");
    tr.dataset.username = account.username;
    const actions = document.createElement("td");
    const box = document.createElement("div");
    box.className = "actions";
    box.append(
      button("Change", `Change ${account.username}`, () => openEdit(account)),
      button(account.enabled ? "Disable" : "Enable", `${account.enabled ? "Disable" : "Enable"} ${account.username}`,
        () => change(account.username, { enabled: !account.enabled }, account.enabled ? "disabled" : "enabled")));
    actions.append(box);
    tr.append(cell(account.username), cell(account.displayName),
      cell(account.roles.map((r) => r.toLowerCase()).join(", ")), cell(account.enabled ? "Active" : "Disabled"),
      cell(new Date(account.changedAt).toLocaleString()), actions);
    return tr;
  }

  async function load() {
    const response = await Staff.api("api/staff-accounts");
    if (!response.ok) { say(await Staff.problem(response), true); return; }
    body.replaceChildren(...(await response.json()).map(row));
  }

  async function change(username, fields, what) {
    const response = await Staff.api(`api/staff-accounts/${encodeURIComponent(username)}`,
      { method: "PATCH", body: JSON.stringify(fields) });
    if (!response.ok) { const text = await Staff.problem(response); say(text, true); return text; }
    say(`Account ${username} ${what}.`);
    await load();
    return null;
  }

  function checkedRoles(prefix) {
    return ROLES.filter((r) => document.getElementById(`${prefix}-role-${r.toLowerCase()}`).checked);
  }

  function openEdit(account) {
    editing = account;
    document.getElementById("edit-title").textContent = `Change ${account.username}`;
    document.getElementById("edit-name").value = account.displayName;
    ROLES.forEach((r) => { document.getElementById(`edit-role-${r.toLowerCase()}`).checked = account.roles.includes(r); });
    document.getElementById("edit-password").value = "";
    document.getElementById("edit-error").textContent = "";
    dialog.showModal();
  }

  document.getElementById("edit-cancel").addEventListener("click", () => dialog.close());
  document.getElementById("edit-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const fields = { displayName: document.getElementById("edit-name").value, roles: checkedRoles("edit") };
    const password = document.getElementById("edit-password").value;
    if (password) fields.newPassword = password;
    const problem = await change(editing.username, fields, "changed");
    if (problem) document.getElementById("edit-error").textContent = problem;
    else dialog.close();
  });

  document.getElementById("create").addEventListener("submit", async (event) => {
    event.preventDefault();
    const request = {
      username: document.getElementById("new-username").value.trim(),
      displayName: document.getElementById("new-name").value,
      password: document.getElementById("new-password").value,
      roles: checkedRoles("new")
    };
    const response = await Staff.api("api/staff-accounts", { method: "POST", body: JSON.stringify(request) });
    if (!response.ok) { say(await Staff.problem(response), true); return; }
    event.target.reset();
    say(`Account ${request.username} created.`);
    await load();
  });

  Staff.load().then((session) => { if (session) load(); });
})();
