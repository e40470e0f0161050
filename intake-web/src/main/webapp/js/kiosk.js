// The kiosk's state and flow: which screen comes next, what is kept, when the urgent check stops everything,
// and how an intake is sent until the server has it. The questions come from the protocol (GET
// api/protocols/{id}): sections, types, display conditions and the urgent section; no question id is known
// here except "age", which the server derives from the date of birth. Answers live in this page's memory
// only (never in storage), and a wipe is a fresh load of the page.
"use strict";
(() => {
  const params = new URLSearchParams(window.location.search);
  const seconds = (name, fallback) => {
    const n = Number(params.get(name));
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  // 90 s without a touch: "Are you still there?", then 30 s to answer. The ticket stays up for 60 s. The
  // clinic (and the tests) can set the quiet time with "?idle=N", the pause between send attempts with
  // "?retry=N", and when a failing send asks for staff with "?askStaffAfter=N" (all in seconds).
  const IDLE_S = seconds("idle", 90);
  const COUNTDOWN_S = Math.min(30, IDLE_S);
  const RESULT_S = params.has("idle") ? IDLE_S : 60;
  const RETRY_MS = seconds("retry", 3) * 1000;
  const ASK_STAFF_AFTER_MS = seconds("askStaffAfter", 60) * 1000;
  const DERIVED = new Set(["age"]); // the server takes it from the date of birth: never asked twice
  const TYPES = new Set(["BOOLEAN", "CHOICE", "MULTI", "INTEGER", "NUMBER"]);

  const R = window.KioskRender;
  const C = window.KioskConditions;
  const api = window.KioskApi;
  const main = document.getElementById("main");

  let protocols = []; // every protocol the clinic offers, each with its kiosk questions
  let state = fresh();

  function fresh() {
    return {
      lang: "en",
      protocolId: null,
      key: null, // the Idempotency-Key of this patient's intake, made when they start
      patient: { givenName: "", familyName: "", day: "", month: "", year: "", phone: "" },
      answers: {}, // question id -> answer; a skipped question has none
      unsure: new Set(), // urgent questions answered "I'm not sure" (their answer is true)
      seen: new Set(), // questions shown at least once
      at: "welcome",
      history: [],
      reviewing: false, // once the review was shown, every answer returns to it
      busy: false,
      sending: false,
      emergency: false,
      largerText: false
    };
  }

  const t = (key, ...args) => {
    const value = window.TRIAGE_TEXT[state.lang][key];
    return typeof value === "function" ? value(...args) : value;
  };
  const local = (texts) => (texts ? texts[state.lang] || texts.en : "");

  const protocol = () => protocols.find((p) => p.id === state.protocolId);
  const questions = () => protocol().kioskQuestions;

  // ---- the protocol: checked once, when it loads --------------------------------------------------
  /**
   * Urgent section first, then the others in protocol order; staff-only sections and derived questions out.
   * A checklist's yes/no questions are asked together, on one screen where the first of them stood.
   */
  function kioskQuestions(p) {
    const ids = new Set(p.sections.flatMap((s) => s.questions.map((q) => q.id)));
    const asked = [];
    const add = (section) => {
      const listOf = new Map();
      (section.checklists || []).forEach((c) => c.items.forEach((i) => listOf.set(i.question, c)));
      section.questions.filter((q) => !DERIVED.has(q.id)).forEach((q) => {
        if (!TYPES.has(q.type)) throw new Error(`${p.id}.${q.id}: unknown question type ${q.type}`);
        C.check(q.showWhen, `${p.id}.${q.id}.showWhen`);
        const refs = [];
        const collect = (c) => { if (!c) return; if (c.question) refs.push(c.question); (c.anyOf || []).forEach(collect); };
        collect(q.showWhen);
        refs.filter((id) => !ids.has(id)).forEach((id) => { throw new Error(`${p.id}.${q.id}: condition on unknown question ${id}`); });
        const list = listOf.get(q.id);
        if (!list) {
          asked.push({ q, urgent: section.urgentScreen });
        } else if (section.urgentScreen || q.type !== "BOOLEAN" || q.showWhen) {
          throw new Error(`${p.id}.${list.id}: ${q.id} cannot be ticked`);
        } else if (!asked.some((item) => item.q.id === list.id)) {
          asked.push(checklistItem(list, section));
        }
      });
    };
    p.sections.filter((s) => !s.staffOnly && s.urgentScreen).forEach(add);
    p.sections.filter((s) => !s.staffOnly && !s.urgentScreen).forEach(add);
    p.kioskQuestions = asked;
    return p;
  }

  /** A checklist as the kiosk asks it: one multi-choice screen whose options are its yes/no questions. */
  function checklistItem(list, section) {
    const members = list.items.map((i) => {
      const q = section.questions.find((question) => question.id === i.question);
      if (!q) throw new Error(`${list.id}: unknown question ${i.question}`);
      return q;
    });
    const q = { id: list.id, type: "MULTI", text: list.text, hint: null, showWhen: null, checklist: true,
      options: list.items.map((i) => ({ value: i.question, label: i.label })) };
    return { q, urgent: false, members };
  }

  /** A checklist's answer as its screen shows it: the ticked questions, [] for none, undefined if skipped. */
  function checklistValue(item) {
    const answered = item.members.filter((m) => state.answers[m.id] !== undefined);
    return answered.length === 0 ? undefined : answered.filter((m) => state.answers[m.id] === true).map((m) => m.id);
  }

  // ---- answers --------------------------------------------------------------------------------------
  function birthDate() {
    const { day, month, year } = state.patient;
    if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
    const d = +day, m = +month, y = +year;
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
    if (date > new Date() || y < new Date().getUTCFullYear() - 120) return null;
    return date;
  }

  // A preview only, to choose the questions and for the early urgent check: the server counts the age that
  // is assessed and stored, on the clinic's calendar (TRIAGE_TIME_ZONE), and the kiosk never sends it. The
  // kiosk stands in the clinic, so its local date (not UTC's, a day off every evening west of Greenwich) is
  // the clinic's. The birth date is a UTC midnight (see birthDate()), so its parts are read in UTC.
  function ageOn(birth, now = new Date()) {
    const age = now.getFullYear() - birth.getUTCFullYear();
    const hadBirthday = now.getMonth() > birth.getUTCMonth() ||
      (now.getMonth() === birth.getUTCMonth() && now.getDate() >= birth.getUTCDate());
    return hadBirthday ? age : age - 1;
  }

  /** The answers as the engine (and the display conditions) see them: with the age from the birth date. */
  function engineAnswers() {
    const answers = { ...state.answers };
    const birth = birthDate();
    const asksAge = protocol().sections.some((s) => s.questions.some((q) => q.id === "age"));
    if (asksAge && birth && answers.age === undefined) answers.age = ageOn(birth);
    return answers;
  }

  const visible = (item, answers = engineAnswers()) => C.holds(item.q.showWhen, answers);

  /** An answer to a question that is no longer asked must not reach the engine; dropping one can hide more. */
  function prune() {
    let changed = true;
    while (changed) {
      changed = false;
      const answers = engineAnswers();
      for (const item of questions()) {
        if (state.answers[item.q.id] !== undefined && !visible(item, answers)) {
          delete state.answers[item.q.id];
          state.unsure.delete(item.q.id);
          changed = true;
        }
      }
    }
  }

  // ---- where to go ----------------------------------------------------------------------------------
  const keyOf = (item) => `q:${item.q.id}`;
  const itemAt = (key) => questions().find((item) => keyOf(item) === key);

  function nextAfter(key) {
    const answers = engineAnswers();
    const list = questions();
    if (state.reviewing) {
      const unseen = list.find((item) => !state.seen.has(item.q.id) && visible(item, answers));
      return unseen ? keyOf(unseen) : "review";
    }
    const from = key === "about" ? 0 : list.findIndex((item) => keyOf(item) === key) + 1;
    const next = list.slice(from).find((item) => visible(item, answers));
    return next ? keyOf(next) : "review";
  }

  /** "About N questions left": counts only the questions the display conditions still ask. */
  function progressAt(key) {
    const answers = engineAnswers();
    const list = questions();
    const from = key === "about" ? 0 : Math.max(0, list.findIndex((item) => keyOf(item) === key));
    const left = list.slice(from).filter((item) => visible(item, answers)).length;
    return left > 0 ? t("questionsLeft", left) : t("lastStep");
  }

  function go(key, { remember = true } = {}) {
    if (remember && state.at !== key) state.history.push(state.at);
    state.at = key;
    render();
  }

  function back() {
    if (state.busy || state.history.length === 0) return;
    state.at = state.history.pop();
    render();
  }

  // ---- screens --------------------------------------------------------------------------------------
  function chrome() {
    const chosen = state.at !== "welcome";
    document.documentElement.lang = chosen ? state.lang : "en";
    document.getElementById("brand").textContent = t("brand");
    const larger = document.getElementById("larger-text");
    if (chosen) larger.textContent = t("largerText");
    else larger.replaceChildren(R.el("span", { lang: "en", text: window.TRIAGE_TEXT.en.largerText }), " / ",
      R.el("span", { lang: "es", text: window.TRIAGE_TEXT.es.largerText }));
    larger.setAttribute("aria-pressed", String(state.largerText));
  }

  function render() {
    chrome();
    const key = state.at;
    if (key === "welcome") {
      R.welcome({ protocols, protocolId: state.protocolId, onStart: start,
        onProtocol: (id) => { state.protocolId = id; render(); } });
    } else if (key === "about") {
      R.about({ patient: state.patient, progressText: progressAt("about"), onContinue: aboutDone, onBack: back });
    } else if (key === "review") {
      state.reviewing = true;
      R.review({ rows: reviewRows(), onSend: () => send(false), onBack: back });
    } else if (key.startsWith("q:")) {
      const item = itemAt(key);
      state.seen.add(item.q.id);
      R.question({ q: item.q, urgent: item.urgent, value: item.members ? checklistValue(item) : state.answers[item.q.id],
        unsure: state.unsure.has(item.q.id), progressText: progressAt(key),
        onAnswer: (value, unsure) => answer(item, value, unsure),
        onSkip: item.urgent ? null : () => skip(item), onBack: back });
    }
    window.KioskIdle.restart();
  }

  function start(lang) {
    state.lang = lang;
    state.key = api.newKey();
    go("about");
  }

  function aboutDone() {
    const p = state.patient;
    const problems = [];
    const name = (value, id, missing) => {
      const trimmed = value.trim();
      if (!trimmed) problems.push({ id, field: `field-${id}`, message: t(missing) });
      else if (trimmed.length > 100) problems.push({ id, field: `field-${id}`, message: t("nameTooLong") });
      else if (/[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069<>";\\{}[\]|=]|^[+\-@]/u.test(trimmed)) problems.push({ id, field: `field-${id}`, message: t("nameBadCharacters") });
    };
    name(p.givenName, "given-name", "givenNameMissing");
    name(p.familyName, "family-name", "familyNameMissing");
    if (!birthDate()) problems.push({ id: "birth-day", field: "field-birth-date", message: t("badDate") });
    if (!/^[0-9 +()-]{0,32}$/.test(p.phone.trim())) problems.push({ id: "phone", field: "field-phone", message: t("phoneBad") });
    if (problems.length) { R.errors(problems); return; }
    prune(); // the age may change what is asked
    go(nextAfter("about"));
  }

  async function answer(item, value, unsure) {
    if (state.busy) return; // a double tap answers once
    if (item.members) {
      // Ticked is yes; left unticked when the patient continues is no ("None of these": all no).
      item.members.forEach((m) => { state.answers[m.id] = value.includes(m.id); });
      prune();
      go(nextAfter(state.at));
      return;
    }
    state.answers[item.q.id] = value;
    if (unsure) state.unsure.add(item.q.id); else state.unsure.delete(item.q.id);
    prune();
    if (item.urgent) {
      // The urgent stop: the engine screens the answers so far after every urgent answer.
      state.busy = true;
      main.querySelectorAll("button").forEach((b) => { b.disabled = true; });
      const urgency = await api.screen(state.protocolId, engineAnswers());
      state.busy = false;
      // When the screening cannot be asked, a yes (or "not sure") to an urgent question errs towards the
      // emergency: stop, call staff and send; the server assesses the answers again when it has them.
      if (urgency === "EMERGENCY" || (urgency === null && value === true)) { send(true); return; }
    }
    go(nextAfter(state.at));
  }

  function skip(item) {
    if (state.busy) return;
    (item.members || [item.q]).forEach((q) => { // skipped is unanswered, never "no"
      delete state.answers[q.id];
      state.unsure.delete(q.id);
    });
    prune();
    go(nextAfter(state.at));
  }

  // ---- the review -----------------------------------------------------------------------------------
  function answerText(q) {
    const value = state.answers[q.id];
    if (value === undefined) return t("skipped");
    if (q.type === "BOOLEAN") return state.unsure.has(q.id) ? t("notSure") : value ? t("yes") : t("no");
    const label = (v) => local((q.options.find((o) => o.value === v) || {}).label) || String(v);
    if (q.type === "CHOICE") return label(value);
    if (q.type === "MULTI") return value.length === 0 ? t("noneOfThese") : value.map(label).join(", ");
    return String(value);
  }

  function reviewRows() {
    const p = state.patient;
    const birth = birthDate();
    const dateText = birth ? birth.toLocaleDateString(state.lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }) : "";
    const answers = engineAnswers();
    return [
      { key: "name", label: t("yourName"), answer: `${p.givenName.trim()} ${p.familyName.trim()}`, onChange: () => change("about") },
      { key: "birth-date", label: t("birthDate"), answer: dateText, onChange: () => change("about") },
      { key: "phone", label: t("phone"), answer: p.phone.trim() || t("notGiven"), onChange: () => change("about") },
      ...questions().filter((item) => visible(item, answers)).flatMap((item) => (item.members || [item.q]).map((q) => ({
        key: q.id, label: local(q.text), answer: answerText(q), onChange: () => change(keyOf(item)) })))
    ];
  }

  function change(key) {
    go(key);
  }

  // ---- sending: until the server has it ---------------------------------------------------------------
  function submission() {
    const p = state.patient;
    const birth = birthDate();
    return {
      patient: { givenName: p.givenName.trim(), familyName: p.familyName.trim(),
        birthDate: birth.toISOString().substring(0, 10), language: state.lang,
        phone: p.phone.trim() || null },
      protocol: state.protocolId,
      answers: { ...state.answers },
      unsure: [...state.unsure]
    };
  }

  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * Sends the intake and keeps trying, with the same Idempotency-Key, until the server answers: the answers
   * stay in memory and the idle wipe waits. An emergency shows "tell a member of staff" at once.
   */
  async function send(emergency) {
    if (state.sending) return;
    state.sending = true;
    state.emergency = emergency;
    const body = submission();
    const started = Date.now();
    state.history.push(state.at);
    state.at = emergency ? "stop" : "sending";
    chrome();
    if (emergency) R.stop("sending"); else R.sending("sending");
    for (;;) {
      let reply = null;
      try { reply = await api.submit(body, state.key); } catch (unreachable) { reply = null; }
      if (reply && (reply.status === 200 || reply.status === 201) && reply.body) {
        state.sending = false;
        showResult(reply.body);
        return;
      }
      if (reply && reply.status >= 400 && reply.status < 500) {
        state.sending = false;
        refused(reply);
        return;
      }
      // Not reached, or the server failed: keep the answers, say so, and try again with the same key.
      R.sending(Date.now() - started >= ASK_STAFF_AFTER_MS ? "askStaff" : "retrying");
      await pause(RETRY_MS);
    }
  }

  function refused(reply) {
    if (reply.status === 400 && !state.emergency) {
      state.at = state.history.pop();
      render();
      const problems = ((reply.body && reply.body.errors) || []).map((e) => {
        const id = e.field.startsWith("answers.") ? e.field.substring(8) : null;
        const q = id && questions().flatMap((i) => i.members || [i.q]).find((question) => question.id === id);
        return { message: `${t("notAccepted")} ${q ? local(q.text) : e.field}` };
      });
      R.errors(problems.length ? problems : [{ message: t("sendFailed") }]);
      return;
    }
    R.sending("askStaff");
    R.errors([{ message: reply.status === 401 || reply.status === 403 ? t("notEnrolled") : t("sendFailed") }]);
  }

  function showResult(result) {
    state.at = "result";
    chrome();
    R.result({ result, emergency: state.emergency || result.urgency === "EMERGENCY", onFinish: wipe });
    window.KioskIdle.restart();
  }

  // ---- privacy: wipe after the patient walks away ----------------------------------------------------
  function wipe() {
    window.KioskIdle.stop();
    state = fresh();
    main.replaceChildren();
    // A fresh load drops every trace of the answers from memory, the DOM and the history.
    window.location.replace(window.location.pathname + window.location.search);
  }

  document.getElementById("larger-text").addEventListener("click", () => {
    state.largerText = !state.largerText;
    document.documentElement.classList.toggle("larger-text", state.largerText);
    chrome();
  });

  // ---- start --------------------------------------------------------------------------------------
  function showNotEnrolled() {
    main.replaceChildren(R.el("section", { lang: "en" },
      R.el("h1", { text: window.TRIAGE_TEXT.en.notEnrolledTitle }),
      R.el("p", { text: window.TRIAGE_TEXT.en.notEnrolled }),
      R.el("p", { lang: "es", text: window.TRIAGE_TEXT.es.notEnrolled })));
  }

  function showLoadFailed(error) {
    console.error(error); // for staff opening the console: which protocol, which condition
    main.replaceChildren(
      R.el("h1", { text: window.TRIAGE_TEXT.en.loadFailed }),
      R.el("p", { lang: "es", class: "lead", text: window.TRIAGE_TEXT.es.loadFailed }));
    main.dataset.screen = "load-failed";
  }

  R.init({ t, local, main, progress: document.getElementById("progress"), errorsBox: document.getElementById("errors") });
  api.session()
    .then(async (me) => {
      const mayAdmit = me.kind === "kiosk" || (me.kind === "staff" && me.roles.includes("NURSE"));
      if (!mayAdmit) { showNotEnrolled(); return; }
      const list = await api.protocols();
      protocols = (await Promise.all(list.map((p) => api.protocol(p.id)))).map(kioskQuestions);
      state.protocolId = protocols[0].id;
      window.KioskIdle.start({
        idleMs: IDLE_S * 1000, resultMs: RESULT_S * 1000, countdownS: COUNTDOWN_S, text: t, wipe,
        mayWipe: () => !state.sending,
        phase: () => (state.at === "welcome" ? "welcome" : state.at === "result" ? "result" : "questions")
      });
      render();
    })
    .catch(showLoadFailed);
})();
