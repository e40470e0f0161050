// The audit trail: search, page through, download as CSV.
"use strict";
(() => {
  const ACTIONS = ["LOGIN", "LOGIN_FAILED", "LOGIN_THROTTLED", "LOGOUT", "SESSION_TIMEOUT", "QUEUE_VIEWED",
    "INTAKE_VIEWED", "INTAKE_SUBMITTED", "REPORT_DOWNLOADED", "ACCOUNT_CREATED", "ACCOUNT_CHANGED", "KIOSK_CREATED",
    "KIOSK_ENROLLED", "KIOSK_ENROLMENT_FAILED", "KIOSK_TOKEN_ISSUED", "KIOSK_CHANGED_ENROLMENT", "KIOSK_REVOKED",
    "AUDIT_SEARCHED", "ACCESS_DENIED"];
  const PAGE_SIZE = 50;
  const form = document.getElementById("search");
  const body = document.querySelector("#events tbody");
  const summary = document.getElementById("summary");
  const select = document.getElementById("action");
  let page = 0;

  ACTIONS.forEach((a) => {
    const option = document.createElement("option");
    option.value = a;
    option.textContent = a.toLowerCase().replaceAll("_", " ");
    select.append(option);
  });

  function parameters() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) params.set(name, value);
    return params;
  }

  const { cell } = Staff;

  async function search() {
    const params = parameters();
    document.getElementById("download").href = `${Staff.root()}api/audit/export.csv?${params}`;
    params.set("page", page);
    params.set("size", PAGE_SIZE);
    const response = await Staff.api(`api/audit?${params}`);
    if (!response.ok) { summary.textContent = await Staff.problem(response); return; }
    const result = await response.json();
    body.replaceChildren(...result.events.map((e) => {
      const tr = document.createElement("tr");
      tr.append(cell(new Date(e.occurredAt).toLocaleString()), cell(e.actor), cell(e.roles), cell(e.action),
        cell(e.intakeId), cell(e.clientAddress), cell(e.outcome), cell(e.detail));
      return tr;
    }));
    const first = result.total === 0 ? 0 : page * PAGE_SIZE + 1;
    summary.textContent = `${result.total} records; showing ${first} to ${page * PAGE_SIZE + result.events.length}.`;
    document.getElementById("previous").disabled = page === 0;
    document.getElementById("more").disabled = (page + 1) * PAGE_SIZE >= result.total;
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); page = 0; search(); });
  document.getElementById("previous").addEventListener("click", () => { page = Math.max(0, page - 1); search(); });
  document.getElementById("more").addEventListener("click", () => { page += 1; search(); });
  Staff.load().then((session) => { if (session) search(); });
})();
