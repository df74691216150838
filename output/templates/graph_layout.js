/* newskg explorer layout: organisation blocks for whatever is drawn.

   Each root organisation is a block of rows: the organisation, its posts by rank (each followed by its
   holders, a person at the post they held last), its sub-organisations indented; nodes of other types sit in
   rows under the drawn node they hang from (a person first). Every item is as wide as its label, so labels
   never overlap; blocks are packed on shelves near the page's aspect ratio. */
(function () {
  "use strict";
  var FONT_PX = 14, ROW_H = 64, INDENT = 36, GAP = 26, BLOCK_GAP = 70, SPLIT = 12;
  var HIER = { Organization: 1, Post: 1, Person: 1 };

  /* ctx: N, E, T, incident, orgUp, postOrg, personTen, holdsEdge, tenureOf, under(place, top), jur. */
  function make(ctx) {
    var N = ctx.N, E = ctx.E, T = ctx.T, incident = ctx.incident, orgUp = ctx.orgUp, postOrg = ctx.postOrg;
    var personTen = ctx.personTen, holdsEdge = ctx.holdsEdge, tenureOf = ctx.tenureOf, under = ctx.under;
    var widthCache = {};
    function labelWidth(i) {
      if (widthCache[i] !== undefined) return widthCache[i];
      var s = N[i].short, w = 0;
      for (var k = 0; k < s.length; k++) w += s.charCodeAt(k) > 0x2e7f ? FONT_PX : 9;
      return (widthCache[i] = Math.max(w, 36) + 6);
    }
    function byLabel(a, b) { return N[a].label < N[b].label ? -1 : N[a].label > N[b].label ? 1 : a - b; }

    function layout(st) {
      var vis = st.vis, evis = st.evis, i;
      var kids = {}, posts = {}, holders = {}, extras = {}, roots = [], loosePosts = [], loosePeople = [], looseOther = {};
      function push(map, k, v) { (map[k] = map[k] || []).push(v); }
      function visibleUp(o, up) { var g = 0; while (o !== undefined && !vis[o] && g++ < 50) o = up[o]; return o !== undefined && vis[o] ? o : undefined; }
      for (i = 0; i < N.length; i++) {
        if (!vis[i]) continue;
        var t = N[i].type;
        if (t === "Organization") {
          var p = visibleUp(orgUp[i], orgUp);
          if (p !== undefined && p !== i) push(kids, p, i); else roots.push(i);
        } else if (t === "Post") {
          var o = postOrg[i] === undefined ? undefined : visibleUp(postOrg[i], orgUp);
          if (o !== undefined) push(posts, o, i); else loosePosts.push(i);
        } else if (t === "Person") {
          var best = -1;
          (personTen[i] || []).forEach(function (ti) {
            var tt = T[ti], eid = holdsEdge[tt.p + "," + tt.q];
            if (!vis[tt.q] || eid === undefined || !evis[eid]) return;
            if (best < 0 || tt.l > T[best].l || (tt.l === T[best].l && (N[tt.q].r || 0) < (N[T[best].q].r || 0))) best = ti;
          });
          if (best >= 0) push(holders, T[best].q, i); else loosePeople.push(i);
        }
      }
      for (i = 0; i < N.length; i++) {  // other nodes hang from a drawn neighbour: a person first
        if (!vis[i] || HIER[N[i].type]) continue;
        var anchor = -1, rank = 9;
        incident[i].forEach(function (eid) {
          var e = E[eid], j = e.from === i ? e.to : e.from, r = { Person: 0, Post: 1, Organization: 2 }[N[j].type];
          if (vis[j] && evis[eid] && r !== undefined && r < rank) { rank = r; anchor = j; }
        });
        if (anchor >= 0) push(extras, anchor, i); else push(looseOther, N[i].type, i);
      }
      var sizes = {};
      function size(o, seen) {  /* posts at or below o, once per layout */
        if (sizes[o] !== undefined) return sizes[o];
        seen = seen || {};
        if (seen[o]) return 0;  // a cycle of sub_organization_of edges
        seen[o] = 1;
        var n = (posts[o] || []).length + (kids[o] || []).reduce(function (s, k) { return s + size(k, seen); }, 0);
        return (sizes[o] = n);
      }
      var sizeOf = {};
      roots.forEach(function (o) { sizeOf[o] = size(o); });
      roots.sort(function (a, b) {
        var ma = under(N[a].j, ctx.jur()) ? 0 : 1, mb = under(N[b].j, ctx.jur()) ? 0 : 1;
        return ma - mb || sizeOf[b] - sizeOf[a] || byLabel(a, b);
      });
      var maxRow = 900;
      function rowsOf(items, indent, rows) {  // items wrapped at maxRow
        var row = { indent: indent, items: [] }, w = indent * INDENT;
        items.forEach(function (it) {
          var iw = labelWidth(it) + GAP;
          if (row.items.length && w + iw > maxRow) { rows.push(row); row = { indent: indent + 1, items: [] }; w = (indent + 1) * INDENT; }
          row.items.push(it); w += iw;
        });
        if (row.items.length) rows.push(row);
      }
      function extraRows(anchor, indent, rows) {
        var xs = extras[anchor];
        if (!xs) return;
        xs.sort(function (a, b) { return N[a].type < N[b].type ? -1 : N[a].type > N[b].type ? 1 : byLabel(a, b); });
        rowsOf(xs, indent, rows);
      }
      function holderOrder(q) {
        return (holders[q] || []).sort(function (a, b) {
          var ta = T[tenureOf[a + "," + q][0]], tb = T[tenureOf[b + "," + q][0]];
          return (ta.f < tb.f ? -1 : ta.f > tb.f ? 1 : 0) || byLabel(a, b);
        });
      }
      function postRows(q, indent, rows) {
        var hs = holderOrder(q);
        rowsOf([q].concat(hs), indent, rows);
        extraRows(q, indent + 1, rows);
        hs.forEach(function (h) { extraRows(h, indent + 1, rows); });
      }
      var done = {}, blocks = [];
      /* An organisation with more than SPLIT posts below it gives each sub-organisation that has posts a
         block of its own (a province's cities side by side instead of one very tall column). */
      function orgRows(o, indent, rows, later) {
        if (done[o]) return;
        done[o] = 1;
        rowsOf([o], indent, rows);
        extraRows(o, indent + 1, rows);
        (posts[o] || []).sort(function (a, b) { return (N[a].r || 0) - (N[b].r || 0) || byLabel(a, b); })
          .forEach(function (q) { postRows(q, indent + 1, rows); });
        var split = size(o) > SPLIT;
        (kids[o] || []).sort(function (a, b) { return size(b) - size(a) || byLabel(a, b); })
          .forEach(function (k) { if (split && size(k)) later.push(k); else orgRows(k, indent + 1, rows, later); });
      }
      function emit(o) {
        if (done[o]) return;
        var rows = [], later = [];
        orgRows(o, 0, rows, later);
        blocks.push(rows);
        later.forEach(emit);
      }
      roots.forEach(emit);
      Object.keys(kids).forEach(function (o) { kids[o].forEach(emit); });  // organisations on a cycle
      if (loosePosts.length) {
        var rows = [];
        loosePosts.sort(function (a, b) { return (N[a].r || 0) - (N[b].r || 0) || byLabel(a, b); })
          .forEach(function (q) { postRows(q, 0, rows); });
        blocks.push(rows);
      }
      if (loosePeople.length) {
        var pr = [];
        loosePeople.sort(byLabel);
        rowsOf(loosePeople.filter(function (h) { return !extras[h]; }), 0, pr);
        loosePeople.forEach(function (h) { if (extras[h]) { rowsOf([h], 0, pr); extraRows(h, 1, pr); } });
        blocks.push(pr);
      }
      Object.keys(looseOther).sort().forEach(function (t) {
        var r = [];
        rowsOf(looseOther[t].sort(byLabel), 0, r);
        blocks.push(r);
      });
      /* blocks packed on shelves, the shelf width near the page's aspect ratio */
      var dims = blocks.map(function (rows) {
        var w = 0;
        rows.forEach(function (r) {
          r.w = r.indent * INDENT + r.items.reduce(function (s, it) { return s + labelWidth(it) + GAP; }, 0);
          w = Math.max(w, r.w);
        });
        return { w: w, h: rows.length * ROW_H };
      });
      var area = dims.reduce(function (s, d) { return s + (d.w + BLOCK_GAP) * (d.h + BLOCK_GAP); }, 0);
      var box = document.getElementById("network"), aspect = Math.max(0.6, (box.clientWidth || 1000) / (box.clientHeight || 700));
      var shelfW = Math.max(Math.sqrt(area * aspect), dims.reduce(function (m, d) { return Math.max(m, d.w); }, 0));
      var pos = {}, x = 0, y = 0, shelfH = 0, origins = [];
      blocks.forEach(function (rows, b) {
        var d = dims[b];
        if (x > 0 && x + d.w > shelfW) { x = 0; y += shelfH + BLOCK_GAP; shelfH = 0; }
        origins.push({ x: x, y: y, w: d.w, h: d.h });
        rows.forEach(function (r, k) {
          var cx = x + r.indent * INDENT;
          r.items.forEach(function (it) {
            var w = labelWidth(it) + GAP;
            pos[it] = { x: Math.round(cx + w / 2), y: y + k * ROW_H };
            cx += w;
          });
        });
        x += d.w + BLOCK_GAP;
        shelfH = Math.max(shelfH, d.h);
      });
      return { pos: pos, blocks: origins };
    }
    return { layout: layout, byLabel: byLabel, labelWidth: labelWidth };
  }

  window.NewskgLayout = { make: make, FONT_PX: FONT_PX };
})();
