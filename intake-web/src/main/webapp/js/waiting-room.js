// The waiting-room screen: tickets called to a room, in English and Spanish in turn, large enough to read
// from three metres. Reads the public GET /api/waiting-room (ticket and room only) every 3 s, so a call shows
// within 5 s; each new call is announced once, in both languages, through the aria-live region.
"use strict";
(() => {
  const POLL_MS = 3000;
  const SWITCH_MS = 6000;
  const WORDS = {
    en: (call) => `${call.ticket}, please go to room ${call.room}`,
    es: (call) => `${call.ticket}, por favor pase a la sala ${call.room}`,
  };
  const list = document.getElementById("calls");
  const none = document.getElementById("none");
  const announcer = document.getElementById("announcer");
  const offline = document.getElementById("offline");
  let calls = [];
  let language = "en";
  let announced = null; // keys of the calls already announced; null until the first read

  const key = (call) => `${call.ticket}@${call.room}`;

  function render() {
    list.replaceChildren(...calls.map((call, i) => {
      const item = document.createElement("li");
      item.className = i === 0 ? "call latest" : "call";
      item.lang = language;
      const ticket = document.createElement("span");
      ticket.className = "call-ticket";
      ticket.textContent = call.ticket;
      const rest = document.createElement("span");
      rest.className = "call-room";
      rest.textContent = WORDS[language](call).slice(call.ticket.length);
      item.append(ticket, rest);
      return item;
    }));
    none.hidden = calls.length > 0;
  }

  function announce(fresh) {
    if (fresh.length === 0) return;
    announcer.replaceChildren(...fresh.flatMap((call) => ["en", "es"].map((lang) => {
      const p = document.createElement("p");
      p.lang = lang;
      p.textContent = WORDS[lang](call) + ".";
      return p;
    })));
  }

  async function read() {
    try {
      const response = await fetch("api/waiting-room", { headers: { Accept: "application/json" }, cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      calls = await response.json();
      offline.hidden = true;
      const keys = calls.map(key);
      // The calls already on screen when the page opens are not announced: only what is new since.
      if (announced !== null) announce(calls.filter((call) => !announced.has(key(call))));
      announced = new Set(keys);
      render();
    } catch (e) {
      offline.hidden = false;
    } finally {
      setTimeout(read, POLL_MS);
    }
  }

  setInterval(() => {
    language = language === "en" ? "es" : "en";
    render();
  }, SWITCH_MS);
  read();
})();
