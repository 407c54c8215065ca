// Link previews: a link to another explainer shows that question's opening sentences and the
// explainer's title, on hover and on keyboard focus. The data is built into each page
// (script#link-previews), so this works from disk as well as from a server. Escape closes.
// The pointer may move from the link onto the preview, to read or select it at leisure: it
// stays while the pointer is over either (content on hover must be hoverable).
(function () {
  'use strict';
  var data = document.getElementById('link-previews');
  if (!data) { return; }
  var previews;
  try { previews = JSON.parse(data.textContent); } catch (e) { return; }
  var tip = document.createElement('div');
  tip.id = 'link-preview';
  tip.className = 'link-preview';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  var current = null;
  var hiding = null;

  function show(link) {
    var p = previews[link.getAttribute('href')];
    if (!p) { return; }
    tip.textContent = '';
    var from = document.createElement('p');
    from.className = 'link-preview-explainer';
    from.textContent = p.explainer;
    tip.appendChild(from);
    if (p.question) {
      var q = document.createElement('p');
      q.className = 'link-preview-question';
      q.textContent = p.question;
      tip.appendChild(q);
    }
    if (p.excerpt) {
      var x = document.createElement('p');
      x.className = 'link-preview-excerpt';
      x.textContent = p.excerpt;
      tip.appendChild(x);
    }
    var box = link.getBoundingClientRect();
    tip.style.position = 'absolute';
    tip.style.left = '0';
    tip.style.top = (window.scrollY + box.bottom + 6) + 'px';
    tip.hidden = false;
    // Lined up with the link's start (its right edge in a right-to-left page), kept on screen.
    var width = tip.offsetWidth;
    var start = getComputedStyle(link).direction === 'rtl' ? box.right - width : box.left;
    var room = document.documentElement.clientWidth - width - 8;
    tip.style.left = (window.scrollX + Math.max(8, Math.min(start, room))) + 'px';
    link.setAttribute('aria-describedby', tip.id);
    current = link;
  }

  function keep() {
    if (hiding) { window.clearTimeout(hiding); }
    hiding = null;
  }

  // Late enough for the pointer to cross the gap between the link and the preview.
  function hideSoon() {
    keep();
    hiding = window.setTimeout(hide, 300);
  }

  function hide() {
    keep();
    if (current) { current.removeAttribute('aria-describedby'); }
    tip.hidden = true;
    current = null;
  }

  var links = document.querySelectorAll('main a[href]');
  for (var i = 0; i < links.length; i++) {
    var link = links[i];
    if (!Object.prototype.hasOwnProperty.call(previews, link.getAttribute('href'))) { continue; }
    link.addEventListener('mouseenter', function (e) { keep(); show(e.currentTarget); });
    link.addEventListener('focus', function (e) { keep(); show(e.currentTarget); });
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('blur', hide);
  }
  tip.addEventListener('mouseenter', keep);
  tip.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !tip.hidden) { hide(); }
  });
}());
