// The reader: clicking a mention shows its entity card beside the text (same page, /api/entities/{id}?card=true).
"use strict";
(function () {
  const { el, json } = window.letopis;
  const card = document.getElementById("card");
  if (!card) return;
  let active = null;

  function claimLine(c) {
    const obj = c.object ? c.object.name : "";
    const li = el("li", {},
      el("span", { text: (c.polarity ? "" : "not ") + c.predicate.replace(/_/g, " ") + " " }),
      c.object && c.object.id && c.object.type ? el("a", { href: "/entities/" + c.object.id, text: obj }) : el("span", { text: obj }),
      " ", el("span", { class: "hedge h-" + c.hedge, text: c.hedge }));
    if (c.attribution && c.attribution.length) {
      li.append(el("div", { class: "muted small", text: "on the word of " + c.attribution.map(a => a.name + " (" + a.role + ")").join(" → ") }));
    }
    if (c.status !== "machine") li.append(" ", el("span", { class: "status s-" + c.status, text: c.status }));
    return li;
  }

  function render(e) {
    card.replaceChildren(
      el("button", { class: "close", type: "button", "aria-label": "close", text: "×" }),
      el("p", {}, el("span", { class: "badge t-" + e.type, text: e.type }), " ",
        el("span", { class: "status s-" + e.status, text: e.status }), " ",
        el("span", { class: "muted small", text: e.mentions + " mentions" })),
      el("h2", {}, el("a", { href: "/entities/" + e.id, text: e.name })),
      el("p", { class: "variants", text: e.names.filter(n => n !== e.name).join(" · ") }));
    if (e.claims.length) {
      card.append(el("h3", { text: "Claims (" + e.claim_count + ")" }));
      card.append(el("ul", { class: "cardclaims" }, ...e.claims.map(claimLine)));
    }
    card.append(el("p", {}, el("a", { href: "/entities/" + e.id, class: "open", text: "Open the entity page →" })));
    card.hidden = false;
    card.querySelector(".close").addEventListener("click", () => { card.hidden = true; setActive(null); });
  }

  function setActive(a) {
    if (active) active.classList.remove("active");
    active = a;
    if (a) a.classList.add("active");
  }

  document.addEventListener("keydown", (ev) => {
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.matches && ev.target.matches("span.mention[data-entity]")) {
      ev.preventDefault();
      ev.target.click();
    }
  });

  document.addEventListener("click", async (ev) => {
    if (ev.target.closest("a.fnref")) return;
    const a = ev.target.closest(".mention[data-entity]");
    if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    setActive(a);
    try {
      render(await json("/api/entities/" + encodeURIComponent(a.dataset.entity) + "?card=true"));
    } catch (err) {
      card.replaceChildren(el("p", { class: "bad", text: "Could not load the entity: " + err.message }));
      card.hidden = false;
    }
  });
})();
