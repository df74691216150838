/* newskg graph page. All data is rendered with textContent / DOM properties, never parsed as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("newskg-data").textContent);
  var byType = {};
  DATA.types.forEach(function (t) { byType[t.type] = t; });
  var OTHER = { name: "其他", color: "#bab0ac", shape: "dot" };
  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var large = !DATA.physics;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function style(type) { return byType[type] || OTHER; }

  /* ---- vis data ---------------------------------------------------------------------------- */
  var nodeInfo = {}, edgeInfo = {}, incident = {};
  var visNodes = DATA.nodes.map(function (n) {
    var s = style(n.type);
    nodeInfo[n.i] = n;
    incident[n.i] = [];
    var v = {
      id: n.i, label: n.short, title: n.label + "\n" + s.name + (n.first ? "  " + n.first + (n.last && n.last !== n.first ? " — " + n.last : "") : ""),
      shape: s.shape,
      color: { background: s.color, border: s.color, highlight: { background: s.color, border: "#111" },
        hover: { background: s.color, border: "#111" } },
      value: n.deg
    };
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    return v;
  });
  var visEdges = DATA.edges.map(function (e) {
    edgeInfo[e.id] = e;
    incident[e.from].push(e.id);
    incident[e.to].push(e.id);
    return {
      id: e.id, from: e.from, to: e.to, arrows: "to", value: e.n,
      title: e.label + "（" + e.type + "）" + (e.n > 1 ? " × " + e.n : "") + "\n" + nodeInfo[e.from].label + " → " + nodeInfo[e.to].label
    };
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);

  var options = {
    nodes: {
      scaling: { min: 8, max: 36, label: { enabled: false } },
      font: { face: FONT, size: 14, color: "#222", strokeWidth: 3, strokeColor: "#fff" },
      borderWidth: 1
    },
    edges: {
      color: { color: "#c8c8c8", highlight: "#f28e2b", hover: "#888" },
      scaling: { min: 1, max: 4 }, smooth: large ? false : { type: "continuous" },
      arrows: { to: { scaleFactor: 0.4 } }
    },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: large, navigationButtons: false },
    layout: { improvedLayout: !large && DATA.nodes.length <= 300, randomSeed: 7 },
    physics: large ? false : {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 90, avoidOverlap: 0.2 },
      stabilization: { iterations: DATA.nodes.length > 500 ? 200 : 400, updateInterval: 25, fit: true }
    }
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var progress = document.getElementById("progress");

  function ready() {
    if (document.body.hasAttribute("data-ready")) return;
    network.setOptions({ physics: false });
    network.fit();
    document.body.setAttribute("data-ready", "1");
  }
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "布局中… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", ready);
  if (large || DATA.nodes.length === 0) network.once("afterDrawing", ready);
  if (DATA.nodes.length === 0) ready();

  /* ---- filters ------------------------------------------------------------------------------ */
  var typeOn = {};
  DATA.types.forEach(function (t) { typeOn[t.type] = true; });
  var year = null;

  function inYear(years) { return year === null || years.indexOf(year) >= 0; }

  /* Dated nodes follow the year; undated ones (organisations, posts) show when an incident visible edge does. */
  function visibleSets() {
    var state = {}, shownEdges = {};
    DATA.nodes.forEach(function (n) {
      if (typeOn[n.type] === false) state[n.i] = "off";
      else if (year === null || n.years.length === 0) state[n.i] = year === null ? "on" : "pending";
      else state[n.i] = inYear(n.years) ? "on" : "off";
    });
    var undated = [];
    DATA.edges.forEach(function (e) {
      if (state[e.from] === "off" || state[e.to] === "off") return;
      if (year === null) { shownEdges[e.id] = true; return; }
      if (e.years.length === 0) { undated.push(e); return; }
      if (inYear(e.years)) {
        shownEdges[e.id] = true;
        state[e.from] = "on"; state[e.to] = "on";
      }
    });
    var changed = true;
    while (changed) {
      changed = false;
      undated.forEach(function (e) {
        if (shownEdges[e.id]) return;
        if (state[e.from] === "on" || state[e.to] === "on") {
          shownEdges[e.id] = true;
          state[e.from] = state[e.to] = "on";
          changed = true;
        }
      });
    }
    return { state: state, edges: shownEdges };
  }

  function applyFilters() {
    var v = visibleSets(), nu = [], eu = [], shown = 0, shownE = 0;
    nodes.forEach(function (n) {
      var hidden = v.state[n.id] !== "on";
      if (!hidden) shown++;
      if (!!n.hidden !== hidden) nu.push({ id: n.id, hidden: hidden });
    });
    edges.forEach(function (e) {
      var hidden = !v.edges[e.id];
      if (!hidden) shownE++;
      if (!!e.hidden !== hidden) eu.push({ id: e.id, hidden: hidden });
    });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    document.getElementById("counts").textContent = "显示 " + shown + " / " + DATA.nodes.length + " 个节点，" + shownE + " 条关系";
    return shown;
  }

  var typesList = document.getElementById("types");
  DATA.types.forEach(function (t) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t.type; box.setAttribute("data-type", t.type);
    box.addEventListener("change", function () { typeOn[t.type] = box.checked; applyFilters(); });
    label.appendChild(box);
    label.appendChild(shapeIcon(t.shape, t.color));
    label.appendChild(el("span", t.name));
    label.appendChild(el("span", t.count, "n"));
    label.title = t.type;
    li.appendChild(label);
    if (!t.count) li.className = "empty";
    typesList.appendChild(li);
  });

  function shapeIcon(shape, color) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg"), p;
    svg.setAttribute("width", "14"); svg.setAttribute("height", "14"); svg.setAttribute("viewBox", "0 0 14 14");
    var pts = { diamond: "7,1 13,7 7,13 1,7", triangle: "7,1 13,12 1,12", triangleDown: "1,2 13,2 7,13",
      star: "7,1 8.8,5 13,5.3 9.8,8.1 10.8,12.6 7,10.2 3.2,12.6 4.2,8.1 1,5.3 5.2,5",
      hexagon: "4,1.5 10,1.5 13,7 10,12.5 4,12.5 1,7" };
    if (shape === "square") { p = document.createElementNS(ns, "rect"); p.setAttribute("x", "2"); p.setAttribute("y", "2"); p.setAttribute("width", "10"); p.setAttribute("height", "10"); }
    else if (pts[shape]) { p = document.createElementNS(ns, "polygon"); p.setAttribute("points", pts[shape]); }
    else { p = document.createElementNS(ns, "circle"); p.setAttribute("cx", "7"); p.setAttribute("cy", "7"); p.setAttribute("r", "5.5"); }
    p.setAttribute("fill", color);
    svg.appendChild(p);
    return svg;
  }

  var yearSel = document.getElementById("year");
  DATA.years.forEach(function (y) {
    var o = el("option", y + "年"); o.value = String(y); yearSel.appendChild(o);
  });
  yearSel.addEventListener("change", function () {
    year = yearSel.value ? parseInt(yearSel.value, 10) : null;
    applyFilters();
  });

  /* ---- side panel -------------------------------------------------------------------------- */
  var panel = document.getElementById("panel");

  function dateText(d, b) { return d ? d + (b ? "（" + b + "）" : "") : "日期不详"; }

  function evidenceList(refs) {
    var ol = el("ol");
    refs.forEach(function (i) {
      var r = DATA.evidence[i], li = el("li"), meta = el("div", null, "meta"), art = DATA.articles[r.a];
      if (year !== null && r.d && parseInt(r.d.slice(0, 4), 10) !== year) li.className = "other-year";
      if (r.s) li.appendChild(el("blockquote", r.s));
      if (art && art.h) meta.appendChild(el("span", "报道：《" + art.h + "》"));
      meta.appendChild(el("span", "日期：" + dateText(r.d, r.b)));
      if (r.src) meta.appendChild(el("span", "来源：" + r.src + (r.span ? " [" + r.span[0] + "–" + r.span[1] + ")" : "")));
      li.appendChild(meta);
      ol.appendChild(li);
    });
    return ol;
  }

  function field(dl, k, v) { if (v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); } }

  function showNode(id) {
    var n = nodeInfo[id], s = style(n.type), h = el("h2", n.label), tag = el("span", s.name, "type"), dl = el("dl");
    tag.style.background = s.color; h.appendChild(tag);
    panel.replaceChildren(h);
    field(dl, "标识", n.id);
    field(dl, "别名", n.aliases.join("、"));
    field(dl, "首见", n.first);
    field(dl, "末见", n.last);
    field(dl, "连接", String(n.deg));
    var art = DATA.articles[n.id];
    if (art) { field(dl, "标题", art.h); field(dl, "日期", dateText(art.d, art.b)); field(dl, "来源", art.src); }
    panel.appendChild(dl);
    if (n.ev.length) { panel.appendChild(el("h3", "证据（" + n.ev.length + "）")); panel.appendChild(evidenceList(n.ev)); }
    var rel = incident[id].map(function (eid) { return edgeInfo[eid]; });
    if (rel.length) {
      panel.appendChild(el("h3", "关系（" + rel.length + "）"));
      var ul = el("ul");
      rel.slice(0, 200).forEach(function (e) {
        ul.appendChild(el("li", nodeInfo[e.from].label + " —" + e.label + "→ " + nodeInfo[e.to].label + (e.n > 1 ? " ×" + e.n : "")));
      });
      panel.appendChild(ul);
    }
  }

  function showEdge(id) {
    var e = edgeInfo[id], dl = el("dl");
    panel.replaceChildren(el("h2", e.label + "（" + e.type + "）"));
    field(dl, "从", nodeInfo[e.from].label);
    field(dl, "到", nodeInfo[e.to].label);
    field(dl, "年份", e.years.join("、"));
    panel.appendChild(dl);
    if (e.ev.length) { panel.appendChild(el("h3", "证据（" + e.ev.length + "）")); panel.appendChild(evidenceList(e.ev)); }
    else panel.appendChild(el("p", "此关系由名称推出，无原文证据。", "hint"));
  }

  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  /* ---- search ------------------------------------------------------------------------------ */
  var names = document.getElementById("names"), seenName = {};
  DATA.nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (a) {
      if (seenName[a] || names.childElementCount > 5000) return;
      seenName[a] = true;
      var o = el("option"); o.value = a; names.appendChild(o);
    });
  });

  function findNode(q) {
    var exact = [], part = [];
    DATA.nodes.forEach(function (n) {
      var all = [n.label].concat(n.aliases);
      if (all.indexOf(q) >= 0 || n.id === q) exact.push(n);
      else if (all.some(function (a) { return a.indexOf(q) >= 0; })) part.push(n);
    });
    var pool = exact.length ? exact : part;
    pool.sort(function (a, b) {
      var ha = nodes.get(a.i).hidden ? 1 : 0, hb = nodes.get(b.i).hidden ? 1 : 0;
      return ha - hb || b.deg - a.deg || a.i - b.i;
    });
    return pool[0] || null;
  }

  function focusNode(q) {
    var status = document.getElementById("search-status");
    q = (q || "").trim();
    if (!q) { status.textContent = ""; return null; }
    var n = findNode(q);
    if (!n) { status.textContent = "未找到：" + q; return null; }
    if (nodes.get(n.i).hidden) {  // reveal it: its type back on, all years
      typeOn[n.type] = true;
      var box = typesList.querySelector('input[data-type="' + CSS.escape(n.type) + '"]');
      if (box) box.checked = true;
      year = null; yearSel.value = "";
      applyFilters();
      status.textContent = "已定位（已清除筛选）：" + n.label;
    } else status.textContent = "已定位：" + n.label;
    network.selectNodes([n.i]);
    network.focus(n.i, { scale: 1.4, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(n.i);
    return n.i;
  }

  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    focusNode(document.getElementById("search").value);
  });

  applyFilters();
  window.newskg = {
    network: network, nodes: nodes, edges: edges, data: DATA, focus: focusNode, applyFilters: applyFilters,
    visibleNodeCount: function () { return nodes.get({ filter: function (n) { return !n.hidden; } }).length; }
  };
})();
