/* vplan preview: switches school and edition, reloads the page when the content changed on disk,
   and shows content errors in an overlay while the last good page stays readable. */
(function () {
  "use strict";
  var bar = document.getElementById("vplan-voorbeeld");
  var overlay = document.getElementById("vplan-fouten");
  var status = document.getElementById("vplan-status");
  if (!bar) { return; }
  var version = bar.getAttribute("data-versie");
  var edition = bar.getAttribute("data-editie");

  document.getElementById("vplan-school").addEventListener("change", function (event) {
    var school = event.target.value;
    if (!school) { window.location.href = "/"; return; }
    var parts = window.location.pathname.split("/");
    var same = parts.length > 2 && parts[1] ? "/" + school + "/" + parts.slice(2).join("/") : "/" + school + "/";
    fetch(same, { method: "HEAD" }).then(function (response) {
      window.location.href = response.ok ? same : "/" + school + "/";
    }, function () { window.location.href = "/" + school + "/"; });
  });

  document.getElementById("vplan-editie").addEventListener("change", function (event) {
    document.cookie = "vplan-editie=" + encodeURIComponent(event.target.value) + "; path=/; SameSite=Strict";
    window.location.reload();
  });

  function showErrors(errors) {
    overlay.textContent = "";
    var title = document.createElement("h2");
    title.textContent = "De inhoud heeft " + errors.length + (errors.length === 1 ? " fout" : " fouten")
      + "; u ziet de laatste goede versie.";
    overlay.appendChild(title);
    var list = document.createElement("ul");
    errors.forEach(function (error) {
      var item = document.createElement("li");
      var where = document.createElement("code");
      where.textContent = error.plaats;
      item.appendChild(where);
      item.appendChild(document.createTextNode(" " + error.bericht));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    overlay.hidden = false;
    status.textContent = "fouten in de inhoud";
  }

  var events = new EventSource("/_vplan/gebeurtenissen?editie=" + encodeURIComponent(edition));
  events.addEventListener("versie", function (event) {
    if (event.data !== version && document.documentElement.hasAttribute("data-vplan-bewerkt")) {
      status.textContent = "nieuwe versie klaar; sla eerst op, of laad de pagina opnieuw";
    } else if (event.data !== version) {
      window.location.reload();
    } else {
      overlay.hidden = true;
      status.textContent = "actueel";
    }
  });
  events.addEventListener("fouten", function (event) {
    showErrors(JSON.parse(event.data));
  });
  events.onerror = function () { status.textContent = "verbinding met de voorbeeldserver verbroken"; };
}());

/* The handbook PDF is printed in the background: show "bezig" and open it when it is ready. */
(function () {
  "use strict";
  var link = document.getElementById("vplan-pdf");
  var status = document.getElementById("vplan-status");
  if (!link) { return; }
  link.addEventListener("click", function (event) {
    event.preventDefault();
    status.textContent = "PDF: bezig…";
    link.setAttribute("aria-busy", "true");
    (function poll() {
      fetch(link.href, { method: "HEAD" }).then(function (response) {
        if (response.status === 202) {
          setTimeout(poll, 500);
        } else if (response.ok) {
          status.textContent = "PDF klaar";
          link.removeAttribute("aria-busy");
          window.location.href = link.href;
        } else {
          status.textContent = "PDF mislukt";
          link.removeAttribute("aria-busy");
        }
      }, function () { status.textContent = "PDF mislukt"; });
    }());
  });
}());
