// The nurses' live queue: reloads every few seconds; the server decides the order.
"use strict";
(() => {
  const REFRESH_MS = 5000;
  const body = document.querySelector("#queue tbody");
  const summary = document.getElementById("summary");
  const updated = document.getElementById("updated");
  let lastSummary = "";
  const LABELS = { EMERGENCY: "Emergency", URGENT: "Urgent", SOON: "Soon", ROUTINE: "Routine", SELF_CARE: "Self-care" };

  function cell(text, attrs = {}) {
    const td = document.createElement("td");
    td.textContent = text;
    for (const [k, v] of Object.entries(attrs)) td.setAttribute(k, v);
    return td;
  }

  function row(entry) {
    const tr = document.createElement("tr");
    tr.dataset.ticket = entry.ticket;
    const urgency = cell("");
    const badge = document.createElement("span");
    badge.className = `urgency ${entry.urgency}`;
    badge.textContent = LABELS[entry.urgency] || entry.urgency;
    urgency.append(badge);
    tr.append(
      cell(entry.ticket),
      urgency,
      cell(`${entry.familyName}, ${entry.givenName}`),
      cell(String(entry.age)),
      cell(`${entry.waitingMinutes} min`),
      // Urgent questions answered "I'm not sure" were assessed as yes; the nurse should ask about them.
      cell((entry.redFlags.join(", ") || "—") + (entry.unsure && entry.unsure.length ? ` (not sure: ${entry.unsure.join(", ")})` : "")),
      cell(entry.topCauses.join(", ") || "—"),
      cell(entry.language === "es" ? "Spanish" : "English"),
      cell(entry.status),
      cell(entry.submittedVia === "KIOSK" ? `Kiosk: ${entry.submittedBy}` : entry.submittedVia === "STAFF" ? `Nurse: ${entry.submittedBy}` : "—"));
    return tr;
  }

  async function refresh() {
    try {
      const response = await Staff.api("api/queue");
      if (!response.ok) throw new Error(String(response.status));
      const entries = await response.json();
      body.replaceChildren(...entries.map(row));
      const emergencies = entries.filter((e) => e.urgency === "EMERGENCY").length;
      const text = `${entries.length} waiting` + (emergencies ? `, ${emergencies} emergency` : "") + ".";
      // The summary is a live region: change it only when the queue changes, so screen readers are not
      // interrupted every few seconds.
      if (text !== lastSummary) { summary.textContent = text; lastSummary = text; }
      updated.textContent = `Updated ${new Date().toLocaleTimeString()}.`;
    } catch (e) {
      lastSummary = "The queue could not be loaded. Retrying…";
      summary.textContent = lastSummary;
    }
  }

  Staff.load().then((session) => {
    if (!session) return;
    refresh();
    setInterval(refresh, REFRESH_MS);
  });
})();
