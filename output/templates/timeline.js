/* newskg timeline: rows by organisation tree, posts by rank, tenures as bars, attestations at their precision.
   Text goes through textContent only. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("newskg-data").textContent);
  var EV = window.NewskgEvidence, el = EV.el;
  var posts = DATA.posts, orgs = DATA.orgs, T = DATA.tenures, places = DATA.places || {};
  var rowsBox = document.getElementById("rows"), panel = document.getElementById("panel");
  var LABEL_W = 260, NAME_PX = 12, LANE_PX = 32;

  function parse(d) {  // [start, end) in ms of an ISO date at its own precision
    var p = d.split("-").map(Number), y = p[0];
    if (p.length === 1) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
    if (p.length === 2) return [Date.UTC(y, p[1] - 1, 1), Date.UTC(y, p[1], 1)];
    return [Date.UTC(y, p[1] - 1, p[2]), Date.UTC(y, p[1] - 1, p[2] + 1)];
  }
  var lo = DATA.years.length ? Date.UTC(DATA.years[0], 0, 1) : 0;
  var hi = DATA.years.length ? Date.UTC(DATA.years[1] + 1, 0, 1) : 1;
  function pct(ms) { return 100 * (ms - lo) / (hi - lo); }
  function under(j, top) { var g = 0; while (j && g++ < 50) { if (j === top) return true; j = places[j]; } return false; }

  /* ---- axis ------------------------------------------------------------------------------------ */
  var axis = document.querySelector("#axis .track");
  if (DATA.years.length) {
    for (var y = DATA.years[0]; y <= DATA.years[1]; y++) {
      var t = el("span", y + "年", "tick");
      t.style.left = pct(Date.UTC(y, 0, 1)) + "%";
      axis.appendChild(t);
    }
  }

  /* ---- rows -------------------------------------------------------------------------------------- */
  var byPost = posts.map(function () { return []; });
  T.forEach(function (t, i) { byPost[t.q].push(i); });
  var trackPx = Math.max(600, (document.getElementById("timeline").clientWidth || 1000) - LABEL_W - 30);
  var rowEls = [], orgRowEls = {}, tenureEls = [];

  function nameWidthPct(s) { var w = 0; for (var k = 0; k < s.length; k++) w += s.charCodeAt(k) > 0x2e7f ? NAME_PX : 7; return 100 * (w + 8) / trackPx; }

  function tenureRow(q) {
    var row = el("div", null, "row post"), label = el("div", posts[q].label, "label"), track = el("div", null, "track");
    row.setAttribute("data-post", posts[q].id);
    label.title = posts[q].label + (posts[q].j ? "（" + posts[q].j + "）" : "");
    row.appendChild(label); row.appendChild(track);
    var laneEnds = [];
    byPost[q].forEach(function (ti) {
      var t = T[ti], a = parse(t.f)[0], b = parse(t.l)[1], left = pct(a), right = pct(b);
      var nameW = nameWidthPct(t.person), extentEnd = Math.max(right, left + nameW) + 0.3, lane = 0;
      while (lane < laneEnds.length && laneEnds[lane] > left) lane++;
      laneEnds[lane] = extentEnd;
      var box = el("div", null, "tenure");
      box.setAttribute("data-tenure", String(ti)); box.setAttribute("data-person", t.pid);
      box.style.left = left + "%"; box.style.width = (right - left) + "%"; box.style.top = (lane * LANE_PX + 1) + "px";
      box.title = t.person + " · " + posts[q].label + "：" + t.f + (t.l !== t.f ? " — " + t.l : "") + "（" + t.n + " 条证据）" + (t.eb ? "；" + t.eb + " 前卸任" : "");
      var bar = el("div", null, "bar");
      bar.style.left = "0"; bar.style.right = "0";
      box.appendChild(bar);
      var name = el("span", t.person, "name");
      if (left + nameW > 100) name.style.right = "0"; else name.style.left = "0";
      box.appendChild(name);
      t.obs.forEach(function (o) {
        var r = parse(o[0]), dot = el("div", null, "obs " + (o[0].length >= 10 ? "day" : o[0].length === 7 ? "month" : "year"));
        var span = right - left || 1;
        dot.style.left = (100 * (pct(r[0]) - left) / span) + "%";
        if (o[0].length < 10) dot.style.width = (100 * (pct(r[1]) - pct(r[0])) / span) + "%";
        dot.title = o[0] + "：" + o[1].length + " 条证据";
        dot.setAttribute("data-date", o[0]);
        dot.addEventListener("click", function (ev) { ev.stopPropagation(); show(ti, o[0]); });
        box.appendChild(dot);
      });
      box.addEventListener("click", function () { show(ti, null); });
      track.appendChild(box);
      tenureEls[ti] = box;
      if (t.sa) {
        var sa = el("div", null, "sa");
        sa.style.left = pct(parse(t.sa)[1]) + "%";
        sa.style.top = (lane * LANE_PX + 1) + "px";
        sa.title = t.person + " 此后上任：前任末见于 " + t.sa;
        track.appendChild(sa);
      }
      if (t.eb) {
        var m = el("div", null, "eb");
        m.style.left = pct(parse(t.eb)[0]) + "%";
        m.style.top = (lane * LANE_PX + 1) + "px";
        m.title = t.person + " 此前已卸任：" + t.eb + " 已见继任者";
        track.appendChild(m);
      }
    });
    track.style.height = Math.max(1, laneEnds.length) * LANE_PX + 2 + "px";
    if (!byPost[q].length) track.appendChild(el("span", "无带日期的任职记录", "hint"));
    return row;
  }

  var frag = document.createDocumentFragment(), lastOrg = -2, orgChain = {};
  orgs.forEach(function (o, i) { orgChain[i] = o.parent; });
  posts.forEach(function (p, q) {
    if (p.org !== lastOrg) {
      var chain = [], o = p.org;
      while (o >= 0 && o !== undefined) { chain.unshift(o); o = orgChain[o]; }
      chain.forEach(function (c) {  // headers of the organisations above, once each
        if (orgRowEls[c]) return;
        var r = el("div", null, "row org"), lab = el("div", "\u3000".repeat(orgs[c].depth) + orgs[c].label, "label");
        r.setAttribute("data-org", orgs[c].id);
        r.appendChild(lab);
        orgRowEls[c] = r;
        frag.appendChild(r);
      });
      if (p.org < 0 && !orgRowEls[-1]) {
        var other = el("div", null, "row org");
        other.appendChild(el("div", "（机构不详）", "label"));
        orgRowEls[-1] = other; frag.appendChild(other);
      }
      lastOrg = p.org;
    }
    var row = tenureRow(q);
    rowEls[q] = row;
    frag.appendChild(row);
  });
  rowsBox.appendChild(frag);
  if (!posts.length) rowsBox.appendChild(el("p", "图中没有职务节点（Post），因此没有任职时间线。", "empty"));

  /* ---- filters ------------------------------------------------------------------------------------ */
  var q = document.getElementById("q"), jurSel = document.getElementById("jur"), orgSel = document.getElementById("org");
  var jurs = {};
  posts.forEach(function (p) { if (p.j) jurs[p.j] = (jurs[p.j] || 0) + 1; });
  Object.keys(jurs).sort(function (a, b) { return jurs[b] - jurs[a] || (a < b ? -1 : 1); }).forEach(function (j) {
    var o = el("option", j + "（" + jurs[j] + "）"); o.value = j; jurSel.appendChild(o);
  });
  var withPosts = {};
  posts.forEach(function (p) { var o = p.org; while (o >= 0 && o !== undefined) { withPosts[o] = 1; o = orgChain[o]; } });
  orgs.forEach(function (o, i) {
    if (!withPosts[i]) return;
    var opt = el("option", "\u3000".repeat(o.depth) + o.label); opt.value = String(i); orgSel.appendChild(opt);
  });
  function inOrg(o, top) { var g = 0; while (o >= 0 && o !== undefined && g++ < 50) { if (o === top) return true; o = orgChain[o]; } return false; }

  function filter() {
    var text = q.value.trim(), j = jurSel.value, org = orgSel.value === "" ? null : parseInt(orgSel.value, 10);
    var shownOrgs = {}, nPosts = 0, nTen = 0;
    posts.forEach(function (p, k) {
      var ok = (!j || under(p.j, j)) && (org === null || inOrg(p.org, org)), hit = false;
      byPost[k].forEach(function (ti) {
        var m = !!text && T[ti].person.indexOf(text) >= 0;
        tenureEls[ti].classList.toggle("hit", m);
        hit = hit || m;
      });
      if (ok && text && !hit && p.label.indexOf(text) < 0) ok = false;
      rowEls[k].hidden = !ok;
      if (ok) {
        nPosts++; nTen += byPost[k].length;
        var o = p.org;
        while (o !== undefined) { shownOrgs[o] = 1; if (o < 0) break; o = orgChain[o]; }
      }
    });
    Object.keys(orgRowEls).forEach(function (o) { orgRowEls[o].hidden = !shownOrgs[o]; });
    document.getElementById("summary").textContent = "显示 " + nPosts + " / " + posts.length + " 个职务，" + nTen + " 段任职";
    return nPosts;
  }
  [q, jurSel, orgSel].forEach(function (c) { c.addEventListener(c === q ? "input" : "change", filter); });

  /* ---- evidence --------------------------------------------------------------------------------- */
  var selected = null;
  function show(ti, date) {
    var t = T[ti], dl = el("dl");
    if (selected !== null && tenureEls[selected]) tenureEls[selected].classList.remove("selected");
    selected = ti; tenureEls[ti].classList.add("selected");
    panel.replaceChildren(el("h2", t.person + " · " + posts[t.q].label));
    function field(k, v) { if (v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); } }
    field("任期", t.f + (t.l !== t.f ? " — " + t.l : ""));
    field("上任", t.sa ? t.sa + " 之后（前任末见）" : "");
    field("卸任", t.eb ? t.eb + " 之前（其时已见继任者）" : "");
    field("证据", t.n + " 条");
    field("辖区", posts[t.q].j);
    panel.appendChild(dl);
    var refs = [];
    t.obs.forEach(function (o) { if (!date || o[0] === date) o[1].forEach(function (r) { if (refs.indexOf(r) < 0) refs.push(r); }); });
    panel.appendChild(el("h3", date ? date + " 的证据" : "全部证据（按日期、按文档）"));
    panel.appendChild(EV.render(refs, DATA, [t.person, posts[t.q].label]));
    return refs.length;
  }

  filter();
  document.body.setAttribute("data-ready", "1");
  window.newskgTimeline = {
    data: DATA, filter: filter, show: show,
    visiblePosts: function () { return posts.filter(function (p, k) { return !rowEls[k].hidden; }).map(function (p) { return p.id; }); }
  };
})();
