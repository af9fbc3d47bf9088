// The network page: a small force-directed layout on a canvas (no library).
// Repulsion between all pairs (fine up to ~1000 nodes), springs along edges, gravity to the centre.
"use strict";
(function () {
  const canvas = document.getElementById("graph");
  if (!canvas) return;
  const info = document.getElementById("graph-info");
  const ctx = canvas.getContext("2d");
  const COLORS = { person: "#c2410c", organisation: "#1d4ed8", enterprise: "#a16207" };
  let nodes = [], edges = [], byId = new Map(), ranked = [];
  let view = { x: 0, y: 0, k: 1 }, hover = null, drag = null, alpha = 1, W = 0, H = 0;

  function seeded(seed) { let s = seed; return () => ((s = (s * 16807) % 2147483647) / 2147483647); }

  function resize() {
    const r = canvas.getBoundingClientRect(), dpr = window.devicePixelRatio || 1;
    W = r.width; H = r.height;
    canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  function init(data) {
    const rand = seeded(42);
    nodes = data.nodes.map((n, i) => {
      const a = rand() * Math.PI * 2, r = 40 + Math.sqrt(i) * 18;
      return { ...n, x: Math.cos(a) * r, y: Math.sin(a) * r, vx: 0, vy: 0, r: 4, nb: new Set() };
    });
    const maxDeg = Math.max(1, ...nodes.map(n => n.degree));
    for (const n of nodes) n.r = 3.5 + 10 * Math.sqrt(n.degree / maxDeg);
    byId = new Map(nodes.map(n => [n.id, n]));
    edges = data.edges.filter(e => byId.has(e.source) && byId.has(e.target))
      .map(e => ({ ...e, s: byId.get(e.source), t: byId.get(e.target) }));
    for (const e of edges) { e.s.nb.add(e.t); e.t.nb.add(e.s); }
    ranked = [...nodes].sort((a, b) => b.degree - a.degree);
    info.textContent = nodes.length + " entities, " + edges.length + " links" + (nodes.length ? "" : " — no claims link two entities under these filters");
    alpha = 1;
    for (let i = 0; i < 120 && nodes.length; i++) { step(); alpha *= 0.985; }
    fit();
    requestAnimationFrame(tick);
  }

  function step() {
    const n = nodes.length, rep = 900 * Math.max(1, Math.sqrt(n / 40)), spring = 0.04, len = 70, grav = 0.012;
    for (let i = 0; i < n; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        if (d2 > 250000) continue;
        const d = Math.sqrt(d2), gap = d - a.r - b.r - 6;
        const f = rep / d2 + (gap < 0 ? -gap * 0.5 : 0);
        dx /= d; dy /= d;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const e of edges) {
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (d - len) * spring * Math.min(2, 1 + Math.log(e.weight) / 3);
      e.s.vx += dx / d * f; e.s.vy += dy / d * f; e.t.vx -= dx / d * f; e.t.vy -= dy / d * f;
    }
    for (const a of nodes) {
      a.vx -= a.x * grav; a.vy -= a.y * grav;
      if (a === drag) { a.vx = a.vy = 0; continue; }
      const v = Math.sqrt(a.vx * a.vx + a.vy * a.vy), cap = 30 * alpha + 1;
      if (v > cap) { a.vx *= cap / v; a.vy *= cap / v; }
      a.x += a.vx * alpha; a.y += a.vy * alpha; a.vx *= 0.5; a.vy *= 0.5;
    }
  }

  function draw() {
    ctx.clearRect(0, 0, W, H);
    ctx.save();
    ctx.translate(view.x, view.y); ctx.scale(view.k, view.k);
    for (const e of edges) {
      const lit = hover && (e.s === hover || e.t === hover);
      ctx.strokeStyle = lit ? "rgba(31,35,40,.85)" : "rgba(90,100,115,.45)";
      ctx.lineWidth = (lit ? 1.6 : 1) * Math.min(4, 0.8 + Math.log(e.weight + 1)) / view.k;
      ctx.setLineDash(e.confirmed ? [] : [4 / view.k, 3 / view.k]);
      ctx.beginPath(); ctx.moveTo(e.s.x, e.s.y); ctx.lineTo(e.t.x, e.t.y); ctx.stroke();
    }
    ctx.setLineDash([]);
    for (const n of nodes) {
      const dim = hover && n !== hover && !hover.nb.has(n);
      ctx.globalAlpha = dim ? 0.25 : 1;
      ctx.fillStyle = COLORS[n.type] || "#555";
      ctx.beginPath(); ctx.arc(n.x, n.y, n.r, 0, Math.PI * 2); ctx.fill();
      ctx.strokeStyle = "#fff"; ctx.lineWidth = 1.5 / view.k; ctx.stroke();
    }
    ctx.globalAlpha = 1;
    ctx.font = (12 / view.k) + "px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    // Labels, most connected first, each only where it overlaps no label already drawn.
    const boxes = [], pad = 2 / view.k, h = 14 / view.k;
    const candidates = hover ? [hover, ...ranked.filter(n => hover.nb.has(n))] : ranked;
    for (const n of candidates) {
      const x = n.x + n.r + 3 / view.k, w = ctx.measureText(n.name).width;
      const box = [x - pad, n.y - h / 2, x + w + pad, n.y + h / 2];
      if (n !== hover && boxes.some(b => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
      boxes.push(box);
      ctx.lineWidth = 3 / view.k; ctx.strokeStyle = "rgba(255,255,255,.9)"; ctx.strokeText(n.name, x, n.y);
      ctx.fillStyle = n === hover ? "#000" : "#1f2328"; ctx.fillText(n.name, x, n.y);
      if (boxes.length > 400) break;
    }
    ctx.restore();
  }

  function fit() {
    if (!nodes.length) { view = { x: W / 2, y: H / 2, k: 1 }; return; }
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const n of nodes) { x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y); }
    const pad = 90, k = Math.min(2.2, (W - 2 * pad) / Math.max(1, x1 - x0), (H - 2 * pad) / Math.max(1, y1 - y0));
    view = { k, x: W / 2 - (x0 + x1) / 2 * k, y: H / 2 - (y0 + y1) / 2 * k };
  }

  function tick() {
    if (alpha > 0.02) { step(); alpha *= 0.985; if (alpha <= 0.02 && !drag) fit(); }
    draw();
    if (alpha > 0.02 || drag) requestAnimationFrame(tick);
  }

  function toWorld(ev) {
    const r = canvas.getBoundingClientRect();
    return { x: (ev.clientX - r.left - view.x) / view.k, y: (ev.clientY - r.top - view.y) / view.k };
  }
  function nodeAt(p) {
    let best = null, bd = Infinity;
    for (const n of nodes) {
      const d = Math.hypot(n.x - p.x, n.y - p.y);
      if (d < n.r + 4 / view.k && d < bd) { best = n; bd = d; }
    }
    return best;
  }

  let pan = null, moved = false;
  canvas.addEventListener("mousedown", ev => {
    const p = toWorld(ev), n = nodeAt(p);
    moved = false;
    if (n) { drag = n; alpha = Math.max(alpha, 0.3); requestAnimationFrame(tick); }
    else pan = { x: ev.clientX - view.x, y: ev.clientY - view.y };
  });
  window.addEventListener("mousemove", ev => {
    if (drag) { const p = toWorld(ev); drag.x = p.x; drag.y = p.y; moved = true; return; }
    if (pan) { view.x = ev.clientX - pan.x; view.y = ev.clientY - pan.y; moved = true; draw(); return; }
    if (ev.target !== canvas) return;
    const n = nodeAt(toWorld(ev));
    if (n !== hover) { hover = n; canvas.style.cursor = n ? "pointer" : "grab"; draw(); }
  });
  window.addEventListener("mouseup", ev => {
    if (drag && !moved && ev.target === canvas) window.location.href = "/entities/" + encodeURIComponent(drag.id);
    drag = null; pan = null;
  });
  canvas.addEventListener("wheel", ev => {
    ev.preventDefault();
    const r = canvas.getBoundingClientRect(), mx = ev.clientX - r.left, my = ev.clientY - r.top;
    const k = Math.min(8, Math.max(0.15, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.x = mx - (mx - view.x) * k / view.k; view.y = my - (my - view.y) * k / view.k; view.k = k;
    draw();
  }, { passive: false });
  window.addEventListener("resize", () => { resize(); draw(); });

  resize();
  window.letopis.json(canvas.dataset.src).then(init).catch(err => { info.textContent = "Could not load the graph: " + err.message; });
  // A small handle for tests and the curious: settle the layout at once, find a node on screen.
  window.letopisGraph = {
    nodes: () => nodes.map(n => ({ id: n.id, name: n.name, type: n.type, degree: n.degree })),
    settle() { for (let i = 0; i < 400; i++) { step(); alpha *= 0.985; } alpha = 0; fit(); draw(); },
    at(id) {
      const n = byId.get(id), r = canvas.getBoundingClientRect();
      return n ? { x: r.left + view.x + n.x * view.k, y: r.top + view.y + n.y * view.k } : null;
    },
  };
})();
