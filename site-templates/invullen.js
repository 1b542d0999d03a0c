/* The fill-in page (invullen.html). Checks each value with its field type's rules, read from the page
   (vplan-invulregels, written by vplan from the same rules `vplan check` applies: no type rule lives
   here), and writes school.yml — in a zip with the school's texts when there are any — to download.
   In the preview (meta vplan-opslaan) it saves what changed through the preview server instead.
   A built site sends nothing anywhere. */
(function () {
  "use strict";
  var form = document.getElementById("invulformulier");
  if (!form) { return; }
  var rules = JSON.parse(document.getElementById("vplan-invulregels").textContent);
  var data = JSON.parse(document.getElementById("vplan-invulgegevens").textContent);
  var status = document.getElementById("invul-melding");
  var tokenMeta = document.querySelector("meta[name=vplan-opslaan]");
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  // "Toon alleen de velden die nog niet zijn ingevuld": the fields open when the page was made stay in view
  var onlyOpen = document.getElementById("invul-alleen-open");
  if (onlyOpen) {
    onlyOpen.addEventListener("change", function () { form.classList.toggle("alleen-open", onlyOpen.checked); });
  }

  function fieldInput(id) { return document.getElementById("veld-" + id); }
  function each(selector, f) { Array.prototype.forEach.call(form.querySelectorAll(selector), f); }

  // --- Checking, generically from the rules as data ---

  function realDay(v) {
    var p = v.split("-").map(Number);
    var d = new Date(Date.UTC(p[0], p[1] - 1, p[2]));
    return d.getUTCFullYear() === p[0] && d.getUTCMonth() === p[1] - 1 && d.getUTCDate() === p[2];
  }

  /** The message (to follow the value) of the first rule the value breaks, or null. */
  function problem(type, value) {
    var list = rules[type] || [];
    for (var i = 0; i < list.length; i++) {
      var rule = list[i];
      var v = value.trim();
      rule.herschrijf.forEach(function (r) { v = v.replace(new RegExp(r[0], "g"), r[1]); });
      if (!new RegExp("^(?:" + rule.patroon + ")$").test(v) || (rule.kalenderdatum && !realDay(v))) {
        return rule.bericht;
      }
    }
    return null;
  }

  function errorOf(input) {
    var id = "fout-" + input.id;
    var error = document.getElementById(id);
    if (!error) {
      error = document.createElement("p");
      error.id = id;
      error.className = "invul-fout";
      input.insertAdjacentElement("afterend", error);
    }
    return error;
  }

  function describedBy(input, id, on) {
    var ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (x) { return x && x !== id; });
    if (on) { ids.push(id); }
    input.setAttribute("aria-describedby", ids.join(" "));
  }

  function showError(input, message) {
    var error = errorOf(input);
    error.textContent = message;
    describedBy(input, error.id, true);
    input.setAttribute("aria-invalid", "true");
  }

  function clearError(input) {
    var error = document.getElementById("fout-" + input.id);
    if (error) { error.textContent = ""; describedBy(input, error.id, false); }
    input.removeAttribute("aria-invalid");
  }

  /** Checks one field; true when it is empty or valid. */
  function check(field) {
    var input = fieldInput(field.id);
    var value = input.value;
    // A date input gives "" for a half-typed date: the browser's own check says so.
    if (input.type === "date" && value === "" && input.validity && input.validity.badInput) {
      showError(input, field.label + ": " + problem("datum", "?"));
      return false;
    }
    var message = value.trim() === "" ? null : problem(field.type, value);
    if (message) {
      showError(input, field.label + ": '" + value.trim() + "' " + message);
      return false;
    }
    clearError(input);
    return true;
  }

  /** Checks every field; focuses the first bad one. */
  function checkAll() {
    var first = null;
    data.velden.forEach(function (field) {
      if (!check(field) && !first) { first = fieldInput(field.id); }
    });
    if (first) {
      say("Niet alles is goed ingevuld; zie de meldingen bij de velden.", true);
      first.focus();
      return false;
    }
    return true;
  }

  data.velden.forEach(function (field) {
    var input = fieldInput(field.id);
    input.addEventListener("change", function () { check(field); });
    input.addEventListener("blur", function () { check(field); });
  });

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("fout", !!isError);
  }

  // --- What the page holds now ---

  function values() {
    var out = {};
    data.velden.forEach(function (field) {
      var v = fieldInput(field.id).value.trim();
      if (v !== "") { out[field.id] = v; }
    });
    return out;
  }

  function choices() {
    var out = {};
    each("input[data-keuze]:checked", function (radio) { out[radio.getAttribute("data-keuze")] = radio.value; });
    return out;
  }

  function texts() {
    var out = {};
    each("textarea[data-tekst]", function (area) {
      if (area.value.trim() !== "") { out[area.getAttribute("data-tekst")] = area.value; }
    });
    return out;
  }

  // --- school.yml ---

  function key(k) { return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(k) ? k : JSON.stringify(k); }
  // JSON's double-quoted string is a YAML double-quoted scalar: ": ", "#", quotes and newlines stay exact.
  function scalar(v) { return JSON.stringify(v); }
  function list(items) { return "[" + items.map(scalar).join(", ") + "]"; }

  function schoolYml() {
    var lines = ["# Gemaakt met de invulpagina (invullen.html) van vplan."];
    lines.push("naam: " + scalar(data.naam));
    if (data.logo) { lines.push("logo: " + scalar(data.logo)); }
    if (data.verborgen.length) {
      lines.push("# Deze pagina toont geen vertrouwelijke velden. Neem hun waarden over uit de huidige school.yml:");
      lines.push("# " + data.verborgen.join(", "));
    }
    var v = values();
    var ids = Object.keys(v);
    lines.push(ids.length ? "velden:" : "velden: {}");
    ids.forEach(function (id) { lines.push("  " + key(id) + ": " + scalar(v[id])); });
    var off = [];
    var on = [];
    each("input[data-onderdeel]", function (box) {
      var id = box.getAttribute("data-onderdeel");
      if (!box.checked) { off.push(id); } else if (data.aan.indexOf(id) >= 0) { on.push(id); }
    });
    if (off.length || on.length) {
      var parts = [];
      if (off.length) { parts.push("uit: " + list(off)); }
      if (on.length) { parts.push("aan: " + list(on)); }
      lines.push("onderdelen: {" + parts.join(", ") + "}");
    }
    var c = choices();
    if (Object.keys(c).length) {
      lines.push("keuzes:");
      Object.keys(c).forEach(function (id) { lines.push("  " + key(id) + ": " + scalar(c[id])); });
    }
    var attached = Object.keys(data.bijlagen);
    if (attached.length) {
      lines.push("bijlagen:");
      attached.forEach(function (id) { lines.push("  " + key(id) + ": " + scalar(data.bijlagen[id])); });
    }
    return lines.join("\n") + "\n";
  }

  function save(blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  document.getElementById("invul-download").addEventListener("click", function () {
    if (!checkAll()) { return; }
    var yml = schoolYml();
    var t = texts();
    var slots = Object.keys(t);
    if (!slots.length) {
      save(new Blob([yml], { type: "text/yaml;charset=utf-8" }), "school.yml");
      say("school.yml is gedownload. Zet het in de map scholen/" + data.school + "/ in plaats van het oude bestand.");
      return;
    }
    var zip = new JSZip();
    zip.file("school.yml", yml);
    slots.forEach(function (slot) { zip.file("aanvullingen/" + slot + ".adoc", t[slot]); });
    zip.generateAsync({ type: "blob" }).then(function (blob) {
      save(blob, "school-" + data.school + ".zip");
      say("school-" + data.school + ".zip is gedownload. Pak het uit in de map scholen/" + data.school + "/.");
    });
  });

  // --- Saving in the preview ---

  if (!tokenMeta) { return; }
  var saveButton = document.getElementById("invul-opslaan");
  saveButton.hidden = false;

  /** Only what differs from the page as it was loaded; a cleared field is sent as "". */
  function changes() {
    var body = { velden: {}, keuzes: {}, onderdelen: {}, teksten: {} };
    data.velden.forEach(function (field) {
      var input = fieldInput(field.id);
      if (input.value.trim() !== input.defaultValue.trim()) { body.velden[field.id] = input.value.trim(); }
    });
    each("input[data-keuze]", function (radio) {
      if (radio.checked && !radio.defaultChecked) { body.keuzes[radio.getAttribute("data-keuze")] = radio.value; }
    });
    each("input[data-onderdeel]", function (box) {
      if (box.checked !== box.defaultChecked) { body.onderdelen[box.getAttribute("data-onderdeel")] = box.checked; }
    });
    each("textarea[data-tekst]", function (area) {
      if (area.value !== area.defaultValue) { body.teksten[area.getAttribute("data-tekst")] = area.value; }
    });
    return body;
  }

  // While the person has unsaved changes the preview does not reload this page by itself (preview.js).
  var savedKey = "vplan-opgeslagen:" + data.school;
  form.addEventListener("input", function () { document.documentElement.setAttribute("data-vplan-bewerkt", ""); });
  form.addEventListener("change", function () { document.documentElement.setAttribute("data-vplan-bewerkt", ""); });
  try {
    var saved = window.sessionStorage.getItem(savedKey);
    if (saved) {
      window.sessionStorage.removeItem(savedKey);
      say(saved);
    }
  } catch (e) { /* no session storage: nothing to show */ }

  saveButton.addEventListener("click", function () {
    if (!checkAll()) { return; }
    saveButton.disabled = true;
    fetch("/_vplan/opslaan/" + encodeURIComponent(data.school), {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Vplan-Token": tokenMeta.getAttribute("content") },
      body: JSON.stringify(changes())
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        var message = answer.bericht || (response.ok ? "Opgeslagen." : "Opslaan is niet gelukt (" + response.status + ").");
        if (response.ok) {
          // the page reloads with the saved values; the message waits for it
          try { window.sessionStorage.setItem(savedKey, message); } catch (e) { /* private mode: only shown now */ }
          say(message);
          document.documentElement.removeAttribute("data-vplan-bewerkt");
          setTimeout(function () { window.location.reload(); }, 300);
          return;
        }
        saveButton.disabled = false;
        var input = answer.veld ? fieldInput(answer.veld) : null;
        if (input) {
          showError(input, message);
          input.focus();
        } else {
          say(message, true);
        }
      });
    }, function () {
      saveButton.disabled = false;
      say("Opslaan is niet gelukt: de voorbeeldserver antwoordt niet.", true);
    });
  });
}());
