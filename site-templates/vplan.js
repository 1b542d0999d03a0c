/* vplan pages. Navigation: the menu button that folds the sidebar away on narrow screens, the
   sidebar scrolled to the current page, and the header's search box. */
(function () {
  "use strict";
  var holder = document.querySelector(".zijbalk-houder");
  var button = holder && holder.querySelector(".menuknop");
  var sidebar = holder && holder.querySelector(".zijbalk");
  if (button && sidebar) {
    // Without this script the sidebar simply stays open; with it, narrow screens start folded.
    holder.classList.add("menu-dicht");
    button.hidden = false;
    var setOpen = function (open) {
      holder.classList.toggle("menu-dicht", !open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    };
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      setOpen(open);
      if (open) {
        var current = sidebar.querySelector("[aria-current=page]");
        if (current) { current.scrollIntoView({ block: "center" }); } // "nearest" can leave it a fraction of a pixel outside
      }
    });
    sidebar.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
    // A long list of parts scrolls on its own next to the text: open it at the current page.
    var here = sidebar.querySelector(".huidig");
    if (here && sidebar.scrollHeight > sidebar.clientHeight) {
      sidebar.scrollTop = Math.max(0, here.offsetTop - sidebar.clientHeight / 3);
    }
  }

  // The header's search box goes to the school's search page by script too, so it also works where
  // a Content-Security-Policy forbids submitting forms (the preview server).
  Array.prototype.forEach.call(document.querySelectorAll("form.zoekvak, form.zoekpagina"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var term = form.querySelector("input[name=q]").value.trim();
      var target = form.getAttribute("action");
      window.location.href = term ? target + "?q=" + encodeURIComponent(term) : target;
    });
  });
}());

/* Checklists: keeps each box's state in the browser (localStorage), per school,
   page and item, shows the progress of each list and offers a button to clear it (not for a list of
   one item). Forms: print, save to a dated file, open such a file; a warning before leaving a page
   with typed data that was not saved. Without JavaScript the boxes still show and can be ticked; they are just not remembered. */
