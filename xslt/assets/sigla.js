/* Sigla web edition: notes shown in place, and what a siglum stands for. Everything works
   without this script: note calls are links to the notes section, and back; sigla are links
   to their witness's description. */
(function () {
  'use strict';
  var popover = null, owner = null, tapped = null;
  var SHOWS = 'a.note-call, a.siglum-link';

  function close() {
    if (popover) { popover.hidden = true; }
    if (owner) { owner.setAttribute('aria-expanded', 'false'); owner = null; }
    tapped = null;
  }

  // What a call shows: the note's body, or a siglum's witness in a line (its data-preview).
  function content(call) {
    var preview = call.getAttribute('data-preview');
    if (preview !== null) {
      var line = document.createElement('p');
      line.textContent = preview;
      return line;
    }
    var note = document.getElementById(call.getAttribute('data-note'));
    if (!note) { return null; }
    return (note.querySelector('.note-body') || note).cloneNode(true);
  }

  function open(call) {
    var shown = content(call);
    if (!shown) { return; }
    if (!popover) {
      popover = document.createElement('div');
      popover.className = 'note-popover';
      popover.id = 'note-popover';
      popover.setAttribute('role', 'tooltip');
      popover.hidden = true;
      document.body.appendChild(popover);
      popover.addEventListener('mouseleave', close);
    }
    popover.innerHTML = '';
    popover.appendChild(shown);
    popover.querySelectorAll('[id]').forEach(function (el) { el.removeAttribute('id'); });
    popover.hidden = false;
    var box = call.getBoundingClientRect();
    var width = popover.offsetWidth;
    var left = Math.max(8, Math.min(window.scrollX + box.left - width / 2, window.scrollX + document.documentElement.clientWidth - width - 8));
    popover.style.left = left + 'px';
    popover.style.top = (window.scrollY + box.bottom + 6) + 'px';
    if (owner && owner !== call) { owner.setAttribute('aria-expanded', 'false'); }
    owner = call;
    call.setAttribute('aria-expanded', 'true');
    call.setAttribute('aria-describedby', 'note-popover');
  }

  function callOf(target) { return target && target.closest ? target.closest(SHOWS) : null; }

  // Whether the pointer that is about to click is a finger: a tap shows the note first.
  var touch = false;
  document.addEventListener('pointerdown', function (event) { touch = event.pointerType === 'touch'; }, true);
  document.addEventListener('touchstart', function () { touch = true; }, {capture: true, passive: true});
  // Delegated, so that the synopsis's columns built later show their sigla too.
  document.addEventListener('mouseover', function (event) {
    var call = callOf(event.target);
    if (call && owner !== call) { open(call); }
  });
  document.addEventListener('mouseout', function (event) {
    var call = callOf(event.target);
    if (!call || call.contains(event.relatedTarget)) { return; }
    // Leave time to move into the note (to follow a link in it) before it closes.
    setTimeout(function () { if (owner === call && !popover.matches(':hover') && document.activeElement !== call) { close(); } }, 300);
  });
  document.addEventListener('focusin', function (event) {
    var call = callOf(event.target);
    if (call) { open(call); }
  });
  document.addEventListener('focusout', function (event) {
    var call = callOf(event.target);
    if (call) { setTimeout(function () { if (owner === call) { close(); } }, 150); }
  });
  document.addEventListener('click', function (event) {
    var call = callOf(event.target);
    if (call) {
      // On a touch screen the first tap shows the note in place; a second tap follows the link.
      if (touch && tapped !== call) { event.preventDefault(); open(call); tapped = call; }
      return;
    }
    if (popover && !popover.contains(event.target)) { close(); }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { close(); }
  });
}());

// The synopsis of many witnesses: a column not written into the page is built when its box is
// first ticked, from the first column, each place of variation holding the witness's reading.
(function () {
  var data = document.getElementById('synopsis-readings');
  if (!data) { return; }
  var readings = JSON.parse(data.textContent);
  var table = document.querySelector('.synopsis-table');
  // Columns stand in the order of the witnesses, whichever is ticked first.
  function place(parent, cell, column) {
    var after = Array.prototype.filter.call(parent.children, function (other) {
      var n = /(?:^| )w-(\d+)/.exec(other.className);
      return n && parseInt(n[1], 10) > column;
    })[0];
    parent.insertBefore(cell, after || null);
  }
  function build(column) {
    var th = document.createElement('th');
    th.scope = 'col';
    th.className = 'w-' + column;
    var siglum = document.createElement('a');
    siglum.className = 'siglum-link';
    siglum.href = readings.witnesses[column - 1].href;
    siglum.setAttribute('data-preview', readings.witnesses[column - 1].preview);
    siglum.textContent = document.querySelector('label[for="show-' + column + '"]').textContent;
    th.appendChild(siglum);
    place(table.querySelector('thead tr'), th, column);
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cell = row.querySelector('td.w-1').cloneNode(true);
      cell.className = 'w-' + column;
      cell.querySelectorAll('.pb').forEach(function (pb) { pb.remove(); });
      cell.querySelectorAll('.app[id]').forEach(function (app) {
        var place = readings.places[app.id.replace(/-c1$/, '')];
        if (!place) { return; }
        var own = place.filter(function (reading) { return reading[1] !== '*' && reading[1].indexOf(column) >= 0; })[0]
          || place.filter(function (reading) { return reading[1] === '*'; })[0];
        app.innerHTML = own ? own[0] : '';
      });
      cell.querySelectorAll('[id]').forEach(function (element) { element.id = element.id.replace(/-c1$/, '-c' + column); });
      place(row, cell, column);
    });
  }
  document.querySelectorAll('input.synopsis-show').forEach(function (box) {
    var column = parseInt(box.id.replace('show-', ''), 10);
    box.disabled = false;
    box.addEventListener('change', function () {
      if (box.checked && !table.querySelector('thead th.w-' + column)) { build(column); }
      table.querySelectorAll('.w-' + column).forEach(function (cell) { cell.hidden = !box.checked; });
    });
  });
}());
