// Review: remember the token for this tab and put it into every decision form.
"use strict";
(function () {
  const box = document.getElementById("token");
  if (!box) return;
  if (box.value) sessionStorage.setItem("letopis-token", box.value);
  else if (sessionStorage.getItem("letopis-token")) box.value = sessionStorage.getItem("letopis-token");
  document.addEventListener("submit", (ev) => {
    const form = ev.target;
    if (!form.classList.contains("decision")) return;
    const field = form.querySelector("input[name=token]");
    if (field && !field.value) field.value = box.value;
  });
})();
