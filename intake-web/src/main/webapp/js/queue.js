// The nurses' live queue: the server orders, filters and pages it; the page re-reads it whenever the event
// stream (or, without one, the 5 s poll in staff.js) says something changed.
"use strict";
(() => {
  const body = document.querySelector("#queue tbody");
  const summary = document.getElementById("summary");
  const updated = document.getElementById("updated");
  const statusFilter = document.getElementById("filter-status");
  const urgencyFilter = document.getElementById("filter-urgency");
  const previous = document.getElementById("previous");
  const room = document.getElementById("call-room");
  // Each workstation calls to its own room: remembered in this browser only.
  room.value = localStorage.getItem("triage.callRoom") || "";
  room.addEventListener("change", () => localStorage.setItem("triage.callRoom", room.value.trim()));
  const next = document.getElementById("next");
  const SIZE = 50;
  let page = 0;
  let total = 0;
  let lastSummary = "";
  let loading = null;

  function row(entry) {
    const tr = document.createElement("tr");
    tr.dataset.ticket = entry.ticket;
    tr.dataset.id = entry.id;
    tr.dataset.urgency = entry.urgency;
    if (entry.belowRedFlag) tr.className = "below-red-flag";
    const ticket = document.createElement("td");
    const link = document.createElement("a");
    link.href = `patient.html?id=${entry.id}`;
    link.textContent = entry.ticket;
    link.setAttribute("aria-label", `Ticket ${entry.ticket}: open ${entry.givenName} ${entry.familyName}`);
    ticket.append(link);
    const urgency = document.createElement("td");
    urgency.append(Staff.urgencyBadge(entry));
    const wait = document.createElement("td");
    const waitText = document.createElement("span");
    waitText.className = `wait ${entry.waitState}`;
    waitText.textContent = Staff.waitText(entry);
    wait.append(waitText);
    const actions = document.createElement("td");
    if (Staff.session.roles.includes("NURSE")) {
      const moves = { WAITING: ["CALLED", "Call"], CALLED: ["IN_TRIAGE", "Start triage"], IN_TRIAGE: ["SEEN", "Seen: close"] }[entry.status];
      if (moves) {
        const b = Staff.button(moves[1], `${moves[1]}: ticket ${entry.ticket}`, () => move(entry, moves[0]));
        b.className = "secondary move";
        actions.append(b);
      }
    }
    tr.append(
      ticket,
      urgency,
      Staff.cell(`${entry.familyName}, ${entry.givenName}`),
      Staff.cell(String(entry.age)),
      wait,
      // Urgent questions answered "I'm not sure" were assessed as yes; the nurse should ask about them.
      Staff.cell((entry.redFlagNames.join("; ") || "—") + (entry.unsure && entry.unsure.length ? ` (not sure: ${entry.unsure.join(", ")})` : "")),
      Staff.cell(entry.causeNames.join("; ") || "—"),
      Staff.cell(entry.language === "es" ? "Spanish" : "English"),
      Staff.cell(Staff.words(entry.status)),
      Staff.cell(entry.submittedVia === "KIOSK" ? `Kiosk: ${entry.submittedBy}` : entry.submittedVia === "STAFF" ? `Nurse: ${entry.submittedBy}` : "—"),
      actions);
    return tr;
  }

  async function move(entry, status) {
    const change = { status, version: entry.version };
    if (status === "CALLED") {
      // A call takes a room: it is what the waiting-room screen shows with the ticket.
      if (!room.value.trim()) {
        Staff.say(document.getElementById("queue-message"), "Enter the room to call patients to first.", true);
        room.focus();
        return;
      }
      change.room = room.value.trim();
    }
    const response = await Staff.api(`api/intakes/${entry.id}/status`, { method: "POST", body: JSON.stringify(change) });
    if (!response.ok) Staff.say(document.getElementById("queue-message"), await Staff.problem(response), true);
    refresh();
  }

  function query() {
    const params = new URLSearchParams({ page: String(page), size: String(SIZE) });
    if (statusFilter.value) params.set("status", statusFilter.value);
    if (urgencyFilter.value) params.set("urgency", urgencyFilter.value);
    return params.toString();
  }

  async function refresh() {
    // One read at a time: a burst of events gives one more read after the current one, not a pile.
    if (loading) { loading.again = true; return; }
    loading = { again: false };
    try {
      const response = await Staff.api("api/queue?" + query());
      if (!response.ok) throw new Error(String(response.status));
      const entries = await response.json();
      total = Number(response.headers.get("X-Total-Count") || entries.length);
      body.replaceChildren(...entries.map(row));
      const emergencies = entries.filter((e) => e.urgency === "EMERGENCY").length;
      const first = total === 0 ? 0 : page * SIZE + 1;
      const text = `${total} in the queue` + (emergencies ? `, ${emergencies} emergency on this page` : "")
        + (total > SIZE ? ` (showing ${first}–${page * SIZE + entries.length})` : "") + ".";
      // The summary is a live region: change it only when the queue changes.
      if (text !== lastSummary) { summary.textContent = text; lastSummary = text; }
      updated.textContent = `Updated ${new Date().toLocaleTimeString()} (${Staff.isLive() ? "live" : "checking every 5 s"}).`;
      previous.disabled = page === 0;
      next.disabled = (page + 1) * SIZE >= total;
    } catch (e) {
      lastSummary = "The queue could not be loaded. Retrying…";
      summary.textContent = lastSummary;
    } finally {
      const again = loading.again;
      loading = null;
      if (again) refresh();
    }
  }

  statusFilter.addEventListener("change", () => { page = 0; refresh(); });
  urgencyFilter.addEventListener("change", () => { page = 0; refresh(); });
  previous.addEventListener("click", () => { page = Math.max(0, page - 1); refresh(); });
  next.addEventListener("click", () => { page += 1; refresh(); });
  document.addEventListener("staff:queue-changed", refresh);

  Staff.load().then((session) => { if (session) refresh(); });
})();
