/* newskg explorer. All data is rendered with textContent / DOM properties, never parsed as HTML.

   What is drawn = nodes whose type is on, in the chosen place (or under it), active at the chosen date,
   plus whatever the reader expanded, searched or put on a path. The layout (graph_layout.js) is recomputed
   for what is drawn after every change. Longer than our ~400-line habit because it is one closure: every
   control (filters, slider, search, path, expand, career card) reads and changes the same state; the layout
   and the evidence lists live in graph_layout.js and evidence.js. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("newskg-data").textContent);
  var EV = window.NewskgEvidence, el = EV.el;
  var N = DATA.nodes, E = DATA.edges, T = DATA.tenures;
  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var FONT_PX = window.NewskgLayout.FONT_PX, MIN_LABEL_PX = 11;
  var HIER = { Organization: 1, Post: 1, Person: 1 };
  var HUB_RELS = { mentioned_in: 1, reported_by: 1, part_of: 1 };
  var EN = { Person: "Person", Organization: "Organisation", Post: "Post", Meeting: "Meeting", Project: "Project",
    Place: "Place", Article: "Article", Document: "Document" };
  var lang = "zh";
  var byType = {};
  DATA.types.forEach(function (t) { byType[t.type] = t; });
  var OTHER = { name: "其他", color: "#bab0ac", shape: "dot" };
  function style(type) { return byType[type] || OTHER; }

  /* ---- indexes ------------------------------------------------------------------------------ */
  var incident = N.map(function () { return []; });
  var postOrg = {}, orgUp = {}, holdsEdge = {}, personTen = {}, postTen = {}, tenureOf = {};
  E.forEach(function (e) {
    incident[e.from].push(e.id);
    if (e.to !== e.from) incident[e.to].push(e.id);
    if (e.type === "post_in" && postOrg[e.from] === undefined) postOrg[e.from] = e.to;
    else if (e.type === "sub_organization_of" && orgUp[e.from] === undefined && e.to !== e.from) orgUp[e.from] = e.to;
    else if (e.type === "holds") holdsEdge[e.from + "," + e.to] = e.id;
  });
  T.forEach(function (t, i) {
    (personTen[t.p] = personTen[t.p] || []).push(i);
    (postTen[t.q] = postTen[t.q] || []).push(i);
    (tenureOf[t.p + "," + t.q] = tenureOf[t.p + "," + t.q] || []).push(i);  // one pair may have several tenures
  });
  var dateCache = {};
  function nodeDates(i) {
    if (dateCache[i]) return dateCache[i];
    var n = N[i], seen = {};
    n.ev.forEach(function (r) { var d = DATA.evidence[r].d; if (d) seen[d] = 1; });
    if (n.first) seen[n.first] = 1;
    if (n.last) seen[n.last] = 1;
    return (dateCache[i] = Object.keys(seen));
  }
  function edgeDates(e) {
    if (e.dates) return e.dates;
    var seen = {};
    e.ev.forEach(function (r) { var d = DATA.evidence[r].d; if (d) seen[d] = 1; });
    e.years.forEach(function (y) { if (!e.ev.length) seen[String(y)] = 1; });
    return (e.dates = Object.keys(seen));
  }

  /* ---- time ----------------------------------------------------------------------------------- */
  /* Dates and periods are ISO prefixes ("2023", "2023-05", "2023-05-14"); two overlap when they agree on
     their common prefix, and the order of overlapping ranges compares that prefix. */
  function cmp(a, b) {
    var k = Math.min(a.length, b.length), x = a.slice(0, k), y = b.slice(0, k);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  function tenureState(t, P) {  /* 0 not in post at P, 1 presumed (inside the tenure, no evidence in P), 2 attested */
    if (P === null) return 2;
    if (!t.f || cmp(t.f, P) > 0 || cmp(P, t.l) > 0) return 0;
    for (var i = 0; i < t.obs.length; i++) {
      var o = t.obs[i];
      if (o.length >= P.length && o.slice(0, P.length) === P) return 2;
    }
    return 1;
  }
  function datedIn(dates, P) {
    for (var i = 0; i < dates.length; i++) if (cmp(dates[i], P) === 0) return true;
    return false;
  }
  var periods = { y: [], m: [] };
  if (DATA.years.length) {
    for (var y = DATA.years[0]; y <= DATA.years[DATA.years.length - 1]; y++) {
      periods.y.push(String(y));
      for (var m = 1; m <= 12; m++) periods.m.push(y + "-" + (m < 10 ? "0" : "") + m);
    }
  }

  /* ---- state ------------------------------------------------------------------------------------ */
  var typeOn = {}, relOn = {};
  DATA.types.forEach(function (t) { typeOn[t.type] = !!HIER[t.type]; });
  DATA.relations.forEach(function (r) { relOn[r.type] = true; });
  var jur = DATA.main || "", grain = "y", period = null, forced = {};
  var places = DATA.places || {};
  function under(j, top) {
    var guard = 0;
    while (j && guard++ < 50) { if (j === top) return true; j = places[j]; }
    return false;
  }

  /* ---- what is visible ---------------------------------------------------------------------- */
  function compute() {
    var P = period, vis = new Uint8Array(N.length), tstate = new Uint8Array(T.length), i;
    for (i = 0; i < T.length; i++) tstate[i] = tenureState(T[i], P);
    for (i = 0; i < N.length; i++) {
      var n = N[i];
      if (!typeOn[n.type] || (jur && !under(n.j, jur))) continue;
      if (P === null) { vis[i] = 1; continue; }
      if (n.type === "Person" || n.type === "Post") {
        var ts = (n.type === "Person" ? personTen : postTen)[i] || [], on = false;
        for (var k = 0; k < ts.length && !on; k++) on = tstate[ts[k]] > 0;
        if (on || (n.type === "Person" && !ts.length && datedIn(nodeDates(i), P))) vis[i] = 1;
      } else if (n.type === "Organization") {
        vis[i] = datedIn(nodeDates(i), P) ? 1 : 0;
      } else {
        var ds = nodeDates(i);
        vis[i] = ds.length ? (datedIn(ds, P) ? 1 : 0) : 2;  // 2: undated, shown when a neighbour is
      }
    }
    if (P !== null) {  // organisations above a drawn post or organisation
      for (i = 0; i < N.length; i++) {
        if (vis[i] !== 1 || (N[i].type !== "Post" && N[i].type !== "Organization")) continue;
        var o = N[i].type === "Post" ? postOrg[i] : orgUp[i], guard = 0;
        while (o !== undefined && guard++ < 50) {
          if (typeOn.Organization && !(jur && !under(N[o].j, jur))) vis[o] = 1;
          o = orgUp[o];
        }
      }
    }
    Object.keys(forced).forEach(function (k) { vis[k] = 1; });
    var evis = new Uint8Array(E.length);
    E.forEach(function (e) {
      if (!relOn[e.type]) return;
      var a = vis[e.from], b = vis[e.to];
      if (!a || !b || (a === 2 && b === 2)) return;
      if (e.type === "holds") {
        var ts2 = tenureOf[e.from + "," + e.to];
        if (ts2 === undefined) evis[e.id] = P === null ? 2 : 0;
        else ts2.forEach(function (ti) { if (tstate[ti] > evis[e.id]) evis[e.id] = tstate[ti]; });
      } else if (P === null || !edgeDates(e).length || datedIn(edgeDates(e), P)) evis[e.id] = 2;
      if (evis[e.id]) { if (a === 2) vis[e.from] = 3; if (b === 2) vis[e.to] = 3; }
    });
    for (i = 0; i < N.length; i++) vis[i] = vis[i] === 1 || vis[i] === 3 ? 1 : 0;
    E.forEach(function (e) { if (!vis[e.from] || !vis[e.to]) evis[e.id] = 0; });
    return { vis: vis, evis: evis, tstate: tstate };
  }

  /* ---- layout (graph_layout.js) ------------------------------------------------------------- */
  var L = window.NewskgLayout.make({ N: N, E: E, T: T, incident: incident, orgUp: orgUp, postOrg: postOrg,
    personTen: personTen, holdsEdge: holdsEdge, tenureOf: tenureOf, under: under, jur: function () { return jur; } });
  var layout = L.layout, byLabel = L.byLabel;

  /* ---- vis ---------------------------------------------------------------------------------------- */
  function typeName(t) { return lang === "en" ? (EN[t] || t || "Other") : style(t).name; }
  function relName(r) { return lang === "en" ? r.type : r.name; }
  function edgeLabel(e) { return lang === "en" ? e.type : e.label; }
  var state = compute(), placed = layout(state);
  var visNodes = N.map(function (n) {
    var s = style(n.type), p = placed.pos[n.i] || { x: 0, y: 0 };
    return {
      id: n.i, label: n.short, x: p.x, y: p.y, hidden: !state.vis[n.i], value: n.w, shape: s.shape,
      title: n.label + "\n" + s.name + (n.j ? " · " + n.j : "") + (n.first ? "  " + n.first + (n.last && n.last !== n.first ? " — " + n.last : "") : ""),
      color: { background: s.color, border: s.color, highlight: { background: s.color, border: "#111" },
        hover: { background: s.color, border: "#111" } }
    };
  });
  var visEdges = E.map(function (e) {
    return {
      id: e.id, from: e.from, to: e.to, arrows: "to", value: e.n, hidden: !state.evis[e.id],
      dashes: state.evis[e.id] === 1,
      title: e.label + (e.n > 1 ? " × " + e.n : "") + "\n" + N[e.from].label + " → " + N[e.to].label
    };
  });
  /* vis gets a node or edge the first time it is shown: building vis's objects for everything hidden too
     cost most of the start-up on large graphs. */
  var inVis = new Uint8Array(N.length), inVisE = new Uint8Array(E.length);
  var nodes = new vis.DataSet(visNodes.filter(function (v) { return !v.hidden && (inVis[v.id] = 1); }));
  var edges = new vis.DataSet(visEdges.filter(function (v) { return !v.hidden && (inVisE[v.id] = 1); }));
  var big = N.length > 1500;
  var options = {
    nodes: { scaling: { min: 6, max: 18, label: { enabled: false } },
      font: { face: FONT, size: FONT_PX, color: "#222", strokeWidth: 3, strokeColor: "#fff" }, borderWidth: 1 },
    edges: { color: { color: "#c4c4c4", highlight: "#f28e2b", hover: "#888" }, scaling: { min: 1, max: 3 },
      smooth: false, arrows: { to: { scaleFactor: 0.4 } } },
    interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: false
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  /* The first view: everything drawn if labels stay >= 11 px, else the top-left of the first (main) block. */
  function frame() {
    network.fit({ animation: false });
    var s = network.getScale();
    if (s * FONT_PX < MIN_LABEL_PX || s > 1.6) {
      s = s > 1.6 ? 1.6 : MIN_LABEL_PX / FONT_PX + 0.001;
      var b = placed.blocks[0] || { x: 0, y: 0 };
      var w = container.clientWidth / s, h = container.clientHeight / s;
      network.moveTo({ position: { x: b.x - 20 + w / 2, y: b.y - 30 + h / 2 }, scale: s });
    }
  }

  /* Hidden flags, positions and dashes are set on vis's own node and edge objects, then its visible index
     lists rebuilt once: a DataSet update re-runs vis's whole data pipeline (~0.3 s on 5,000 nodes) each time. */
  function apply() {
    var t0 = performance.now();
    state = compute();
    placed = layout(state);
    show();
    return performance.now() - t0;
  }
  /* Hand the current state and layout to vis and draw. */
  function show() {
    var shown = 0, shownE = 0, i, addN = [], addE = [];
    for (i = 0; i < N.length; i++) {
      if (!state.vis[i]) continue;
      shown++;
      if (!inVis[i]) {
        var p0 = placed.pos[i] || { x: 0, y: 0 };
        visNodes[i].x = p0.x; visNodes[i].y = p0.y; visNodes[i].hidden = false;
        addN.push(visNodes[i]); inVis[i] = 1;
      }
    }
    for (i = 0; i < E.length; i++) {
      var st = state.evis[i];
      if (!st) continue;
      shownE++;
      if (!inVisE[i]) { visEdges[i].hidden = false; visEdges[i].dashes = st === 1; addE.push(visEdges[i]); inVisE[i] = 1; }
    }
    if (addN.length) nodes.add(addN);
    if (addE.length) edges.add(addE);
    var bn = network.body.nodes, be = network.body.edges;
    for (i = 0; i < N.length; i++) {
      if (!inVis[i]) continue;
      var hidden = !state.vis[i], node = bn[i];
      node.options.hidden = hidden;
      if (!hidden) {
        var p = placed.pos[i] || { x: 0, y: 0 };
        node.x = p.x; node.y = p.y;
      }
    }
    for (i = 0; i < E.length; i++) {
      if (!inVisE[i]) continue;
      var s = state.evis[i], edge = be[i];
      edge.options.hidden = !s;
      if (s) edge.options.dashes = s === 1;  // read at draw time (setOptions re-parses every option)
    }
    network._updateVisibleIndices();
    document.getElementById("counts").textContent = "显示 " + shown + " / " + N.length + " 个节点，" + shownE + " 条关系";
    /* vis skips a node whose last measured box is out of view and only re-measures it: a node that moved
       into view is drawn by the second pass */
    network.redraw();
    network.redraw();
  }

  /* ---- legend: types and relations -------------------------------------------------------- */
  function shapeIcon(shape, color) {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), p;
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
  function legend() {
    var tl = document.getElementById("types"), rl = document.getElementById("relations");
    tl.replaceChildren(); rl.replaceChildren();
    DATA.types.forEach(function (t) {
      var li = el("li"), label = el("label"), box = el("input");
      box.type = "checkbox"; box.checked = !!typeOn[t.type]; box.setAttribute("data-type", t.type);
      box.addEventListener("change", function () { typeOn[t.type] = box.checked; apply(); frame(); });
      label.appendChild(box); label.appendChild(shapeIcon(t.shape, t.color));
      label.appendChild(el("span", typeName(t.type))); label.appendChild(el("span", t.count, "n"));
      li.appendChild(label);
      if (!t.count) li.className = "empty";
      tl.appendChild(li);
    });
    DATA.relations.forEach(function (r) {
      var li = el("li"), label = el("label"), box = el("input");
      box.type = "checkbox"; box.checked = !!relOn[r.type]; box.setAttribute("data-relation", r.type);
      box.addEventListener("change", function () { relOn[r.type] = box.checked; apply(); frame(); });
      label.appendChild(box); label.appendChild(el("span", relName(r))); label.appendChild(el("span", r.count, "n"));
      li.appendChild(label);
      rl.appendChild(li);
    });
  }
  legend();
  document.getElementById("lang").addEventListener("click", function () {
    lang = lang === "zh" ? "en" : "zh";
    this.textContent = lang === "zh" ? "EN" : "中文";
    legend();
  });

  /* ---- jurisdiction ------------------------------------------------------------------------------ */
  var jurSel = document.getElementById("jur"), jurCount = {};
  N.forEach(function (n) { if (n.j && HIER[n.type]) jurCount[n.j] = (jurCount[n.j] || 0) + 1; });
  Object.keys(jurCount).sort(function (a, b) { return jurCount[b] - jurCount[a] || (a < b ? -1 : 1); }).forEach(function (j) {
    var o = el("option", j + "（" + jurCount[j] + "）"); o.value = j; jurSel.appendChild(o);
  });
  jurSel.value = jur;
  jurSel.addEventListener("change", function () { jur = jurSel.value; apply(); frame(); });

  /* ---- time slider ----------------------------------------------------------------------------- */
  var slider = document.getElementById("slider"), when = document.getElementById("when"), playBtn = document.getElementById("play");
  function setSlider() { slider.max = String(periods[grain].length); }
  setSlider();
  function setPeriod(idx) {
    idx = Math.max(0, Math.min(idx, periods[grain].length));
    slider.value = String(idx);
    period = idx ? periods[grain][idx - 1] : null;
    when.textContent = period ? (grain === "y" ? period + "年" : period.replace("-", "年") + "月") : "全部时间";
    return apply();
  }
  slider.addEventListener("input", function () { setPeriod(parseInt(slider.value, 10)); });
  document.getElementById("grain").addEventListener("change", function () {
    var old = period;
    grain = this.value;
    setSlider();
    var idx = 0;
    if (old) periods[grain].forEach(function (p, k) { if (!idx && cmp(p, old) === 0) idx = k + 1; });
    setPeriod(idx);
  });
  var timer = null;
  playBtn.addEventListener("click", function () {
    if (timer) { clearInterval(timer); timer = null; playBtn.textContent = "▶"; return; }
    playBtn.textContent = "❚❚";
    if (parseInt(slider.value, 10) >= periods[grain].length) setPeriod(0);
    timer = setInterval(function () {
      var next = parseInt(slider.value, 10) + 1;
      if (next > periods[grain].length) { clearInterval(timer); timer = null; playBtn.textContent = "▶"; return; }
      setPeriod(next);
    }, grain === "y" ? 1200 : 400);
  });

  /* ---- side panel ---------------------------------------------------------------------------------- */
  var panel = document.getElementById("panel");
  function nodeLink(i, text) {
    var a = el("a", text || N[i].label, "node-link");
    a.href = "#"; a.setAttribute("data-node", N[i].id);
    a.addEventListener("click", function (ev) { ev.preventDefault(); focus(i); });
    return a;
  }
  function otherPeriod(d) { return period !== null && d && cmp(d, period) !== 0; }
  function terms(i) { return [N[i].label].concat(N[i].aliases); }
  function button(text, fn, cls) { var b = el("button", text, cls); b.type = "button"; b.addEventListener("click", fn); return b; }
  function field(dl, k, v) { if (v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); } }

  /* A person's posts in the order of `newskg roles` (first seen, then post name). */
  function career(i) {
    return (personTen[i] || []).slice().sort(function (a, b) {
      var ta = T[a], tb = T[b], la = N[ta.q].label, lb = N[tb.q].label;
      return (ta.f < tb.f ? -1 : ta.f > tb.f ? 1 : 0) || (la < lb ? -1 : la > lb ? 1 : 0);
    });
  }
  function related(i, type, dir) {
    var out = [];
    incident[i].forEach(function (eid) {
      var e = E[eid];
      if (e.type !== type || e[dir === "out" ? "from" : "to"] !== i) return;
      var j = dir === "out" ? e.to : e.from, ds = edgeDates(e).slice().sort();
      out.push({ node: j, dates: ds, edge: eid });
    });
    return out.sort(function (a, b) { return (a.dates[0] || "9999").localeCompare(b.dates[0] || "9999") || byLabel(a.node, b.node); });
  }
  function relatedList(title, items, cls) {
    if (!items.length) return;
    panel.appendChild(el("h3", title + "（" + items.length + "）"));
    var ul = el("ul", null, cls);
    items.forEach(function (x) {
      var li = el("li");
      li.appendChild(el("span", x.dates.length ? x.dates.join("、") : "日期不详", "date"));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(nodeLink(x.node));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }
  function heading(i) {
    var n = N[i], s = style(n.type), h = el("h2", n.label), tag = el("span", typeName(n.type), "type");
    tag.style.background = s.color; h.appendChild(tag);
    return h;
  }
  function actions(i) {
    var bar = el("div", null, "actions");
    bar.appendChild(button("展开邻居", function () { expand(i); }, "expand"));
    if (N[i].type === "Person") {
      bar.appendChild(button("设为路径起点", function () { document.getElementById("path-from").value = personKey(i); }));
      bar.appendChild(button("设为路径终点", function () { document.getElementById("path-to").value = personKey(i); }));
    }
    return bar;
  }
  function showPerson(i) {
    var n = N[i], dl = el("dl");
    panel.replaceChildren(heading(i), actions(i));
    field(dl, "辖区", n.j); field(dl, "别名", n.aliases.join("、")); field(dl, "首见", n.first); field(dl, "末见", n.last);
    panel.appendChild(dl);
    var rows = career(i);
    panel.appendChild(el("h3", "任职（" + rows.length + "）"));
    if (rows.length) {
      var table = el("table", null, "career"), head = el("tr");
      ["职务", "首见", "末见", "前任", "继任", "证据"].forEach(function (h) { head.appendChild(el("th", h)); });
      table.appendChild(head);
      rows.forEach(function (ti) {
        var t = T[ti], tr = el("tr"), post = el("td"), pred = el("td"), succ = el("td");
        tr.setAttribute("data-post", N[t.q].id);
        post.appendChild(nodeLink(t.q));
        if (t.eb) post.appendChild(el("div", "此前已卸任：" + t.eb + " 已见继任者", "hint"));
        if (t.pred !== undefined) pred.appendChild(nodeLink(T[t.pred].p)); else pred.textContent = t.single ? "—" : "";
        if (t.succ !== undefined) succ.appendChild(nodeLink(T[t.succ].p)); else succ.textContent = t.single ? "—" : "";
        tr.appendChild(post); tr.appendChild(el("td", t.f, "first")); tr.appendChild(el("td", t.l, "last"));
        tr.appendChild(pred); tr.appendChild(succ); tr.appendChild(el("td", t.n));
        table.appendChild(tr);
      });
      panel.appendChild(table);
    } else panel.appendChild(el("p", "没有任职记录。", "hint"));
    relatedList("主持会议", related(i, "chaired", "out"), "chaired");
    relatedList("调研项目", related(i, "inspected", "out"), "inspected");
    relatedList("出席会议", related(i, "attended", "out"), "attended");
    evidence(n.ev, terms(i));
  }
  function evidence(refs, ts) {
    if (!refs.length) return;
    panel.appendChild(el("h3", "证据（" + refs.length + " 条，按日期、按文档）"));
    panel.appendChild(EV.render(refs, DATA, ts, otherPeriod));
  }
  function showNode(i) {
    var n = N[i];
    if (n.type === "Person") { showPerson(i); return; }
    var dl = el("dl");
    panel.replaceChildren(heading(i), actions(i));
    field(dl, "辖区", n.j); field(dl, "别名", n.aliases.join("、")); field(dl, "首见", n.first); field(dl, "末见", n.last);
    var art = DATA.articles[n.id];
    if (art) { field(dl, "标题", art.h || "（无标题）"); field(dl, "日期", EV.dateText(art.d, art.b)); field(dl, "来源", art.src); }
    panel.appendChild(dl);
    if (n.type === "Post" && postTen[i]) {
      panel.appendChild(el("h3", "历任（" + postTen[i].length + "）"));
      var ol = el("ol", null, "succession");
      postTen[i].slice().sort(function (a, b) { return T[a].f < T[b].f ? -1 : T[a].f > T[b].f ? 1 : 0; }).forEach(function (ti) {
        var li = el("li"), t = T[ti];
        li.appendChild(nodeLink(t.p));
        li.appendChild(document.createTextNode(" " + t.f + (t.l !== t.f ? " — " + t.l : "") + (t.eb ? "（" + t.eb + " 前卸任）" : "")));
        ol.appendChild(li);
      });
      panel.appendChild(ol);
    }
    evidence(n.ev, terms(i));
  }
  function showEdge(id) {
    var e = E[id], dl = el("dl"), ts = tenureOf[e.from + "," + e.to], t = ts ? ts[0] : undefined;
    panel.replaceChildren(el("h2", N[e.from].label + " " + edgeLabel(e) + " " + N[e.to].label));
    field(dl, "关系", edgeLabel(e));
    if (e.type === "holds" && t !== undefined) {
      field(dl, "任期", T[t].f + (T[t].l !== T[t].f ? " — " + T[t].l : ""));
      if (T[t].eb) field(dl, "卸任于", T[t].eb + " 之前");
    } else field(dl, "日期", edgeDates(e).sort().join("、"));
    panel.appendChild(dl);
    if (e.ev.length) evidence(e.ev, terms(e.from).concat(terms(e.to)));
    else panel.appendChild(el("p", "此关系由名称推出，无原文证据。", "hint"));
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });

  /* ---- expand, focus, search, path ------------------------------------------------------- */
  function expand(i) {
    forced[i] = 1;
    incident[i].forEach(function (eid) { var e = E[eid]; forced[e.from] = 1; forced[e.to] = 1; relOn[e.type] = true; });
    legend();
    apply();
    network.selectNodes([i]);
    network.fit({ nodes: Object.keys(forced).map(Number).filter(function (k) { return state.vis[k]; }), animation: false });
    if (network.getScale() * FONT_PX < MIN_LABEL_PX) network.moveTo({ position: network.getPositions([i])[i], scale: MIN_LABEL_PX / FONT_PX + 0.001 });
    showNode(i);
  }
  var status = document.getElementById("search-status");
  function focus(i) {
    if (!state.vis[i]) { forced[i] = 1; apply(); }
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: false });
    showNode(i);
    status.textContent = "已定位：" + N[i].label;
    return i;
  }
  function describe(i) {
    var n = N[i], posts = career(i).map(function (ti) { return N[T[ti].q].label; });
    return typeName(n.type) + (n.j ? " · " + n.j : "") + (posts.length ? " · " + posts.slice(0, 3).join("、") : "");
  }
  function matches(q) {
    var exact = [], part = [];
    N.forEach(function (n) {
      var all = [n.label].concat(n.aliases);
      if (all.indexOf(q) >= 0 || n.id === q) exact.push(n.i);
      else if (all.some(function (a) { return a.indexOf(q) >= 0; })) part.push(n.i);
    });
    var rank = { Person: 0, Post: 1, Organization: 2 };
    var pool = exact.length ? exact : part;
    return pool.sort(function (a, b) { return (rank[N[a].type] === undefined ? 3 : rank[N[a].type]) - (rank[N[b].type] === undefined ? 3 : rank[N[b].type]) || N[b].w - N[a].w || a - b; });
  }
  function search(q) {
    q = (q || "").trim();
    if (!q) { status.textContent = ""; return null; }
    var found = matches(q);
    if (!found.length) { status.textContent = "未找到：" + q; return null; }
    if (found.length === 1) return focus(found[0]);
    status.textContent = "“" + q + "” 有 " + found.length + " 个结果，请选择";
    panel.replaceChildren(el("h2", "“" + q + "” 的 " + found.length + " 个结果"));
    var ul = el("ul", null, "choices");
    found.slice(0, 50).forEach(function (i) {
      var li = el("li");
      li.appendChild(nodeLink(i));
      li.appendChild(el("div", describe(i), "hint"));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    return found;
  }
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("search").value);
  });
  var names = document.getElementById("names"), seenName = {};
  N.forEach(function (n) {
    if (!HIER[n.type] && n.type !== "Project" && n.type !== "Meeting") return;
    [n.label].concat(n.aliases).forEach(function (a) {
      if (seenName[a] || names.childElementCount > 5000) return;
      seenName[a] = true;
      var o = el("option"); o.value = a; names.appendChild(o);
    });
  });

  /* People are named by label, or "label（place）" when two people share a name. */
  var nameCount = {}, keyOf = {}, byKey = {};
  N.forEach(function (n) { if (n.type === "Person") nameCount[n.label] = (nameCount[n.label] || 0) + 1; });
  function personKey(i) { return keyOf[i]; }
  var people = document.getElementById("people");
  N.forEach(function (n) {
    if (n.type !== "Person") return;
    var key = nameCount[n.label] > 1 ? n.label + "（" + (n.j || n.id) + "）" : n.label;
    if (byKey[key] !== undefined) key = n.label + "（" + n.id + "）";
    keyOf[n.i] = key; byKey[key] = n.i;
    if (people.childElementCount < 5000) { var o = el("option"); o.value = key; people.appendChild(o); }
  });
  function resolvePerson(q) {
    q = (q || "").trim();
    if (byKey[q] !== undefined) return byKey[q];
    var c = N.filter(function (n) { return n.type === "Person" && (n.label === q || n.id === q); });
    return c.length === 1 ? c[0].i : -1;
  }
  /* Shortest chain of real relations (no article or document hubs) between two nodes. */
  function shortestPath(a, b) {
    var prev = {}, prevEdge = {}, queue = [a], head = 0;
    prev[a] = a;
    while (head < queue.length) {
      var x = queue[head++];
      if (x === b) break;
      for (var k = 0; k < incident[x].length; k++) {
        var e = E[incident[x][k]], y = e.from === x ? e.to : e.from;
        if (HUB_RELS[e.type] || prev[y] !== undefined || N[y].type === "Article" || N[y].type === "Document") continue;
        prev[y] = x; prevEdge[y] = e.id; queue.push(y);
      }
    }
    if (prev[b] === undefined) return null;
    var nodesOut = [b], edgesOut = [];
    for (var z = b; z !== a; z = prev[z]) { edgesOut.unshift(prevEdge[z]); nodesOut.unshift(prev[z]); }
    return { nodes: nodesOut, edges: edgesOut };
  }
  function path(fromQ, toQ) {
    var a = resolvePerson(fromQ), b = resolvePerson(toQ);
    if (a < 0 || b < 0) { status.textContent = "路径：请选择两位人物（同名者带辖区）"; return null; }
    var p = shortestPath(a, b);
    panel.replaceChildren(el("h2", "关系路径：" + N[a].label + " → " + N[b].label));
    if (!p) { panel.appendChild(el("p", "两人之间没有经由任职、机构、会议或项目的关系。", "hint")); status.textContent = "无路径"; return []; }
    p.nodes.forEach(function (i) { forced[i] = 1; });
    p.edges.forEach(function (eid) { relOn[E[eid].type] = true; });
    legend();
    apply();
    network.setSelection({ nodes: p.nodes, edges: p.edges });
    network.fit({ nodes: p.nodes, animation: false });
    if (network.getScale() > 1.4) network.moveTo({ scale: 1.4 });
    var ol = el("ol", null, "path");
    p.nodes.forEach(function (i, k) {
      var li = el("li");
      li.appendChild(nodeLink(i));
      li.appendChild(el("span", " " + typeName(N[i].type), "hint"));
      if (k < p.edges.length) {
        var e = E[p.edges[k]];
        li.appendChild(el("div", (e.from === i ? "—" + edgeLabel(e) + "→" : "←" + edgeLabel(e) + "—"), "rel"));
      }
      ol.appendChild(li);
    });
    panel.appendChild(ol);
    status.textContent = "路径长度 " + p.edges.length;
    return p.nodes.map(function (i) { return N[i].id; });
  }
  document.getElementById("path-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    path(document.getElementById("path-from").value, document.getElementById("path-to").value);
  });

  /* ---- ready ------------------------------------------------------------------------------------------ */
  show();  // the state and layout of the first view are already computed
  frame();
  network.once("afterDrawing", function () { document.body.setAttribute("data-ready", "1"); });
  network.redraw();
  window.newskg = {
    network: network, nodes: nodes, edges: edges, data: DATA, focus: focus, search: search, path: path,
    expand: expand, setPeriod: setPeriod, periods: periods, applyFilters: apply,
    visibleNodeCount: function () { var c = 0; for (var i = 0; i < N.length; i++) c += state.vis[i]; return c; },
    visibleIds: function () { return N.filter(function (n) { return state.vis[n.i]; }).map(function (n) { return n.id; }); },
    /* drawn holds edges as [person id, post id, 2 attested | 1 presumed] */
    holdsShown: function () {
      return E.filter(function (e) { return e.type === "holds" && state.evis[e.id]; })
        .map(function (e) { return [N[e.from].id, N[e.to].id, state.evis[e.id]]; });
    },
    labelPx: function () { return network.getScale() * FONT_PX; }
  };
})();
