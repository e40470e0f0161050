// The kiosk's calls to the REST API: who this screen is (GET api/session), the protocols, the urgent
// screening of partial answers, and the submission. Every change carries the CSRF token of the session.
"use strict";
window.KioskApi = (() => {
  let csrfToken = null; // from GET api/session: the enrolled kiosk's (or a desk nurse's) CSRF token

  const JSON_HEADERS = { "Accept": "application/json", "X-Requested-With": "kiosk" };

  async function getJson(url) {
    const response = await fetch(url, { headers: JSON_HEADERS, cache: "no-store" });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  function post(url, body, extraHeaders = {}) {
    return fetch(url, {
      method: "POST",
      cache: "no-store",
      headers: Object.assign({ "Content-Type": "application/json" }, JSON_HEADERS,
        csrfToken ? { "X-CSRF-Token": csrfToken } : {}, extraHeaders),
      body: JSON.stringify(body)
    });
  }

  // Only an enrolled kiosk (or a nurse entering a walk-in at the desk) may send intakes. In demo mode an
  // unenrolled browser becomes the demo kiosk, so the system works out of the box.
  async function session() {
    let me = await getJson("api/session");
    if (me.kind === "anonymous" && me.demo) {
      await post("api/kiosk-enrolments", { demo: true });
      me = await getJson("api/session");
    }
    csrfToken = me.csrfToken || null;
    return me;
  }

  const protocols = () => getJson("api/protocols");
  const protocol = (id) => getJson(`api/protocols/${encodeURIComponent(id)}`);

  /**
   * The engine's early screening of the answers so far (screen(), not a full assessment): its urgency, or
   * null when it could not be asked (the full submission is assessed again anyway).
   */
  async function screen(protocolId, answers) {
    try {
      const response = await post("api/assessments/screening", { protocol: protocolId, answers });
      return response.ok ? (await response.json()).urgency : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * Sends the intake once. Resolves to { status, body }; rejects when the server could not be reached. The
   * same Idempotency-Key goes with every retry, so the server stores the intake once whatever happens.
   */
  async function submit(body, idempotencyKey) {
    const response = await post("api/intakes", body, { "Idempotency-Key": idempotencyKey });
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    return { status: response.status, body: json };
  }

  /** A random (version 4) UUID; crypto.randomUUID needs HTTPS, getRandomValues does not. */
  function newKey() {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  return { session, protocols, protocol, screen, submit, newKey };
})();
