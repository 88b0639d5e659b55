// Hot inbox: live updates by polling a fragment (answered 304 when nothing
// changed), a confirm step on dangerous forms, and no double submits.
// Loaded from the handler's own origin: the page allows no inline script.
"use strict";
(function () {
  function thread() { return document.getElementById("thread"); }
  function toBottom() { var t = thread(); if (t) { t.scrollTop = t.scrollHeight; } }

  function wireForms(root) {
    root.querySelectorAll("form").forEach(function (f) {
      if (f.dataset.wired) { return; }
      f.dataset.wired = "1";
      f.addEventListener("submit", function (ev) {
        if (f.dataset.confirm && !window.confirm(f.dataset.confirm)) { ev.preventDefault(); return; }
        f.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    wireForms(document);
    toBottom();
    var body = document.getElementById("body");
    if (body) {
      body.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" && (ev.metaKey || ev.ctrlKey)) { ev.preventDefault(); body.form.requestSubmit(); }
      });
    }

    var live = document.getElementById("live");
    var every = live ? parseInt(live.dataset.interval, 10) : 0;
    if (!live || !live.dataset.live || !(every > 0)) { return; }
    var etag = live.dataset.etag || "";
    var busy = false;
    setInterval(function () {
      if (busy || document.hidden) { return; }
      busy = true;
      var headers = etag ? { "If-None-Match": etag } : {};
      fetch(live.dataset.live, { headers: headers, credentials: "same-origin", cache: "no-store" })
        .then(function (res) {
          if (res.status === 401) { window.location.reload(); return null; }
          if (res.status !== 200) { return null; }
          etag = res.headers.get("ETag") || "";
          return res.text();
        })
        .then(function (html) {
          if (html === null || html === undefined) { return; }
          var t = thread();
          var atBottom = !t || t.scrollHeight - t.scrollTop - t.clientHeight < 40;
          // The fragment's template[data-into] parts replace the children
          // of the element they name (the conversation's brief pane); the
          // rest replaces the live section.
          var parsed = document.createElement("template");
          parsed.innerHTML = html;
          parsed.content.querySelectorAll("template[data-into]").forEach(function (part) {
            var into = document.getElementById(part.dataset.into);
            if (into) { into.replaceChildren(part.content.cloneNode(true)); }
            part.remove();
          });
          live.replaceChildren(parsed.content);
          wireForms(live);
          if (atBottom) { toBottom(); }
        })
        .catch(function () {})
        .finally(function () { busy = false; });
    }, every);
  });
})();
