/* newskg evidence lists, shared by graph.html and timeline.html. Text only: every string goes through
   textContent or a text node, never through HTML parsing. */
(function () {
  "use strict";
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  /* The sentence with the first occurrence of each term wrapped in <mark>. */
  function highlighted(sentence, terms) {
    var q = el("blockquote"), marks = [];
    (terms || []).forEach(function (t) {
      if (!t) return;
      var i = sentence.indexOf(t);
      if (i >= 0) marks.push([i, i + t.length]);
    });
    marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) return;
      q.appendChild(document.createTextNode(sentence.slice(pos, m[0])));
      q.appendChild(el("mark", sentence.slice(m[0], m[1])));
      pos = m[1];
    });
    q.appendChild(document.createTextNode(sentence.slice(pos)));
    return q;
  }

  function fragment(text) { return encodeURIComponent(text).replace(/-/g, "%2D"); }

  function dateText(d, b) { return d ? d + (b ? "（" + b + "）" : "") : "日期不详"; }

  function href(base, src) {
    if (!src) return "";
    if (src.charAt(0) === "/") return "file://" + encodeURI(src);
    return encodeURI(base + src);
  }

  /* Evidence rows (indices into DATA.evidence) grouped by document, groups in date order, rows by date then span. */
  function render(refs, DATA, terms, otherPeriod) {
    var groups = {}, order = [];
    refs.forEach(function (i) {
      var r = DATA.evidence[i], key = r.doc || r.src || "?";
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(r);
    });
    function first(key) { return groups[key].reduce(function (m, r) { return r.d && (!m || r.d < m) ? r.d : m; }, ""); }
    order.forEach(function (k) {
      groups[k].sort(function (a, b) {
        return (a.d || "9999").localeCompare(b.d || "9999") || ((a.span || [0])[0] - (b.span || [0])[0]);
      });
    });
    order.sort(function (a, b) { return (first(a) || "9999").localeCompare(first(b) || "9999") || a.localeCompare(b); });
    var box = el("div", null, "evidence");
    order.forEach(function (k) {
      var rows = groups[k], sec = el("section", null, "doc"), head = el("h4"), src = rows[0].src;
      var link = el("a", src || k);
      link.href = href(DATA.srcbase || "", src);
      link.target = "_blank"; link.rel = "noopener";
      head.appendChild(link);
      head.appendChild(el("span", " · " + rows.length + " 条", "n"));
      sec.appendChild(head);
      var ol = el("ol");
      rows.forEach(function (r) {
        var li = el("li"), meta = el("div", null, "meta"), art = DATA.articles[r.a];
        if (otherPeriod && otherPeriod(r.d)) li.className = "other-period";
        meta.appendChild(el("span", dateText(r.d, r.b), "date"));
        meta.appendChild(el("span", art && art.h ? "《" + art.h + "》" : "（无标题）", "headline"));
        li.appendChild(meta);
        if (r.s) li.appendChild(highlighted(r.s, terms));
        if (r.span) {
          var sp = el("a", "原文位置 [" + r.span[0] + "–" + r.span[1] + ")", "span");
          /* a text fragment scrolls the opened file to the sentence (Chromium, Firefox 131+, Safari) */
          sp.href = href(DATA.srcbase || "", r.src) + (r.s ? "#:~:text=" + fragment(r.s.slice(0, 24)) : "");
          sp.target = "_blank"; sp.rel = "noopener";
          sp.title = r.src + " 第 " + r.span[0] + "–" + r.span[1] + " 字符";
          li.appendChild(sp);
        }
        ol.appendChild(li);
      });
      sec.appendChild(ol);
      box.appendChild(sec);
    });
    return box;
  }

  window.NewskgEvidence = { render: render, el: el, dateText: dateText, highlighted: highlighted };
})();
