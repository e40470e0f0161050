// One patient: answers, evidence, advice, history, and the nurse's actions. Every action sends the version
// the nurse saw; a 409 (someone else changed the patient) is shown as it is, never retried silently.
"use strict";
(() => {
  const id = new URLSearchParams(location.search).get("id");
  const message = document.getElementById("message");
  const reloadLine = document.getElementById("reload-line");
  let current = null;

  const VITALS = [
    ["heart_rate", "Heart rate (/min)"], ["respiratory_rate", "Respiratory rate (/min)"], ["spo2", "SpO2 (%)"],
    ["systolic_bp_right", "Systolic BP right (mmHg)"], ["systolic_bp_left", "Systolic BP left (mmHg)"],
    ["temperature_c", "Temperature (°C)"]];
  const NEXT = {
    WAITING: [["CALLED", "Call"], ["IN_TRIAGE", "Start triage"], ["LEFT_WITHOUT_BEING_SEEN", "Left without being seen"]],
    CALLED: [["IN_TRIAGE", "Start triage"], ["WAITING", "Back to waiting"], ["LEFT_WITHOUT_BEING_SEEN", "Left without being seen"]],
    IN_TRIAGE: [["SEEN", "Seen: close"], ["LEFT_WITHOUT_BEING_SEEN", "Left without being seen"]],
    SEEN: [], LEFT_WITHOUT_BEING_SEEN: []
  };

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function fact(term, value) {
    const facts = document.getElementById("facts");
    const dd = el("dd");
    if (value instanceof Node) dd.append(value); else dd.textContent = value ?? "—";
    facts.append(el("dt", term), dd);
  }

  function time(instant) {
    return instant ? new Date(instant).toLocaleString() : "—";
  }

  function evidenceList(lines) {
    const ul = el("ul", null, "evidence");
    for (const line of lines) ul.append(el("li", `${line.questionText}: ${line.answer}`));
    return ul;
  }

  function sources(list) {
    return el("p", list.length ? "Sources: " + list.map((s) => `${s.id} ${s.text}`).join(" · ") : "", "sources");
  }

  function show(detail) {
    current = detail;
    const entry = detail.intake;
    document.title = `${entry.ticket} – Triage Desk`;
    document.getElementById("title").textContent = `${entry.ticket}: ${entry.familyName}, ${entry.givenName}`;
    document.getElementById("facts").replaceChildren();
    fact("Urgency", Staff.urgencyBadge(entry));
    fact("Engine's urgency", Staff.words(entry.assessedUrgency));
    fact("Nurse's urgency", entry.finalUrgency ? `${Staff.words(entry.finalUrgency)} (by ${detail.reviewedBy}, ${time(detail.reviewedAt)})` : "not reviewed");
    if (detail.overrideReason) fact("Reason", detail.overrideReason);
    fact("Status", Staff.words(entry.status));
    fact("Age, language", `${entry.age}, ${entry.language === "es" ? "Spanish" : "English"}`);
    fact("Arrived", time(entry.arrivedAt));
    fact("Waiting", Staff.waitText(entry));
    if (detail.alertRaisedAt) fact("Emergency alert", detail.alertAcknowledgedAt
      ? `raised ${time(detail.alertRaisedAt)}, acknowledged by ${detail.alertAcknowledgedBy} ${time(detail.alertAcknowledgedAt)}`
      : `raised ${time(detail.alertRaisedAt)}, not acknowledged`);

    const flags = document.getElementById("red-flags");
    flags.replaceChildren(...(detail.redFlags.length ? detail.redFlags.flatMap((flag) => [
      el("h3", `${flag.description} (at least ${Staff.words(flag.minimumUrgency)})`),
      el("p", "Because the patient answered:"), evidenceList(flag.triggeredBy), sources(flag.sources)]) : [el("p", "None fired.")]));
    const causes = document.getElementById("causes");
    causes.replaceChildren(...(detail.causes.length ? detail.causes.slice(0, 5).flatMap((cause) => [
      el("h3", cause.name),
      ...(cause.raisedBy.length ? [el("p", "Pointing to it:"), evidenceList(cause.raisedBy)] : []),
      ...(cause.loweredBy.length ? [el("p", "Against it:"), evidenceList(cause.loweredBy)] : []),
      sources(cause.sources)]) : [el("p", "No likely cause scored.")]));
    const advice = document.getElementById("advice");
    advice.replaceChildren(...[detail.urgencyMessage, ...detail.advice, detail.safetyNet ? `Safety net: ${detail.safetyNet}` : null]
      .filter(Boolean).map((text) => el("p", text)));

    document.querySelector("#answers tbody").replaceChildren(...detail.answers.map((a) => {
      const tr = el("tr"); tr.append(Staff.cell(a.questionText), Staff.cell(a.answer)); return tr;
    }));
    document.querySelector("#history tbody").replaceChildren(...detail.history.map((h) => {
      const tr = el("tr");
      tr.dataset.kind = h.kind;
      tr.append(Staff.cell(time(h.at)), Staff.cell(h.by), Staff.cell(h.what), Staff.cell([h.reason, h.detail].filter(Boolean).join(" · ") || "—"));
      return tr;
    }));
    showActions(detail);
  }

  function showActions(detail) {
    const entry = detail.intake;
    const nurse = Staff.session.roles.includes("NURSE");
    document.getElementById("actions").hidden = !nurse;
    if (!nurse) return;
    const buttons = (NEXT[entry.status] || []).map(([status, label]) =>
      Staff.button(label, `${label}: ticket ${entry.ticket}`, () => act("status", { status })));
    buttons.forEach((b, i) => { b.id = "status-" + NEXT[entry.status][i][0].toLowerCase(); });
    document.getElementById("status-actions").replaceChildren(...buttons);
    document.getElementById("acknowledge-line").hidden = !entry.alertOpen;
    document.getElementById("override-urgency").value = entry.finalUrgency || entry.assessedUrgency;
    const fields = document.getElementById("vitals-fields");
    if (!fields.children.length) {
      fields.append(...VITALS.map(([name, label]) => {
        const field = el("div", null, "field");
        const l = el("label", label); l.htmlFor = "vital-" + name;
        const input = document.createElement("input");
        input.type = "number"; input.id = "vital-" + name; input.name = name;
        input.step = name === "temperature_c" ? "0.1" : "1";
        field.append(l, input);
        return field;
      }));
    }
  }

  async function act(action, body) {
    const response = await Staff.api(`api/intakes/${id}/${action}`, {
      method: "POST", body: JSON.stringify(Object.assign({ version: current.version }, body)) });
    if (response.ok) {
      show(await response.json());
      Staff.say(message, "Saved.");
      reloadLine.hidden = true;
      return true;
    }
    const text = await Staff.problem(response);
    Staff.say(message, text, true);
    if (text.includes("confirmBelowRedFlag")) document.getElementById("confirm-line").hidden = false;
    // Someone else changed the patient: show what they did before anything is done again.
    reloadLine.hidden = response.status !== 409;
    return false;
  }

  async function load() {
    const response = await Staff.api(`api/intakes/${encodeURIComponent(id)}`);
    if (!response.ok) { Staff.say(message, await Staff.problem(response), true); return; }
    show(await response.json());
  }

  // Another nurse's change arrives through the staff event stream (or its polling). The page asks whether
  // its version is still current (a 304 shows nothing and is not audited) and, when it is not, shows the new
  // state at once, unless this nurse has typed something not yet saved: then it only says so, and the
  // nurse's next action gets the 409 that names who changed the patient.
  function typing() {
    return [...document.querySelectorAll("#actions input, #actions textarea")]
      .some((input) => input.type !== "checkbox" && input.value !== "");
  }

  async function refreshIfChanged() {
    if (!current || refreshing) return;
    refreshing = true;
    try {
      const response = await Staff.api(`api/intakes/${encodeURIComponent(id)}`,
        { headers: { "If-None-Match": `"${current.version}"` } });
      if (response.status !== 200) return;
      const detail = await response.json();
      if (detail.version === current.version) return;
      const latest = detail.history[detail.history.length - 1];
      const who = latest ? ` by ${latest.by} (${latest.what})` : "";
      if (typing()) {
        Staff.say(message, `This patient was changed${who}. Reload to see it before you save.`, true);
        reloadLine.hidden = false;
        return;
      }
      show(detail);
      Staff.say(message, `Updated${who}.`);
    } finally {
      refreshing = false;
    }
  }
  let refreshing = false;
  document.addEventListener("staff:queue-changed", refreshIfChanged);

  document.getElementById("override-form").addEventListener("submit", (e) => {
    e.preventDefault();
    act("override", {
      urgency: document.getElementById("override-urgency").value,
      reason: document.getElementById("override-reason").value,
      confirmBelowRedFlag: document.getElementById("override-confirm").checked
    }).then((ok) => { if (ok) { document.getElementById("override-reason").value = ""; document.getElementById("confirm-line").hidden = true; } });
  });
  document.getElementById("vitals-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const body = {};
    for (const [name] of VITALS) {
      const value = document.getElementById("vital-" + name).value;
      if (value !== "") body[name] = Number(value);
    }
    act("vitals", body).then((ok) => {
      if (ok) VITALS.forEach(([name]) => { document.getElementById("vital-" + name).value = ""; });
    });
  });
  document.getElementById("undo-form").addEventListener("submit", (e) => {
    e.preventDefault();
    act("undo", { reason: document.getElementById("undo-reason").value })
      .then((ok) => { if (ok) document.getElementById("undo-reason").value = ""; });
  });
  document.getElementById("acknowledge").addEventListener("click", () => act("acknowledge", {}));
  document.getElementById("reload").addEventListener("click", () => { message.hidden = true; reloadLine.hidden = true; load(); });

  Staff.load().then((session) => { if (session) load(); });
})();
