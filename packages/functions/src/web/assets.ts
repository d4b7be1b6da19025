/**
 * The web app's stylesheet and script, kept as strings so that the same bundle serves them
 * locally and on Lambda (no file to copy, no CDN). `assetVersion` changes with their contents
 * and busts caches.
 */
import { createHash } from "node:crypto";

export const css = `
:root { --ink:#1d2433; --muted:#4a5468; --line:#d5dae3; --bg:#f6f7f9; --card:#fff; --accent:#1f5fbf;
  --accent-ink:#fff; --err:#a3191f; --err-bg:#fdecec; --ok:#1d6b37; --ok-bg:#e8f5ec; --info-bg:#eef3fb;
  --warn:#7a4b00; --warn-bg:#fff4dc; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink); line-height:1.45; font-size:16px; }
a { color:var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible,
summary:focus-visible, [tabindex]:focus-visible { outline:3px solid #f0a500; outline-offset:2px; }
.skip { position:absolute; left:-999px; top:0; background:var(--card); padding:.5rem 1rem; z-index:10; }
.skip:focus { left:.5rem; }
.top { display:flex; flex-wrap:wrap; align-items:center; gap:.5rem 1.5rem; padding:.6rem 1.25rem;
  background:var(--ink); color:#fff; }
.top a { color:#fff; text-decoration:none; }
.brand { font-weight:700; font-size:1.15rem; }
.top nav ul { display:flex; flex-wrap:wrap; gap:.25rem .9rem; list-style:none; margin:0; padding:0; }
.top nav a { padding:.3rem .1rem; border-bottom:2px solid transparent; }
.top nav a[aria-current="page"] { border-bottom-color:#fff; font-weight:600; }
.top nav a:hover { border-bottom-color:#9fb4d6; }
.user { margin-left:auto; color:#d8deea; font-size:.9rem; }
main { max-width:1180px; margin:0 auto; padding:1.25rem; }
main:focus { outline:none; }
h1 { font-size:1.6rem; margin:.25rem 0 1rem; }
h2 { font-size:1.25rem; margin:1.5rem 0 .6rem; }
h3 { font-size:1.05rem; margin:1rem 0 .4rem; }
.card { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:1rem 1.1rem; margin:0 0 1rem; }
.muted, .hint { color:var(--muted); font-size:.9rem; }
.hint { margin:.1rem 0 .3rem; }
.row { display:flex; flex-wrap:wrap; gap:.75rem; align-items:flex-start; }
.row > * { flex:1 1 10rem; }
.row > .shrink { flex:0 0 auto; align-self:flex-end; }
.card > h2:first-child, .card > h3:first-child { margin-top:0; }
label { font-weight:600; display:block; margin-bottom:.15rem; }
input[type=text], input[type=search], input[type=number], input[type=date], select, textarea {
  width:100%; font:inherit; padding:.45rem .55rem; border:1px solid #8a93a6; border-radius:6px; background:#fff; color:var(--ink); }
textarea { min-height:5.5rem; resize:vertical; }
textarea.tall { min-height:10rem; }
textarea.short { min-height:2.6rem; }
.check-inline { display:flex; gap:.4rem; align-items:center; font-weight:400; min-height:28px; }
.check-inline input { width:auto; }
button, .button { font:inherit; display:inline-block; padding:.5rem 1rem; border-radius:6px; border:1px solid var(--accent);
  background:var(--accent); color:var(--accent-ink); cursor:pointer; text-decoration:none; font-weight:600; }
button.secondary, .button.secondary { background:#fff; color:var(--accent); }
button.danger { background:#fff; color:var(--err); border-color:var(--err); }
button:disabled { opacity:.6; cursor:not-allowed; }
.actions { display:flex; flex-wrap:wrap; gap:.6rem; align-items:center; margin:1rem 0; }
.flash { border-radius:8px; padding:.75rem 1rem; margin:0 0 1rem; border:1px solid; }
.flash:focus { outline:none; }
.flash ul { margin:.3rem 0 0; padding-left:1.2rem; }
.flash-title { margin:0; font-weight:700; }
.flash-line { margin:.3rem 0 0; }
.flash-error { background:var(--err-bg); border-color:var(--err); color:var(--err); }
.flash-success { background:var(--ok-bg); border-color:var(--ok); color:var(--ok); }
.flash-info { background:var(--info-bg); border-color:var(--accent); color:var(--ink); }
.live:empty { display:none; }
table { border-collapse:collapse; width:100%; background:var(--card); }
th, td { text-align:left; vertical-align:top; padding:.45rem .6rem; border-bottom:1px solid var(--line); }
th { background:#eef0f4; font-size:.9rem; }
.table-wrap { overflow-x:auto; border:1px solid var(--line); border-radius:8px; margin-bottom:1rem; }
.table-wrap table { margin:0; }
.pill { display:inline-block; border-radius:999px; padding:.05rem .55rem; font-size:.82rem; background:#e7ebf2; color:var(--ink); margin:0 .25rem .25rem 0; }
.pill.weak, .pill.warning { background:var(--warn-bg); color:var(--warn); }
.pill.error { background:var(--err-bg); color:var(--err); }
.pill.good { background:var(--ok-bg); color:var(--ok); }
.story-list { list-style:none; margin:0; padding:0; display:grid; gap:.75rem; grid-template-columns:repeat(auto-fill, minmax(17rem, 1fr)); }
.story-list li { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:.8rem 1rem; }
.story-list h2 { font-size:1.05rem; margin:0 0 .3rem; }
.editor { display:grid; gap:0 1.25rem; }
.field { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:.75rem .9rem; margin-bottom:.75rem; }
.findings { list-style:none; margin:.5rem 0 0; padding:0; }
.findings li { font-size:.9rem; padding:.3rem .5rem; border-left:3px solid var(--muted); background:#f3f5f8; margin-top:.3rem; }
.findings li.error { border-left-color:var(--err); background:var(--err-bg); }
.findings li.warning { border-left-color:#c98a00; background:var(--warn-bg); }
.spoken { font-variant-numeric:tabular-nums; font-weight:600; margin-top:.3rem; display:block; }
.spoken.over { color:var(--err); }
fieldset { border:1px solid var(--line); border-radius:8px; margin:0 0 .75rem; padding:.6rem .8rem; background:var(--card); }
legend { font-weight:700; padding:0 .3rem; }
.pairs { display:grid; gap:.5rem; }
.pair { display:grid; gap:.4rem; grid-template-columns:1fr 2fr; }
.triple { display:grid; gap:.4rem; grid-template-columns:1fr 1fr 2fr; }
.pair label, .triple label { font-weight:400; font-size:.85rem; }
.drop { border:2px dashed #8a93a6; border-radius:10px; padding:1.5rem; text-align:center; background:#fff; }
.drop.over { border-color:var(--accent); background:var(--info-bg); }
.lines { font-size:.9rem; }
.lines td:first-child { white-space:nowrap; font-variant-numeric:tabular-nums; }
.timer { font-size:3rem; font-variant-numeric:tabular-nums; font-weight:700; margin:.25rem 0; }
.timer.over { color:var(--err); }
.refined-text { font-size:1.1rem; max-width:46rem; white-space:pre-wrap; }
.sheet-frame { width:100%; height:80vh; min-height:28rem; border:1px solid var(--line); border-radius:8px; background:#fff; }
.sheet-image { width:100%; max-width:820px; height:auto; border:1px solid var(--line); box-shadow:0 2px 8px rgba(0,0,0,.08); background:#fff; }
.diff td, .diff th { width:33%; white-space:pre-wrap; overflow-wrap:break-word; }
.two { display:grid; gap:1rem; grid-template-columns:1fr 1fr; }
.reasons { margin:.25rem 0 0; padding-left:1.1rem; font-size:.85rem; color:var(--muted); }
details summary { cursor:pointer; display:list-item; min-height:24px; padding:2px 0; color:var(--accent); }
table.lines { width:auto; min-width:16rem; }
td a, th a, .story-list a, dd a, li > a { display:inline-block; min-height:24px; padding:2px 0; }
dl.facts { display:grid; grid-template-columns:max-content 1fr; gap:.2rem .8rem; margin:0; }
dl.facts dt { font-weight:600; }
dl.facts dd { margin:0; }
@media (min-width: 900px) {
  .field.with-findings { display:grid; grid-template-columns:minmax(0,3fr) minmax(0,2fr); column-gap:1rem; }
  .field.with-findings > label, .field.with-findings > .hint, .field.with-findings > textarea,
  .field.with-findings > input, .field.with-findings > .spoken { grid-column:1; }
  .field.with-findings > .findings { grid-column:2; grid-row:1 / span 4; margin-top:0; }
}
@media (max-width: 640px) {
  main { padding:.75rem; }
  .card { padding:.75rem; }
  h1 { font-size:1.35rem; }
  .two, .pair, .triple { grid-template-columns:1fr; }
  .top { padding:.5rem .75rem; }
  .user { display:none; }
  .timer { font-size:2.4rem; }
}
`;

