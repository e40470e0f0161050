// Shared by every staff page: who is logged in, the CSRF token every change must carry, logout, and the
// automatic logoff after the idle time even while a page keeps polling.
"use strict";
window.Staff = (() => {
  let session = null;

  async function load() {
    const response = await fetch(root() + "api/session", { headers: { Accept: "application/json", "X-Requested-With": "staff" } });
    session = await response.json();
    if (session.kind !== "staff") { location.assign(root() + "login.html?next=" + encodeURIComponent(location.pathname + location.search)); return null; }
    showWho();
    watchIdle();
    return session;
  }

  function root() {
    // Staff pages live under /staff/ (and /staff/admin/); everything else is relative to the site root.
    const at = location.pathname.indexOf("/staff/");
    return location.pathname.substring(0, at + 1);
  }

  function showWho() {
    const who = document.getElementById("who");
    if (!who) return;
    const name = document.createElement("span");
    name.textContent = `${session.name} (${session.roles.map((r) => r.toLowerCase()).join(", ")})`;
    const form = document.createElement("form");
    form.method = "post";
    form.action = root() + "logout";
    const csrf = document.createElement("input");
    csrf.type = "hidden"; csrf.name = "csrf"; csrf.value = session.csrfToken;
    const button = document.createElement("button");
    button.type = "submit"; button.id = "logout"; button.textContent = "Log out";
    form.append(csrf, button);
    who.replaceChildren(name, form);
  }

  // The server ends an idle session, but a polling page keeps it busy: count only the person's own input.
  function watchIdle() {
    if (!session.idleSeconds) return;
    let last = Date.now();
    ["pointerdown", "keydown", "input", "wheel"].forEach((type) => document.addEventListener(type, () => { last = Date.now(); }, { passive: true }));
    setInterval(() => {
      if (Date.now() - last > session.idleSeconds * 1000) document.getElementById("logout")?.click();
    }, 5000);
  }

  /** fetch() for the API with the headers the server expects from a staff page; 401 goes back to login. */
  async function api(path, options = {}) {
    const headers = Object.assign({ Accept: "application/json", "X-Requested-With": "staff" }, options.headers || {});
    if (options.body !== undefined && !(options.body instanceof FormData)) headers["Content-Type"] = "application/json";
    if (options.method && options.method !== "GET") headers["X-CSRF-Token"] = session.csrfToken;
    const response = await fetch(root() + path, Object.assign({}, options, { headers }));
    if (response.status === 401) location.assign(root() + "login.html?next=" + encodeURIComponent(location.pathname));
    return response;
  }

  /** The message of an API error body, with each field that was wrong. */
  async function problem(response) {
    try {
      const body = await response.json();
      const fields = (body.errors || []).map((e) => `${e.field}: ${e.message}`).join("; ");
      return body.message + (fields ? ` (${fields})` : "");
    } catch (e) {
      return `The server answered ${response.status}.`;
    }
  }

  // Small DOM helpers shared by the staff pages: text only (never HTML), so no data can inject markup.
  function cell(text) {
    const td = document.createElement("td");
    td.textContent = text ?? "—";
    return td;
  }

  function button(text, label, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "secondary";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", onClick);
    return b;
  }

  /** Shows a status line (a live region) as information or as an error. */
  function say(element, text, error = false) {
    element.textContent = text;
    element.classList.toggle("error", error);
    element.hidden = false;
  }

  return { load, api, problem, root, cell, button, say, get session() { return session; } };
})();
