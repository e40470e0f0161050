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
    if (session.roles.includes("NURSE") || session.roles.includes("CLINICIAN")) watchQueue();
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

  // ---- The live queue and the emergency alert, on every staff page of a nurse or clinician ----------
  // One event stream per page (server-sent events). Events carry no data: on each one, and on each
  // heartbeat, the page re-reads the alerts (and the queue page its queue) from the API, i.e. from the
  // database, so it does not matter which server of a cluster sent the event or whether one was missed.
  // While the stream is down the page polls every 5 s instead.
  const POLL_MS = 5000;
  const SOUND_EVERY_MS = 5000;
  let stream = null;
  let audio = null;
  let openAlerts = [];

  function watchQueue() {
    buildShiftBar();
    const changed = () => { refreshAlerts(); document.dispatchEvent(new CustomEvent("staff:queue-changed")); };
    if (window.EventSource) {
      stream = new EventSource(root() + "api/queue/events");
      ["hello", "queue", "heartbeat"].forEach((name) => stream.addEventListener(name, changed));
    }
    setInterval(() => { if (!stream || stream.readyState !== EventSource.OPEN) changed(); }, POLL_MS);
    setInterval(beep, SOUND_EVERY_MS);
    refreshAlerts();
  }

  /** True when the live stream is up (the queue page says so). */
  function isLive() {
    return !!stream && stream.readyState === EventSource.OPEN;
  }

  // Browsers play sound only after a gesture on the page: the shift starts with a click, remembered for the
  // session; on later pages the first click or key press anywhere re-enables it.
  function buildShiftBar() {
    const bar = document.createElement("div");
    bar.className = "shift-bar";
    const state = document.createElement("span");
    state.id = "sound-state";
    const start = document.createElement("button");
    start.type = "button"; start.id = "start-shift"; start.className = "secondary";
    start.textContent = "Start shift: turn on the alert sound";
    start.addEventListener("click", () => { sessionStorage.setItem("triage-sound", "on"); enableSound(); });
    bar.append(start, state);
    const banner = document.createElement("section");
    banner.id = "alert-banner"; banner.className = "alert-banner"; banner.hidden = true;
    banner.setAttribute("role", "alert");
    banner.setAttribute("aria-labelledby", "alert-title");
    const header = document.querySelector("header");
    header.after(bar);
    header.after(banner);
    if (sessionStorage.getItem("triage-sound") === "on") {
      ["pointerdown", "keydown"].forEach((t) => document.addEventListener(t, enableSound, { once: true }));
    }
    showSoundState();
  }

  function enableSound() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      audio.resume();
    } catch (e) { audio = null; }
    showSoundState();
  }

  function showSoundState() {
    const on = !!audio;
    document.getElementById("sound-state").textContent = on ? "Alert sound on." : "Alert sound off: start the shift to hear emergencies.";
    document.getElementById("start-shift").hidden = on;
  }

  function beep() {
    if (!audio || !openAlerts.length) return;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.value = 0.2;
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
  }

  async function refreshAlerts() {
    try {
      const response = await api("api/queue/alerts");
      if (!response.ok) return;
      openAlerts = await response.json();
      showAlerts();
    } catch (e) { /* the next event or poll tries again */ }
  }

  function showAlerts() {
    const banner = document.getElementById("alert-banner");
    const key = openAlerts.map((a) => a.id).join(",");
    if (banner.dataset.key === key) return; // unchanged: do not interrupt screen readers again
    banner.dataset.key = key;
    banner.hidden = openAlerts.length === 0;
    if (!openAlerts.length) { banner.replaceChildren(); return; }
    const title = document.createElement("h2");
    title.id = "alert-title";
    title.textContent = openAlerts.length === 1 ? "Emergency: 1 patient needs a nurse now" : `Emergency: ${openAlerts.length} patients need a nurse now`;
    const list = document.createElement("ul");
    for (const alert of openAlerts) {
      const li = document.createElement("li");
      li.dataset.intake = alert.id;
      const link = document.createElement("a");
      link.href = root() + "staff/patient.html?id=" + alert.id;
      link.textContent = `Ticket ${alert.ticket}`;
      const why = document.createElement("span");
      why.textContent = `${alert.reason} (since ${new Date(alert.raisedAt).toLocaleTimeString()})`;
      li.append(link, why);
      if (session.roles.includes("NURSE")) {
        const ack = button("Acknowledge", `Acknowledge the emergency alert of ticket ${alert.ticket}`, async () => {
          const response = await api(`api/intakes/${alert.id}/acknowledge`, { method: "POST", body: "{}" });
          if (response.ok || response.status === 409) { refreshAlerts(); document.dispatchEvent(new CustomEvent("staff:queue-changed")); }
        });
        ack.className = "acknowledge";
        li.append(ack);
      }
      list.append(li);
    }
    banner.replaceChildren(title, list);
  }

  // ---- Words for the clinic: never a raw constant on screen ------------------------------------------
  const WORDS = {
    EMERGENCY: "Emergency", URGENT: "Urgent", SOON: "Soon", ROUTINE: "Routine", SELF_CARE: "Self-care",
    WAITING: "Waiting", CALLED: "Called", IN_TRIAGE: "In triage", SEEN: "Seen", LEFT_WITHOUT_BEING_SEEN: "Left without being seen"
  };

  function words(constant) {
    return constant ? (WORDS[constant] || constant) : "—";
  }

  /** The urgency as a word on its colour, with "not reviewed" until a nurse confirms (never colour alone). */
  function urgencyBadge(entry) {
    const span = document.createElement("span");
    const badge = document.createElement("span");
    badge.className = `urgency ${entry.urgency}`;
    badge.textContent = words(entry.urgency);
    span.append(badge);
    if (!entry.reviewed) span.append(tag("not reviewed"));
    if (entry.belowRedFlag) span.append(tag("below red-flag minimum", "warning"));
    if (entry.alertOpen) span.append(tag("alert not acknowledged", "warning"));
    return span;
  }

  function tag(text, kind) {
    const t = document.createElement("span");
    t.className = "tag" + (kind ? " " + kind : "");
    t.textContent = text;
    return t;
  }

  function waitText(entry) {
    const state = { over: "over target", near: "near target", within: "within target" }[entry.waitState] || "";
    return `${entry.waitingMinutes} min (target ${entry.waitTargetMinutes} min, ${state})`;
  }

  return { load, api, problem, root, cell, button, say, words, urgencyBadge, waitText, tag, isLive,
    get session() { return session; } };
})();