export const js = `
(function () {
  "use strict";
  var live = function () { return document.getElementById("live"); };
  function say(title, detail) {
    var box = live();
    if (!box) return;
    box.innerHTML = "";
    document.querySelectorAll("[data-flash]").forEach(function (old) { old.remove(); });
    var div = document.createElement("div");
    div.className = "flash flash-error";
    div.setAttribute("role", "alert");
    div.tabIndex = -1;
    var p = document.createElement("p"); p.className = "flash-title"; p.textContent = title; div.appendChild(p);
    if (detail) { var d = document.createElement("p"); d.textContent = detail; d.style.margin = ".3rem 0 0"; div.appendChild(d); }
    box.appendChild(div);
    div.focus();
  }
  function words(text) {
    if (typeof Intl !== "undefined" && Intl.Segmenter) {
      var n = 0, seg = new Intl.Segmenter(undefined, { granularity: "word" });
      for (var s of seg.segment(text)) if (s.isWordLike) n++;
      return n;
    }
    return (text.match(/\\S+/g) || []).length;
  }
  function spoken(area) {
    var out = document.getElementById(area.id + "-time");
    if (!out) return;
    var wpm = Number(area.getAttribute("data-wpm")) || 150;
    var n = words(area.value);
    var secs = Math.round(n / wpm * 60);
    out.textContent = n === 0 ? "No spoken version yet." :
      "About " + secs + " s spoken (" + n + " words at " + wpm + " wpm; aim for 45–60 s)";
    out.classList.toggle("over", secs > 60);
  }
  function fmt(s) { var m = Math.floor(s / 60), r = s % 60; return m + ":" + (r < 10 ? "0" : "") + r; }
  function initTimer(root) {
    var display = root.querySelector("[data-timer-display]");
    var start = root.querySelector("[data-timer-start]");
    var stop = root.querySelector("[data-timer-stop]");
    var seconds = root.querySelector("input[name=seconds]");
    var submit = root.querySelector("[data-timer-log]");
    var t0 = 0, tick = 0;
    start.hidden = false; stop.hidden = false; stop.disabled = true;
    start.addEventListener("click", function () {
      t0 = Date.now(); start.disabled = true; stop.disabled = false; stop.focus();
      display.textContent = "0:00";
      tick = setInterval(function () {
        var s = Math.floor((Date.now() - t0) / 1000);
        display.textContent = fmt(s);
        display.classList.toggle("over", s > 60);
      }, 250);
    });
    stop.addEventListener("click", function () {
      clearInterval(tick);
      var s = Math.max(1, Math.round((Date.now() - t0) / 1000));
      display.textContent = fmt(s);
      seconds.value = String(s);
      start.disabled = false; stop.disabled = true;
      start.textContent = "Start again";
      if (submit) submit.focus();
    });
  }
  function initDrop(zone) {
    var input = zone.querySelector("input[type=file]");
    var name = zone.querySelector("[data-drop-name]");
    var show = function () { if (name) name.textContent = input.files && input.files[0] ? "Chosen: " + input.files[0].name : ""; };
    input.addEventListener("change", show);
    ["dragenter", "dragover"].forEach(function (e) { zone.addEventListener(e, function (ev) { ev.preventDefault(); zone.classList.add("over"); }); });
    ["dragleave", "drop"].forEach(function (e) { zone.addEventListener(e, function () { zone.classList.remove("over"); }); });
    zone.addEventListener("drop", function (ev) {
      ev.preventDefault();
      if (ev.dataTransfer && ev.dataTransfer.files.length) { input.files = ev.dataTransfer.files; show(); }
    });
  }
  function init() {
    document.querySelectorAll("textarea[data-spoken]").forEach(function (a) {
      spoken(a); a.addEventListener("input", function () { spoken(a); });
    });
    document.querySelectorAll("[data-timer]").forEach(initTimer);
    document.querySelectorAll("[data-drop]").forEach(initDrop);
    var flash = document.querySelector("[data-flash]");
    if (flash) flash.focus();
  }
  // Forms marked data-enhance are sent with fetch: a page that cannot reach Storybank keeps what
  // the user typed and says so, instead of the browser's error page.
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-enhance")) return;
    ev.preventDefault();
    var button = ev.submitter;
    var data = new FormData(form);
    if (button && button.name) data.append(button.name, button.value);
    var buttons = form.querySelectorAll("button");
    buttons.forEach(function (b) { b.disabled = true; });
    var body = form.enctype === "multipart/form-data" ? data : new URLSearchParams(data);
    fetch(form.action, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (res) {
        return res.text().then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          if (!doc.body || !doc.querySelector("main")) throw new Error("bad answer " + res.status);
          document.title = doc.title;
          document.body.replaceWith(document.adoptNode(doc.body));
          if (res.url && res.url !== location.href) history.pushState(null, "", res.url);
          init();
          if (!document.querySelector("[data-flash]")) {
            var h1 = document.querySelector("h1"); if (h1) { h1.tabIndex = -1; h1.focus(); }
          }
          window.scrollTo(0, 0);
        });
      })
      .catch(function () {
        buttons.forEach(function (b) { b.disabled = false; });
        say("Storybank could not be reached, so nothing was saved.",
          "Check that Storybank is still running (npm start) and that you are online, then try again. What you entered is still here.");
      });
  });
  window.addEventListener("popstate", function () { location.reload(); });
  // The skip link moves the focus itself: following "#main" alone leaves it on the body.
  document.addEventListener("click", function (ev) {
    var link = ev.target instanceof Element ? ev.target.closest("a.skip") : null;
    var main = document.getElementById("main");
    if (!link || !main) return;
    ev.preventDefault();
    main.focus();
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
`;

/** A short hash of the stylesheet and script, for cache-busting URLs. */
export const assetVersion = createHash("sha256").update(css).update(js).digest("hex").slice(0, 10);
