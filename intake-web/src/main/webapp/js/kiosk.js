// The kiosk questionnaire. The questions come from the protocol (GET api/protocols/{id}); this script only
// renders them, keeps the answers in memory (never in storage), and wipes everything when the patient is done
// or walks away.
"use strict";
(() => {
  const PROTOCOL = "upper-back-pain";
  // No touch for 2 minutes on a question: ask "are you still there?", then clear after 30 s more. The ticket
  // screen clears itself after a minute. "?idle=N" shortens all three to N seconds (for tests and demos).
  const idleOverride = Number(new URLSearchParams(window.location.search).get("idle"));
  const shortIdle = Number.isInteger(idleOverride) && idleOverride > 0 ? idleOverride : null;
  const IDLE_MS = shortIdle ? shortIdle * 1000 : 120000;
  const RESULT_IDLE_MS = shortIdle ? shortIdle * 1000 : 60000;
  const COUNTDOWN_S = shortIdle ? Math.min(shortIdle, 30) : 30;
  const DERIVED = new Set(["age"]); // taken from the date of birth, not asked twice

  const main = document.getElementById("main");
  const errorsBox = document.getElementById("errors");
  const progress = document.getElementById("progress");
  let protocol = null;
  let csrfToken = null; // from GET api/session: the enrolled kiosk's (or a desk nurse's) CSRF token
  let steps = [];
  let state = freshState();
  let idleTimer = null;
  let countdownTimer = null;

  function freshState() {
    return {
      lang: "en",
      patient: { givenName: "", familyName: "", day: "", month: "", year: "" },
      answers: {},
      step: 0,
      busy: false
    };
  }

  const t = (key, ...args) => {
    const value = window.TRIAGE_TEXT[state.lang][key];
    return typeof value === "function" ? value(...args) : value;
  };
  const local = (texts) => (texts ? texts[state.lang] || texts.en : "");

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === false || value === null || value === undefined) continue;
      if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.substring(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) if (child) node.append(child);
    return node;
  }

  // ---- answers and display conditions -------------------------------------------------------------
  function answered(value) {
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  }

  function matches(value, expected) {
    return Array.isArray(value) ? value.includes(expected) : value === expected;
  }

  function holds(condition) {
    if (!condition) return true;
    const value = state.answers[condition.question];
    const values = condition.values || [];
    switch (condition.operator) {
      case "equals": return answered(value) && matches(value, values[0]);
      case "notEquals": return !answered(value) || !matches(value, values[0]);
      case "in": return answered(value) && values.some((v) => matches(value, v));
      case "notIn": return !answered(value) || !values.some((v) => matches(value, v));
      case "answered": return answered(value);
      default: return true; // an unknown condition shows the question: asking more is the safe side
    }
  }

  function ageFromBirthDate() {
    const { day, month, year } = state.patient;
    const birth = new Date(Date.UTC(+year, +month - 1, +day));
    if (!year || !month || !day || birth.getUTCDate() !== +day || birth.getUTCMonth() !== +month - 1) return null;
    const now = new Date();
    let age = now.getUTCFullYear() - birth.getUTCFullYear();
    const hadBirthday = now.getUTCMonth() > birth.getUTCMonth() ||
      (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() >= birth.getUTCDate());
    if (!hadBirthday) age -= 1;
    return birth <= now && age <= 120 ? age : null;
  }

  function birthDateIso() {
    const { day, month, year } = state.patient;
    return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }

  function answersForEngine() {
    const answers = { ...state.answers };
    const age = ageFromBirthDate();
    if (age !== null && answers.age === undefined) answers.age = age;
    return answers;
  }

  // ---- steps ----------------------------------------------------------------------------------------
  function buildSteps() {
    steps = [{ kind: "welcome" }, { kind: "about" }];
    for (const section of protocol.sections) {
      if (section.staffOnly) continue;
      const questions = section.questions.filter((q) => !DERIVED.has(q.id));
      if (questions.length > 0) steps.push({ kind: "section", section, questions });
    }
  }

  function show(stepIndex) {
    state.step = stepIndex;
    const step = steps[stepIndex];
    document.documentElement.lang = state.lang;
    document.getElementById("brand").textContent = t("brand");
    clearErrors();
    main.replaceChildren();
    const questionSteps = steps.length - 1;
    progress.textContent = stepIndex > 0 ? t("step", stepIndex, questionSteps) : "";
    if (step.kind === "welcome") renderWelcome();
    else if (step.kind === "about") renderAbout();
    else renderSection(step);
    const heading = main.querySelector("h1");
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
    resetIdle();
  }

  function renderWelcome() {
    main.append(
      el("h1", { text: t("welcome") }),
      el("p", { class: "lead", text: t("welcomeText") }),
      el("p", { class: "lead", id: "choose-language", text: t("chooseLanguage") }),
      el("div", { class: "choices two", role: "group", "aria-labelledby": "choose-language" },
        el("button", { type: "button", class: "big", id: "lang-en", lang: "en", onclick: () => start("en") }, "English"),
        el("button", { type: "button", class: "big", id: "lang-es", lang: "es", onclick: () => start("es") }, "Español")));
  }

  function start(lang) {
    state.lang = lang;
    show(1);
  }

  function textField(id, label, value, onInput, attrs = {}) {
    return el("div", { class: "field" },
      el("label", { for: id, text: label }),
      el("input", { id, name: id, value, autocomplete: "off", oninput: (e) => onInput(e.target.value), ...attrs }));
  }

  function renderAbout() {
    const p = state.patient;
    const monthSelect = el("select", { id: "birth-month", name: "birth-month", onchange: (e) => (p.month = e.target.value) },
      el("option", { value: "", text: "—" }),
      t("months").map((name, i) => el("option", { value: String(i + 1), selected: String(i + 1) === String(p.month), text: name })));
    const form = el("form", { novalidate: true, onsubmit: (e) => { e.preventDefault(); next(); } },
      el("h1", { text: t("aboutYou") }),
      textField("given-name", t("givenName"), p.givenName, (v) => (p.givenName = v), { maxlength: 100, required: true }),
      textField("family-name", t("familyName"), p.familyName, (v) => (p.familyName = v), { maxlength: 100, required: true }),
      el("fieldset", { class: "question", id: "q-birth-date" },
        el("legend", { text: t("birthDate") }),
        el("div", { class: "date-parts" },
          textField("birth-day", t("day"), p.day, (v) => (p.day = v), { inputmode: "numeric", maxlength: 2, size: 3, required: true }),
          el("div", { class: "field" }, el("label", { for: "birth-month", text: t("month") }), monthSelect),
          textField("birth-year", t("year"), p.year, (v) => (p.year = v), { inputmode: "numeric", maxlength: 4, size: 5, required: true }))),
      navigation(false));
    main.append(form);
  }

  function renderSection(step) {
    const form = el("form", { novalidate: true, onsubmit: (e) => { e.preventDefault(); next(); }, onchange: () => refreshVisibility(step) },
      el("h1", { text: local(step.section.title) }),
      step.questions.map(renderQuestion),
      el("p", { class: "note", text: t("notDiagnosis") }),
      navigation(state.step === steps.length - 1));
    main.append(form);
    refreshVisibility(step);
  }

  function navigation(last) {
    return el("div", { class: "nav" },
      el("button", { type: "button", class: "secondary", id: "back", onclick: () => show(state.step - 1) }, t("back")),
      el("button", { type: "submit", class: "primary", id: last ? "submit" : "next" }, last ? t("submit") : t("next")));
  }

  function renderQuestion(q) {
    const legendId = `legend-${q.id}`;
    const hint = q.hint ? el("p", { class: "hint", id: `hint-${q.id}`, text: local(q.hint) }) : null;
    const fieldset = el("fieldset", { class: "question", id: `q-${q.id}`, "data-question": q.id,
      "aria-describedby": hint ? `hint-${q.id}` : null },
      el("legend", { id: legendId, text: local(q.text) + (q.required ? " *" : "") }), hint);
    const current = state.answers[q.id];
    const choice = (type, value, label) => {
      const id = `a-${q.id}-${value}`;
      const checked = type === "checkbox" ? Array.isArray(current) && current.includes(value) : current === value;
      return el("label", { class: "choice", for: id },
        el("input", { type, id, name: q.id, value: String(value), checked,
          onchange: () => readQuestion(q, fieldset) }),
        el("span", { text: label }));
    };
    if (q.type === "BOOLEAN") {
      fieldset.append(el("div", { class: "choices two" }, choice("radio", true, t("yes")), choice("radio", false, t("no"))));
    } else if (q.type === "CHOICE") {
      fieldset.append(el("div", { class: "choices" }, q.options.map((o) => choice("radio", o.value, local(o.label)))));
    } else if (q.type === "MULTI") {
      fieldset.append(el("div", { class: "choices" }, q.options.map((o) => choice("checkbox", o.value, local(o.label)))));
    } else if (q.type === "INTEGER" && q.max !== null && q.min !== null && q.max - q.min <= 10) {
      const scale = [];
      for (let v = q.min; v <= q.max; v++) scale.push(choice("radio", v, String(v)));
      fieldset.append(el("div", { class: "choices scale" }, scale));
    } else {
      const id = `a-${q.id}`;
      fieldset.append(el("div", { class: "field" },
        el("label", { for: id, class: "visually-hidden", text: local(q.text) }),
        el("input", { id, name: q.id, type: "text", inputmode: q.type === "INTEGER" ? "numeric" : "decimal",
          value: current === undefined ? "" : String(current), size: 6, autocomplete: "off",
          oninput: () => readQuestion(q, fieldset) })));
    }
    return fieldset;
  }

  function readQuestion(q, fieldset) {
    if (q.type === "MULTI") {
      state.answers[q.id] = [...fieldset.querySelectorAll("input:checked")].map((i) => i.value);
    } else if (q.type === "BOOLEAN") {
      const checked = fieldset.querySelector("input:checked");
      if (checked) state.answers[q.id] = checked.value === "true";
    } else if (q.type === "CHOICE") {
      const checked = fieldset.querySelector("input:checked");
      if (checked) state.answers[q.id] = checked.value;
    } else {
      const checked = fieldset.querySelector("input[type=radio]:checked");
      const raw = checked ? checked.value : fieldset.querySelector("input").value.trim().replace(",", ".");
      if (raw === "") delete state.answers[q.id];
      else state.answers[q.id] = Number(raw);
    }
  }

  function refreshVisibility(step) {
    for (const q of step.questions) {
      const visible = holds(q.showWhen);
      const fieldset = document.getElementById(`q-${q.id}`);
      fieldset.hidden = !visible;
      // An answer to a question that no longer applies must not reach the engine.
      if (!visible && state.answers[q.id] !== undefined) {
        delete state.answers[q.id];
        fieldset.querySelectorAll("input").forEach((i) => { i.checked = false; if (i.type === "text") i.value = ""; });
      }
    }
  }

  // ---- checking a step ------------------------------------------------------------------------------
  function problemsOfStep(step) {
    const problems = [];
    if (step.kind === "about") {
      if (!state.patient.givenName.trim()) problems.push(["given-name", t("required")]);
      if (!state.patient.familyName.trim()) problems.push(["family-name", t("required")]);
      if (ageFromBirthDate() === null) problems.push(["q-birth-date", t("badDate")]);
    } else if (step.kind === "section") {
      for (const q of step.questions) {
        if (!holds(q.showWhen)) continue;
        const value = state.answers[q.id];
        if (q.required && !answered(value)) problems.push([`q-${q.id}`, t("required")]);
        if ((q.type === "INTEGER" || q.type === "NUMBER") && value !== undefined) {
          const wrong = Number.isNaN(value) || (q.type === "INTEGER" && !Number.isInteger(value)) ||
            (q.min !== null && value < q.min) || (q.max !== null && value > q.max);
          if (wrong) problems.push([`q-${q.id}`, t("notANumber", q.min, q.max)]);
        }
      }
    }
    return problems;
  }

  function clearErrors() {
    errorsBox.replaceChildren();
    document.querySelectorAll(".invalid").forEach((n) => n.classList.remove("invalid"));
    document.querySelectorAll(".field-error").forEach((n) => n.remove());
  }

  function showProblems(problems, summary) {
    clearErrors();
    errorsBox.append(el("p", { text: summary }));
    for (const [id, message] of problems) {
      const target = document.getElementById(id);
      if (!target) { errorsBox.append(el("p", { text: message })); continue; }
      target.classList.add("invalid");
      const errorId = `${id}-error`;
      target.append(el("p", { class: "field-error", id: errorId, text: message }));
      const input = target.matches("input") ? target : target.querySelector("input, select");
      if (input) input.setAttribute("aria-describedby", errorId);
    }
    const first = document.getElementById(problems.length ? problems[0][0] : "main");
    const focusable = first && (first.matches("input") ? first : first.querySelector("input, select"));
    if (focusable) focusable.focus();
  }

  async function next() {
    if (state.busy) return;
    const step = steps[state.step];
    const problems = problemsOfStep(step);
    if (problems.length) { showProblems(problems, t("checkAnswers")); return; }
    if (step.kind === "section" && step.section.urgentScreen && await firesEmergency()) {
      await submit(true);
      return;
    }
    if (state.step === steps.length - 1) await submit(false);
    else show(state.step + 1);
  }

  // The urgent screen is evaluated as soon as it is answered: an emergency stops the questionnaire.
  async function firesEmergency() {
    try {
      const response = await postJson("api/assessments", { protocol: PROTOCOL, answers: answersForEngine() });
      if (!response.ok) return false; // the full submission will be checked again at the end
      return (await response.json()).urgency === "EMERGENCY";
    } catch (e) {
      return false;
    }
  }

  function postJson(url, body) {
    return fetch(url, {
      method: "POST",
      headers: Object.assign(
        { "Content-Type": "application/json", "Accept": "application/json", "X-Requested-With": "kiosk" },
        csrfToken ? { "X-CSRF-Token": csrfToken } : {}),
      body: JSON.stringify(body)
    });
  }

  async function submit(emergency) {
    state.busy = true;
    const button = document.getElementById(emergency ? "next" : "submit");
    if (button) { button.disabled = true; button.textContent = t("sending"); }
    const p = state.patient;
    const body = {
      patient: { givenName: p.givenName.trim(), familyName: p.familyName.trim(), birthDate: birthDateIso(), language: state.lang },
      protocol: PROTOCOL,
      answers: state.answers
    };
    try {
      const response = await postJson("api/intakes", body);
      if (response.status === 201 || response.status === 200) {
        showResult(await response.json(), emergency);
      } else if (response.status === 400) {
        restoreButton(button, emergency);
        showServerProblems(await response.json());
      } else if (response.status === 401 || response.status === 403) {
        restoreButton(button, emergency);
        showProblems([], t("notEnrolled"));
      } else {
        restoreButton(button, emergency);
        showProblems([], t("sendFailed"));
      }
    } catch (e) {
      restoreButton(button, emergency);
      showProblems([], t("sendFailed"));
    } finally {
      state.busy = false;
    }
  }

  function restoreButton(button, emergency) {
    if (!button) return;
    button.disabled = false;
    button.textContent = emergency || state.step !== steps.length - 1 ? t("next") : t("submit");
  }

  function showServerProblems(error) {
    const problems = (error.errors || []).map((e) => {
      const question = e.field.startsWith("answers.") ? e.field.substring(8) : null;
      if (question && document.getElementById(`q-${question}`)) return [`q-${question}`, `${t("fieldProblem")} ${e.message}`];
      return [null, `${t("fieldProblem")} ${e.field}: ${e.message}`];
    });
    showProblems(problems, t("checkAnswers"));
  }

  function showResult(result, emergency) {
    const isEmergency = emergency || result.urgency === "EMERGENCY";
    main.replaceChildren();
    clearErrors();
    progress.textContent = "";
    if (isEmergency) {
      main.append(el("section", { class: "emergency", role: "alert" },
        el("h1", { text: t("tellStaffTitle") }),
        el("p", { class: "lead", text: t("tellStaffText") })));
    } else {
      main.append(el("h1", { text: t("doneTitle") }));
    }
    main.append(
      el("p", { class: "ticket-label", text: t("yourTicket") }),
      el("p", { class: "ticket", id: "ticket", text: result.ticket }),
      el("p", { class: "lead", text: t(isEmergency ? "ticketHelpEmergency" : "ticketHelp") }));
    if (!isEmergency) {
      if (result.message) main.append(el("p", { class: "lead urgency-message", text: local(result.message) }));
      if (result.advice && result.advice.length) {
        main.append(el("h2", { text: t("adviceTitle") }),
          el("ul", { class: "advice" }, result.advice.map((text) => el("li", { text: local(text) }))));
      }
      if (result.safetyNet) {
        main.append(el("h2", { text: t("safetyNetTitle") }), el("p", { class: "safety-net", text: local(result.safetyNet) }));
      }
      main.append(el("p", { class: "note", text: t("notDiagnosis") }));
    }
    main.append(el("div", { class: "nav" }, el("button", { type: "button", class: "primary", id: "finish", onclick: wipe }, t("finish"))));
    main.querySelector("h1").setAttribute("tabindex", "-1");
    main.querySelector("h1").focus();
    state.step = -1; // the result screen: only the wipe is left
    resetIdle();
  }

  // ---- privacy: wipe after the patient walks away ----------------------------------------------------
  function wipe() {
    state = freshState();
    main.replaceChildren();
    // A fresh load drops every trace of the answers from memory, the DOM and the history.
    window.location.replace(window.location.pathname + window.location.search);
  }

  function resetIdle() {
    clearTimeout(idleTimer);
    const dirty = state.step !== 0;
    if (!dirty) return;
    idleTimer = setTimeout(state.step === -1 ? wipe : askStillThere, state.step === -1 ? RESULT_IDLE_MS : IDLE_MS);
  }

  function askStillThere() {
    const dialog = document.getElementById("still-there");
    let seconds = COUNTDOWN_S;
    document.getElementById("still-there-title").textContent = t("stillThereTitle");
    const text = document.getElementById("still-there-text");
    text.textContent = t("stillThereText", seconds);
    const yes = document.getElementById("still-there-yes");
    yes.textContent = t("stillThereYes");
    yes.onclick = () => { clearInterval(countdownTimer); dialog.close(); resetIdle(); };
    dialog.showModal();
    yes.focus();
    countdownTimer = setInterval(() => {
      seconds -= 1;
      text.textContent = t("stillThereText", seconds);
      if (seconds <= 0) { clearInterval(countdownTimer); wipe(); }
    }, 1000);
  }

  ["pointerdown", "keydown", "input"].forEach((type) =>
    document.addEventListener(type, () => { if (!document.getElementById("still-there").open) resetIdle(); }, { passive: true }));

  // ---- start --------------------------------------------------------------------------------------
  // Only an enrolled kiosk (or a nurse entering a walk-in at the desk) may send intakes. In demo mode an
  // unenrolled browser becomes the demo kiosk, so the system works out of the box.
  async function session() {
    const ask = () => fetch("api/session", { headers: { Accept: "application/json", "X-Requested-With": "kiosk" } })
      .then((r) => r.json());
    let me = await ask();
    if (me.kind === "anonymous" && me.demo) {
      await fetch("api/kiosk-enrolments", { method: "POST", headers: { "Content-Type": "application/json", "X-Requested-With": "kiosk" },
        body: JSON.stringify({ demo: true }) });
      me = await ask();
    }
    return me;
  }

  function showNotEnrolled() {
    const box = document.createElement("section");
    box.setAttribute("lang", "en");
    const title = document.createElement("h1");
    title.textContent = window.TRIAGE_TEXT.en.notEnrolledTitle;
    const text = document.createElement("p");
    text.textContent = window.TRIAGE_TEXT.en.notEnrolled;
    const es = document.createElement("p");
    es.setAttribute("lang", "es");
    es.textContent = window.TRIAGE_TEXT.es.notEnrolled;
    box.append(title, text, es);
    main.replaceChildren(box);
  }

  session()
    .then((me) => {
      const mayAdmit = me.kind === "kiosk" || (me.kind === "staff" && me.roles.includes("NURSE"));
      if (!mayAdmit) { showNotEnrolled(); return null; }
      csrfToken = me.csrfToken;
      return fetch(`api/protocols/${PROTOCOL}`, { headers: { Accept: "application/json" } })
        .then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
        .then((p) => { protocol = p; buildSteps(); show(0); });
    })
    .catch(() => { document.getElementById("loading").textContent = window.TRIAGE_TEXT.en.sendFailed; });
})();
