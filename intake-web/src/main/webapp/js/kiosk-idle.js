// The idle wipe. After a while without a touch or key press: "Are you still there?", then a countdown, then
// everything is wiped and the welcome screen returns. An intake that is still being sent is never wiped: the
// kiosk asks whether it may (mayWipe) and waits otherwise.
"use strict";
window.KioskIdle = (() => {
  let settings = null;
  let idleTimer = null;
  let countdownTimer = null;
  const dialog = () => document.getElementById("still-there");

  /**
   * idleMs: quiet time before the question; resultMs: time the ticket stays up; countdownS: seconds shown
   * before the wipe; text(key, ...args): the patient's words; wipe(); mayWipe(): false while an intake is
   * unacknowledged; phase(): "welcome" (nothing to wipe), "questions" or "result".
   */
  function start(options) {
    settings = options;
    ["pointerdown", "keydown", "input"].forEach((type) =>
      document.addEventListener(type, () => { if (!dialog().open) restart(); }, { passive: true }));
    restart();
  }

  function restart() {
    clearTimeout(idleTimer);
    if (!settings) return;
    const phase = settings.phase();
    if (phase === "result") idleTimer = setTimeout(() => settings.wipe(), settings.resultMs);
    else if (phase !== "welcome") idleTimer = setTimeout(ask, settings.idleMs);
  }

  function ask() {
    if (!settings.mayWipe()) { restart(); return; }
    const box = dialog();
    let seconds = settings.countdownS;
    document.getElementById("still-there-title").textContent = settings.text("stillThereTitle");
    const text = document.getElementById("still-there-text");
    text.textContent = settings.text("stillThereText", seconds);
    const yes = document.getElementById("still-there-yes");
    yes.textContent = settings.text("stillThereYes");
    yes.onclick = () => { clearInterval(countdownTimer); box.close(); restart(); };
    box.showModal();
    yes.focus();
    countdownTimer = setInterval(() => {
      seconds -= 1;
      text.textContent = settings.text("stillThereText", Math.max(seconds, 0));
      if (seconds <= 0) {
        clearInterval(countdownTimer);
        if (settings.mayWipe()) settings.wipe();
        else { box.close(); restart(); }
      }
    }, 1000);
  }

  function stop() {
    clearTimeout(idleTimer);
    clearInterval(countdownTimer);
  }

  return { start, restart, stop };
})();
