/* Sigla web edition: the page images beside the text, in OpenSeadragon. The image follows the
   reading (the last page marker above the middle of the window), a page marker brings its image,
   a line or word of the text that has a zone shows it on the image when pointed at or focused,
   and a zone activated brings its text into view. The data is written into the page by
   modules/html/facsimile.xsl. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('facsimile-data').textContent);
  var aside = document.getElementById('facsimile');
  var element = document.getElementById('facsimile-viewer');
  var bar = aside.querySelector('.facsimile-bar');
  var label = aside.querySelector('.facsimile-label');
  var caption = aside.querySelector('.facsimile-caption');
  var missing = aside.querySelector('.facsimile-missing');
  var pages = data.pages;
  var current = -1, viewer = null, overlays = {}, lit = null, pending = null;
  if (typeof OpenSeadragon !== 'function' || pages.length === 0) { return; }
  aside.classList.add('scripted');
  bar.hidden = false;

  viewer = OpenSeadragon({
    element: element,
    // The canvas drawer draws images read from file:// too, which WebGL refuses as tainted.
    drawer: 'canvas',
    showNavigationControl: false,
    gestureSettingsMouse: {clickToZoom: false},
    crossOriginPolicy: false,
    preserveViewport: false,
    visibilityRatio: 0.5
  });
  var canvas = element.querySelector('.openseadragon-canvas');
  if (canvas) {
    canvas.setAttribute('role', 'group');
    canvas.setAttribute('aria-label', element.getAttribute('aria-label'));
  }

  // A zone's box in its surface's coordinates: x, y, width, height.
  function bounds(zone) {
    if (!zone.points) { return zone.rect; }
    var xs = zone.points.map(function (p) { return p[0]; }), ys = zone.points.map(function (p) { return p[1]; });
    var x = Math.min.apply(null, xs), y = Math.min.apply(null, ys);
    return [x, y, Math.max.apply(null, xs) - x, Math.max.apply(null, ys) - y];
  }

  // The box in the viewer's coordinates: the surface's space scaled to the image's pixels.
  function rect(box, page, item) {
    var size = item.getContentSize();
    var space = page.space && page.space[0] > 0 && page.space[1] > 0 ? page.space : [size.x, size.y];
    var sx = size.x / space[0], sy = size.y / space[1];
    return item.imageToViewportRectangle(box[0] * sx, box[1] * sy, box[2] * sx, box[3] * sy);
  }

  function outline(zone, box) {
    var mark = document.createElement('div');
    mark.className = 'facsimile-zone';
    mark.id = 'zone-' + zone.id;
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-label', (document.querySelector('[data-zone~="' + zone.id + '"]') || {textContent: zone.id}).textContent.trim().slice(0, 60));
    if (zone.points) {
      var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('viewBox', box.join(' '));
      svg.setAttribute('preserveAspectRatio', 'none');
      var polygon = document.createElementNS('http://www.w3.org/2000/svg', 'polygon');
      polygon.setAttribute('points', zone.points.map(function (p) { return p.join(','); }).join(' '));
      svg.appendChild(polygon);
      mark.appendChild(svg);
      mark.classList.add('polygon');
    }
    function toText() {
      var target = document.querySelector('[data-zone~="' + zone.id + '"]');
      if (!target) { return; }
      showText();
      target.scrollIntoView({block: 'center'});
      target.focus({preventScroll: true});
    }
    new OpenSeadragon.MouseTracker({element: mark, clickHandler: toText});
    mark.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); toText(); }
    });
    return mark;
  }

  function show(index) {
    if (index < 0 || index >= pages.length || index === current) { return; }
    current = index;
    var page = pages[index];
    label.textContent = page.label + ' / ' + pages.length;
    if (caption) { caption.textContent = page.caption || ''; }
    overlays = {};
    if (!page.image) {
      viewer.close();
      missing.hidden = false;
      missing.textContent = page.missing ? data.missing + ': ' + page.missing : data.missing;
      return;
    }
    missing.hidden = true;
    viewer.open(page.image);
  }

  viewer.addHandler('open', function () {
    var page = pages[current], item = viewer.world.getItemAt(0);
    aside.setAttribute('data-shown', String(current + 1));
    if (!item) { return; }
    (page.zones || []).forEach(function (zone) {
      var box = bounds(zone), mark = outline(zone, box);
      viewer.addOverlay({element: mark, location: rect(box, page, item)});
      overlays[zone.id] = mark;
    });
    if (pending) { light(pending); }
  });
  viewer.addHandler('open-failed', function () {
    missing.hidden = false;
    missing.textContent = data.missing + ': ' + (pages[current].missing || pages[current].label);
  });

  // The zone of a line or word of the text, lit on its page.
  function light(zoneId) {
    if (lit) { lit.classList.remove('active'); lit = null; }
    pending = null;
    if (!zoneId) { return; }
    var mark = overlays[zoneId];
    if (!mark) {
      var onPage = pages.findIndex(function (page) { return (page.zones || []).some(function (z) { return z.id === zoneId; }); });
      if (onPage >= 0 && onPage !== current) { pending = zoneId; show(onPage); }
      return;
    }
    mark.classList.add('active');
    lit = mark;
  }
  function zoneOf(target) {
    var holder = target && target.closest ? target.closest('[data-zone]') : null;
    return holder ? holder.getAttribute('data-zone').split(' ')[0] : null;
  }
  document.addEventListener('mouseover', function (event) { var zone = zoneOf(event.target); if (zone) { light(zone); } });
  document.addEventListener('focusin', function (event) { var zone = zoneOf(event.target); if (zone) { light(zone); } });

  // The page being read: the last marker above the middle of the window.
  // Page markers, and elements of the text that start a page.
  var markers = Array.prototype.slice.call(document.querySelectorAll('[data-page]'));
  var following = true;
  function reading() {
    // While a phone shows the image instead of the text, there is no reading to follow.
    if (!following || markers.length === 0 || (pair && pair.classList.contains('image-shown'))) { return; }
    var middle = window.innerHeight / 2, page = null;
    for (var i = 0; i < markers.length; i++) {
      if (markers[i].getBoundingClientRect().top > middle) { break; }
      page = parseInt(markers[i].getAttribute('data-page'), 10) - 1;
    }
    show(page === null ? parseInt(markers[0].getAttribute('data-page'), 10) - 1 : page);
  }
  var queued = false;
  window.addEventListener('scroll', function () {
    if (!queued) { queued = true; window.requestAnimationFrame(function () { queued = false; reading(); }); }
  }, {passive: true});
  document.addEventListener('click', function (event) {
    var marker = event.target.closest ? event.target.closest('a.pb[data-page]') : null;
    if (!marker) { return; }
    event.preventDefault();
    show(parseInt(marker.getAttribute('data-page'), 10) - 1);
    showImage();
  });

  var actions = {
    'previous': function () { show(current - 1); },
    'next': function () { show(current + 1); },
    'zoom-in': function () { viewer.viewport.zoomBy(1.5); viewer.viewport.applyConstraints(); },
    'zoom-out': function () { viewer.viewport.zoomBy(1 / 1.5); viewer.viewport.applyConstraints(); },
    'home': function () { viewer.viewport.goHome(); },
    'rotate': function () { viewer.viewport.setRotation((viewer.viewport.getRotation() + 90) % 360); },
    'full-screen': function () { viewer.setFullScreen(!viewer.isFullPage()); }
  };
  bar.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-do]');
    if (button) { actions[button.getAttribute('data-do')](); }
  });

  // On a narrow screen, text and image take turns.
  var toggle = document.querySelector('.facsimile-toggle');
  var pair = document.querySelector('.text-and-facsimile');
  function showImage() {
    if (!toggle || toggle.hidden || !pair) { return; }
    pair.classList.add('image-shown');
    toggle.setAttribute('aria-pressed', 'true');
    toggle.textContent = toggle.getAttribute('data-show-text');
    // The image takes most of the screen below its button: brought up whole, not left below the fold.
    if (toggle.getBoundingClientRect().top > window.innerHeight / 4) { toggle.scrollIntoView({ block: 'start' }); }
  }
  function showText() {
    if (!toggle || !pair) { return; }
    pair.classList.remove('image-shown');
    toggle.setAttribute('aria-pressed', 'false');
    toggle.textContent = toggle.getAttribute('data-show-image');
  }
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      if (pair.classList.contains('image-shown')) { showText(); } else { showImage(); }
    });
  }

  // A manifest's canvases stand for the page markers, in order.
  function fromManifest(manifest) {
    var canvases = manifest.items || (manifest.sequences && manifest.sequences[0] && manifest.sequences[0].canvases) || [];
    canvases.forEach(function (canvas, i) {
      if (i >= pages.length) { return; }
      var body = canvas.items ? canvas.items[0].items[0].body : canvas.images[0].resource;
      var service = body.service && (Array.isArray(body.service) ? body.service[0] : body.service);
      var id = service && (service.id || service['@id']);
      pages[i].image = id ? id.replace(/\/$/, '') + '/info.json' : {type: 'image', url: body.id || body['@id']};
    });
  }
  if (data.manifest && !pages.some(function (page) { return page.image; })) {
    fetch(data.manifest).then(function (response) { return response.json(); }).then(function (manifest) {
      fromManifest(manifest);
      current = -1;
      reading();
    }).catch(function () {
      missing.hidden = false;
      missing.textContent = data.missing + ': ' + data.manifest;
    });
  }
  show(0);
  reading();
}());
