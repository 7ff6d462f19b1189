// Light touches only; every page works without this file.
// Hovering a statement in the list lights up its words in the article text, and back.
document.addEventListener("mouseover", (ev) => {
  const el = ev.target.closest("[data-statement]");
  document.querySelectorAll(".lit").forEach((x) => x.classList.remove("lit"));
  if (!el) return;
  document.querySelectorAll(`.article-text [data-statement="${CSS.escape(el.dataset.statement)}"]`)
    .forEach((x) => x.classList.add("lit"));
});