(function () {
  "use strict";
  // Whether a form holds typed data that was not saved: leaving the page would lose it.
  var typed = false;
  // "2026-11-29" in the reader's own time zone, so a saved form says which day it is from.
  function today() {
    var d = new Date();
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }
  window.addEventListener("beforeunload", function (event) {
    if (typed) {
      event.preventDefault();
      event.returnValue = ""; // older browsers ask only when this is set
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll("form.formulier"), function (form) {
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", function (event) { if (event.target.type !== "file") { typed = true; } });
    form.addEventListener("change", function (event) { if (event.target.type !== "file") { typed = true; } });
    form.addEventListener("reset", function () { typed = false; });
    var buttons = form.querySelector(".formulier-knoppen");
    if (!buttons) { return; }
    buttons.hidden = false;
    form.querySelector("[data-afdrukken]").addEventListener("click", function () { window.print(); });

    // Save: the values as a small JSON file on the user's own computer; open: read such a file back.
    form.querySelector("[data-opslaan]").addEventListener("click", function () {
      var values = {};
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name || field.type === "file") { return; }
        if (field.type === "checkbox" || field.type === "radio") {
          if (!values[field.name]) { values[field.name] = []; }
          if (field.checked) { values[field.name].push(field.value); }
        } else {
          values[field.name] = field.value;
        }
      });
      var data = JSON.stringify({ formulier: form.getAttribute("data-formulier"), waarden: values }, null, 2);
      var link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([data], { type: "application/json" }));
      link.download = form.getAttribute("data-formulier") + "-" + today() + ".json";
      document.body.appendChild(link);
      link.click();
      link.remove();
      typed = false;
    });
    form.querySelector("[data-openen]").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) { return; }
      var reader = new FileReader();
      reader.onload = function () {
        var saved;
        try { saved = JSON.parse(reader.result); } catch (e) { window.alert("Dit bestand is geen opgeslagen formulier."); return; }
        if (!saved || saved.formulier !== form.getAttribute("data-formulier")) {
          window.alert("Dit bestand hoort bij een ander formulier.");
          return;
        }
        Array.prototype.forEach.call(form.elements, function (field) {
          if (!field.name || field.type === "file" || !(field.name in saved.waarden)) { return; }
          var value = saved.waarden[field.name];
          if (field.type === "checkbox" || field.type === "radio") {
            field.checked = Array.isArray(value) && value.indexOf(field.value) >= 0;
          } else {
            field.value = String(value);
          }
        });
      };
      reader.readAsText(file);
    });
  });

  var scope = document.body.getAttribute("data-opslag");
  if (!scope) { return; }

  var storage = null;
  try {
    storage = window.localStorage;
    storage.getItem("vplan-test");
  } catch (e) {
    storage = null;
  }

  function read(key) {
    return storage ? storage.getItem(scope + ":" + key) : null;
  }

  function write(key, checked) {
    if (storage) {
      try { storage.setItem(scope + ":" + key, checked ? "1" : "0"); } catch (e) { /* storage full or blocked */ }
    }
  }

  function forget(key) {
    if (storage) { storage.removeItem(scope + ":" + key); }
  }

  var lists = document.querySelectorAll("[data-checklist]");
  Array.prototype.forEach.call(lists, function (list) {
    var boxes = list.querySelectorAll("input[type=checkbox][data-item]");
    if (boxes.length === 0) { return; }
    // one box needs no "0 van 1 afgevinkt" and no button to clear it: the box says it all
    var counted = boxes.length > 1;
    var progress = document.createElement("p");
    progress.className = "checklist-voortgang";
    progress.setAttribute("aria-live", "polite");
    var clear = document.createElement("button");
    clear.type = "button";
    clear.className = "checklist-wissen";
    clear.textContent = "Lijst wissen";
    var bar = document.createElement("div");
    bar.className = "checklist-balk";
    bar.appendChild(progress);
    bar.appendChild(clear);
    if (counted) { list.appendChild(bar); }

    function update() {
      var done = 0;
      Array.prototype.forEach.call(boxes, function (box) { if (box.checked) { done++; } });
      progress.textContent = done + " van " + boxes.length + " afgevinkt";
    }

    Array.prototype.forEach.call(boxes, function (box) {
      box.defaultState = box.checked;
      var stored = read(box.getAttribute("data-item"));
      if (stored !== null) { box.checked = stored === "1"; }
      box.addEventListener("change", function () {
        write(box.getAttribute("data-item"), box.checked);
        update();
      });
    });

    clear.addEventListener("click", function () {
      Array.prototype.forEach.call(boxes, function (box) {
        box.checked = box.defaultState;
        forget(box.getAttribute("data-item"));
      });
      update();
    });
    update();
  });
}());

/* Tables on a phone: each cell learns its column's heading (data-label), so below 600px the stylesheet
   can show a row as "heading: value" lines instead of squeezing columns until words break. Without
   this script a table keeps its columns and scrolls sideways inside itself. */
(function () {
  "use strict";
  var tables = document.querySelectorAll("table");
  for (var t = 0; t < tables.length; t++) {
    var table = tables[t];
    var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!head || table.closest(".admonitionblock")) {
      continue;
    }
    var labels = [];
    for (var h = 0; h < head.cells.length; h++) {
      for (var span = 0; span < (head.cells[h].colSpan || 1); span++) {
        labels.push(head.cells[h].textContent.trim());
      }
    }
    for (var b = 0; b < table.tBodies.length; b++) {
      var rows = table.tBodies[b].rows;
      for (var r = 0; r < rows.length; r++) {
        var column = 0;
        for (var c = 0; c < rows[r].cells.length; c++) {
          var cell = rows[r].cells[c];
          if (labels[column]) {
            cell.setAttribute("data-label", labels[column]);
          }
          column += cell.colSpan || 1;
        }
      }
    }
    table.classList.add("gestapeld");
  }
}());
