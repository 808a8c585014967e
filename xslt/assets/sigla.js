/* Sigla web edition: notes shown in place. Everything works without this script:
   note calls are links to the notes section, and back. */
(function () {
  'use strict';
  var popover = null, owner = null, tapped = null;

  function close() {
    if (popover) { popover.hidden = true; }
    if (owner) { owner.setAttribute('aria-expanded', 'false'); owner = null; }
    tapped = null;
  }

  function open(call) {
    var note = document.getElementById(call.getAttribute('data-note'));
    if (!note) { return; }
    var body = note.querySelector('.note-body');
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
    popover.appendChild((body || note).cloneNode(true));
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

  // Whether the pointer that is about to click is a finger: a tap shows the note first.
  var touch = false;
  document.addEventListener('pointerdown', function (event) { touch = event.pointerType === 'touch'; }, true);
  document.addEventListener('touchstart', function () { touch = true; }, {capture: true, passive: true});
  document.querySelectorAll('a.note-call').forEach(function (call) {
    call.addEventListener('mouseenter', function () { open(call); });
    call.addEventListener('mouseleave', function () {
      // Leave time to move into the note (to follow a link in it) before it closes.
      setTimeout(function () { if (owner === call && !popover.matches(':hover') && document.activeElement !== call) { close(); } }, 300);
    });
    call.addEventListener('focus', function () { open(call); });
    call.addEventListener('blur', function () { setTimeout(function () { if (owner === call) { close(); } }, 150); });
    call.addEventListener('click', function (event) {
      // On a touch screen the first tap shows the note in place; a second tap follows the link.
      if (touch && tapped !== call) { event.preventDefault(); open(call); tapped = call; }
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { close(); }
  });
  document.addEventListener('click', function (event) {
    if (popover && !popover.contains(event.target) && !event.target.classList.contains('note-call')) { close(); }
  });
}());
