// Draws the kiosk's screens: one question per screen, big answer buttons, the review, the sending state, the
// urgent stop and the ticket. It only draws and reports taps; kiosk.js decides what comes next. Every screen
// has one h1, which takes the focus, so a screen reader starts reading at the new question.
"use strict";
window.KioskRender = (() => {
  let ui = null; // { t(key, ...args), local(texts), main, progress, errorsBox }
  let screenCount = 0;

  function init(context) {
    ui = context;
  }

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

  /** Replaces the screen; the data attributes let tests (and people debugging) see where the kiosk is. */
  function screen(kind, attrs, progressText, ...children) {
    const { main, progress } = ui;
    clearErrors();
    screenCount += 1;
    main.replaceChildren(...children.flat().filter(Boolean));
    main.dataset.screen = kind;
    main.dataset.count = String(screenCount);
    delete main.dataset.question;
    delete main.dataset.urgent;
    delete main.dataset.checklist;
    for (const [name, value] of Object.entries(attrs || {})) main.dataset[name] = value;
    progress.textContent = progressText || "";
    focusHeading();
  }

  function focusHeading() {
    const heading = ui.main.querySelector("h1");
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
  }

  const backButton = (onBack) => onBack
    ? el("button", { type: "button", class: "secondary", id: "back", onclick: onBack }, ui.t("back"))
    : null;

  // ---- welcome -------------------------------------------------------------------------------------
  /** Both languages at once: the patient has not chosen one yet. */
  function welcome({ protocols, protocolId, onStart, onProtocol }) {
    const both = (key) => [
      el("span", { lang: "en", text: window.TRIAGE_TEXT.en[key] }),
      el("span", { lang: "es", class: "second-language", text: window.TRIAGE_TEXT.es[key] })];
    const complaint = protocols.length > 1
      ? el("fieldset", { class: "complaint" },
        el("legend", {}, ...both("chooseComplaint")),
        el("div", { class: "choices" }, protocols.map((p) =>
          el("button", { type: "button", class: "answer", "aria-pressed": String(p.id === protocolId),
            "data-protocol": p.id, onclick: () => onProtocol(p.id) },
          el("span", { lang: "en", text: p.title.en }), " / ", el("span", { lang: "es", text: p.title.es })))))
      : null;
    screen("welcome", {}, "",
      el("h1", {}, ...both("welcome")),
      el("p", { class: "lead" }, el("span", { lang: "en", text: window.TRIAGE_TEXT.en.welcomeText })),
      el("p", { class: "lead", lang: "es", text: window.TRIAGE_TEXT.es.welcomeText }),
      complaint,
      el("p", { class: "lead", id: "choose-language" }, ...both("chooseLanguage")),
      el("div", { class: "choices two", role: "group", "aria-labelledby": "choose-language" },
        el("button", { type: "button", class: "big", id: "lang-en", lang: "en", onclick: () => onStart("en") }, "English"),
        el("button", { type: "button", class: "big", id: "lang-es", lang: "es", onclick: () => onStart("es") }, "Español")));
  }

  // ---- about you: name and date of birth (GOV.UK date pattern) --------------------------------------
  function textField(id, label, value, onInput, attrs = {}) {
    return el("div", { class: "field", id: `field-${id}` },
      el("label", { for: id, text: label }),
      el("input", { id, name: id, type: "text", value, autocomplete: "off", spellcheck: "false",
        oninput: (e) => onInput(e.target.value), ...attrs }));
  }

  function about({ patient, progressText, onContinue, onBack }) {
    const t = ui.t;
    const set = (name) => (value) => { patient[name] = value; };
    const form = el("form", { novalidate: true, onsubmit: (e) => { e.preventDefault(); onContinue(); } },
      el("h1", { text: t("aboutYou") }),
      textField("given-name", t("givenName"), patient.givenName, set("givenName"), { maxlength: 100 }),
      textField("family-name", t("familyName"), patient.familyName, set("familyName"), { maxlength: 100 }),
      el("fieldset", { class: "date", id: "field-birth-date", "aria-describedby": "birth-date-hint" },
        el("legend", { text: t("birthDate") }),
        el("p", { class: "hint", id: "birth-date-hint", text: t("birthDateHint") }),
        el("div", { class: "date-parts" },
          textField("birth-day", t("day"), patient.day, set("day"), { inputmode: "numeric", maxlength: 2, size: 2, class: "width-2" }),
          textField("birth-month", t("month"), patient.month, set("month"), { inputmode: "numeric", maxlength: 2, size: 2, class: "width-2" }),
          textField("birth-year", t("year"), patient.year, set("year"), { inputmode: "numeric", maxlength: 4, size: 4, class: "width-4" }))),
      el("div", { class: "field", id: "field-phone" },
        el("label", { for: "phone", text: t("phone") }),
        el("p", { class: "hint", id: "phone-hint", text: t("phoneHint") }),
        el("input", { id: "phone", name: "phone", type: "tel", value: patient.phone, autocomplete: "off", maxlength: 32,
          class: "width-phone", "aria-describedby": "phone-hint", oninput: (e) => { patient.phone = e.target.value; } })),
      el("div", { class: "nav" }, backButton(onBack),
        el("button", { type: "submit", class: "primary", id: "continue" }, t("continue"))));
    screen("about", {}, progressText, form);
  }

  // ---- one question --------------------------------------------------------------------------------
  /**
   * q: the protocol question; urgent: part of the urgent check (required, with "I'm not sure"); value: the
   * answer so far; unsure: it was "not sure". onAnswer(value, unsure) moves on for taps; multi-choice and
   * number questions answer through Continue.
   */
  function question({ q, urgent, value, unsure, progressText, onAnswer, onSkip, onBack }) {
    const t = ui.t;
    const local = ui.local;
    const headingId = "question-heading";
    const hint = q.hint ? el("p", { class: "hint", id: "question-hint", text: local(q.hint) }) : null;
    const urgentHint = urgent ? el("p", { class: "hint", id: "urgent-hint", text: t("urgentHint") }) : null;
    const describedBy = [hint && "question-hint", urgentHint && "urgent-hint"].filter(Boolean).join(" ") || null;
    const caption = urgent ? el("p", { class: "caption", text: t("urgentLabel") }) : null;
    const tap = (answer, label, pressed, attrs = {}) => el("button", {
      type: "button", class: "answer", "aria-pressed": String(pressed), "data-answer": String(answer),
      onclick: () => onAnswer(answer === "unsure" ? true : answer, answer === "unsure"), ...attrs }, label);
    let body;
    if (q.type === "BOOLEAN") {
      body = el("div", { class: "choices", role: "group", "aria-labelledby": headingId, "aria-describedby": describedBy },
        tap(true, t("yes"), value === true && !unsure),
        tap(false, t("no"), value === false),
        urgent ? tap("unsure", t("notSure"), value === true && unsure) : null);
    } else if (q.type === "CHOICE") {
      body = el("div", { class: "choices", role: "group", "aria-labelledby": headingId, "aria-describedby": describedBy },
        q.options.map((o) => tap(o.value, local(o.label), value === o.value)));
    } else if (q.type === "INTEGER" && q.min !== null && q.max !== null && q.max - q.min <= 10) {
      const scale = [];
      for (let v = q.min; v <= q.max; v++) scale.push(tap(v, String(v), value === v));
      body = el("div", { class: "choices scale", role: "group", "aria-labelledby": headingId, "aria-describedby": describedBy }, scale);
    } else if (q.type === "MULTI") {
      return multi({ q, value, progressText, caption, hint, onAnswer, onSkip, onBack });
    } else {
      return number({ q, value, progressText, caption, hint, onAnswer, onSkip, onBack });
    }
    screen("question", { question: q.id, urgent: String(urgent) }, progressText,
      caption,
      el("h1", { id: headingId, text: local(q.text) }),
      hint, urgentHint, body,
      el("div", { class: "nav" }, backButton(onBack),
        onSkip ? el("button", { type: "button", class: "secondary", id: "skip", onclick: onSkip }, t("skip")) : null));
  }

  /** Multi-choice: tick any, or "None of these" (which clears the others), then Continue. */
  function multi({ q, value, progressText, caption, hint, onAnswer, onSkip, onBack }) {
    const t = ui.t;
    const chosen = new Set(Array.isArray(value) ? value : []);
    const noneChosen = Array.isArray(value) && value.length === 0;
    const box = (id, boxValue, label, checked) => el("div", { class: "check" },
      el("input", { type: "checkbox", id, name: q.id, value: boxValue, checked }),
      el("label", { for: id, text: label }));
    const options = q.options.map((o, i) => box(`option-${i}`, o.value, ui.local(o.label), chosen.has(o.value)));
    const none = box("option-none", "", t("noneOfThese"), noneChosen);
    const fieldset = el("fieldset", { class: "question", id: "answer-field", "aria-describedby": hint ? "question-hint" : null },
      el("legend", {}, el("h1", { id: "question-heading", text: ui.local(q.text) })),
      hint, el("div", { class: "choices checks" }, options, el("p", { class: "or", text: "—" }), none));
    fieldset.addEventListener("change", (e) => {
      // "None of these" and an option cannot both be ticked.
      if (!e.target.checked) return;
      if (e.target.id === "option-none") fieldset.querySelectorAll("input:not(#option-none)").forEach((i) => { i.checked = false; });
      else fieldset.querySelector("#option-none").checked = false;
    });
    const form = el("form", { novalidate: true, onsubmit: (e) => {
      e.preventDefault();
      const ticked = [...fieldset.querySelectorAll("input:checked")];
      if (ticked.length === 0) { errors([{ id: "option-0", field: "answer-field", message: t("chooseOne") }]); return; }
      onAnswer(ticked.some((i) => i.id === "option-none") ? [] : ticked.map((i) => i.value), false);
    } }, fieldset,
    el("div", { class: "nav" }, backButton(onBack),
      el("button", { type: "submit", class: "primary", id: "continue" }, t("continue")),
      onSkip ? el("button", { type: "button", class: "secondary", id: "skip", onclick: onSkip }, t("skip")) : null));
    screen("question", { question: q.id, urgent: "false", checklist: String(Boolean(q.checklist)) }, progressText, caption, form);
  }

  /** A number typed in (age-like ranges, temperatures): Continue checks it is in the protocol's range. */
  function number({ q, value, progressText, caption, hint, onAnswer, onSkip, onBack }) {
    const t = ui.t;
    const input = el("input", { id: "answer", name: q.id, type: "text", inputmode: q.type === "INTEGER" ? "numeric" : "decimal",
      value: value === undefined ? "" : String(value), size: 6, autocomplete: "off", class: "width-5",
      "aria-describedby": hint ? "question-hint" : null });
    const form = el("form", { novalidate: true, onsubmit: (e) => {
      e.preventDefault();
      const raw = input.value.trim().replace(",", ".");
      const number = Number(raw);
      const wrong = raw === "" || Number.isNaN(number) || (q.type === "INTEGER" && !Number.isInteger(number)) ||
        (q.min !== null && number < q.min) || (q.max !== null && number > q.max);
      if (wrong) { errors([{ id: "answer", field: "answer-field", message: t("notANumber", q.min, q.max) }]); return; }
      onAnswer(number, false);
    } },
    caption,
    el("div", { class: "field", id: "answer-field" },
      el("h1", {}, el("label", { for: "answer", id: "question-heading", text: ui.local(q.text) })),
      hint, input),
    el("div", { class: "nav" }, backButton(onBack),
      el("button", { type: "submit", class: "primary", id: "continue" }, t("continue")),
      onSkip ? el("button", { type: "button", class: "secondary", id: "skip", onclick: onSkip }, t("skip")) : null));
    screen("question", { question: q.id, urgent: "false" }, progressText, form);
  }

  // ---- review --------------------------------------------------------------------------------------
  /** rows: [{ key, label, answer, onChange }] in questionnaire order. */
  function review({ rows, onSend, onBack }) {
    const t = ui.t;
    const list = el("dl", { class: "review" }, rows.map((row, i) => el("div", { class: "review-row", "data-row": row.key },
      el("dt", { id: `review-q-${i}`, text: row.label }),
      el("dd", { class: "review-answer", text: row.answer }),
      el("dd", { class: "review-change" },
        el("button", { type: "button", class: "link", "data-change": row.key, onclick: row.onChange,
          "aria-label": t("changeWhat", row.label) }, t("change"))))));
    screen("review", {}, t("lastStep"),
      el("h1", { text: t("review") }),
      el("p", { class: "lead", text: t("reviewText") }),
      list,
      el("p", { class: "note", text: t("notDiagnosis") }),
      el("div", { class: "nav" }, backButton(onBack),
        el("button", { type: "button", class: "primary", id: "send", onclick: onSend }, t("send"))));
  }

  // ---- sending, the urgent stop, the ticket -----------------------------------------------------------
  /** stage: "sending" | "retrying" | "askStaff". A live region, so the change is read out. */
  function sendingStatus(stage) {
    const t = ui.t;
    const text = stage === "askStaff" ? t("askStaffWhileSending") : stage === "retrying" ? t("stillSending") : t("sending");
    return el("p", { class: `lead sending ${stage}`, id: "sending-status", role: "status", text });
  }

  function sending(stage) {
    const existing = document.getElementById("sending-status");
    if (existing && ui.main.dataset.screen !== "result") {
      existing.replaceWith(sendingStatus(stage)); // the same screen: do not move the focus
      return;
    }
    screen("sending", {}, "", el("h1", { text: ui.t("sending") }), sendingStatus(stage));
  }

  /** Full screen, in the patient's language, before the intake is even acknowledged. */
  function stop(stage) {
    const t = ui.t;
    screen("stop", {}, "",
      el("section", { class: "emergency", "aria-labelledby": "stop-heading" },
        el("h1", { id: "stop-heading", text: t("tellStaffTitle") }),
        el("p", { class: "lead", text: t("tellStaffText") }),
        sendingStatus(stage)));
  }

  function result({ result, emergency, onFinish }) {
    const t = ui.t;
    const local = ui.local;
    const ticket = [
      el("p", { class: "ticket-label", text: t("yourTicket") }),
      el("p", { class: "ticket", id: "ticket", text: result.ticket })];
    if (emergency) {
      screen("stop", { urgency: result.urgency }, "",
        el("section", { class: "emergency", "aria-labelledby": "stop-heading" },
          el("h1", { id: "stop-heading", text: t("tellStaffTitle") }),
          el("p", { class: "lead", text: t("tellStaffText") }),
          ticket,
          el("p", { class: "lead", text: t("ticketHelpEmergency") })));
      return;
    }
    const advice = result.advice || [];
    screen("result", { urgency: result.urgency }, "",
      el("h1", { text: t("doneTitle") }),
      ticket,
      el("p", { class: "lead what-now", id: "what-now", text: t(`now${result.urgency}`) }),
      advice.length ? [el("h2", { text: t("adviceTitle") }),
        el("ul", { class: "advice" }, advice.map((text) => el("li", { text: local(text) })))] : null,
      result.safetyNet ? [el("h2", { text: t("safetyNetTitle") }),
        el("p", { class: "safety-net", text: local(result.safetyNet) })] : null,
      el("p", { class: "note", text: t("notDiagnosis") }),
      el("div", { class: "nav" }, el("button", { type: "button", class: "primary", id: "finish", onclick: onFinish }, t("finish"))));
  }

  function message(kind, title, text) {
    screen(kind, {}, "", el("h1", { text: title }), el("p", { class: "lead", text }));
  }

  // ---- errors: a summary that links to each field, and the message at the field ----------------------
  function clearErrors() {
    ui.errorsBox.replaceChildren();
    ui.errorsBox.hidden = true;
    document.querySelectorAll(".has-error").forEach((n) => n.classList.remove("has-error"));
    document.querySelectorAll(".field-error").forEach((n) => n.remove());
    document.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
  }

  /** problems: [{ id: the input to link to, field: the box that shows the message, message }] */
  function errors(problems) {
    const t = ui.t;
    clearErrors();
    const box = ui.errorsBox;
    box.hidden = false;
    box.append(el("h2", { id: "error-title", text: t("errorTitle") }),
      el("ul", {}, problems.map((p) => el("li", {},
        p.id && document.getElementById(p.id)
          ? el("a", { href: `#${p.id}`, onclick: (e) => { e.preventDefault(); document.getElementById(p.id).focus(); }, text: p.message })
          : el("span", { text: p.message })))));
    problems.forEach((p, i) => {
      const field = p.field && document.getElementById(p.field);
      const input = p.id && document.getElementById(p.id);
      if (!field) return;
      field.classList.add("has-error");
      const errorId = `error-${i}`;
      const note = el("p", { class: "field-error", id: errorId },
        el("span", { class: "visually-hidden", text: `${t("errorPrefix")} ` }), p.message);
      const legendOrLabel = field.querySelector(":scope > legend, :scope > label, :scope > h1");
      if (legendOrLabel) legendOrLabel.after(note); else field.prepend(note);
      if (input && input.matches("input")) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), errorId].filter(Boolean).join(" "));
      }
    });
    box.focus();
  }

  return { init, el, welcome, about, question, review, sending, stop, result, message, errors, clearErrors };
})();
