// Page behaviour shared by every view: settle-then-stop physics, search, legend and plan filters.
// window.plangraph.settled tells tests and the benchmark when the graph is drawn and still.
(function () {
  var state = (window.plangraph = { settled: false, settledAt: null, physics: !!(options.physics && options.physics.enabled) });
  var progress = document.getElementById("plangraph-progress");
  var progressText = progress.querySelector("span");

  function markSettled() {
    if (state.settled) return;
    network.once("afterDrawing", function () {
      showZoomHint();
      state.settled = true;
      state.settledAt = performance.now();
      progress.hidden = true;
      document.body.setAttribute("data-settled", "true");
    });
    network.redraw();
  }
  // Labels under options.nodes.scaling.label.drawThreshold on screen are not drawn (unreadable);
  // say so while any are hidden, so nobody takes a bare dot for a node without a name.
  var zoomHint = document.getElementById("plangraph-zoom-hint");
  var smallestFont = nodes.get().reduce(function (least, node) {
    return node.label ? Math.min(least, (node.font && node.font.size) || options.nodes.font.size) : least;
  }, Infinity);
  function showZoomHint() {
    var threshold = options.nodes.scaling.label.drawThreshold;
    state.labelsHidden = smallestFont * network.getScale() < threshold;
    zoomHint.hidden = !state.labelsHidden;
  }
  network.on("zoom", showZoomHint);
  function stopPhysics() {
    network.setOptions({ physics: { enabled: false } });
    markSettled();
  }
  if (state.physics && nodes.length > 0) {
    network.on("stabilizationProgress", function (p) {
      progressText.textContent = Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", stopPhysics);
    setTimeout(stopPhysics, 20000); // never keep a slow machine busy: stop wherever it got to
  } else {
    progress.hidden = true;
    markSettled();
  }

  function flatText(node) {
    return ((node.label || "").replace(/\n/g, "") + "\n" + (node.search || "")).toLowerCase();
  }
  var search = document.getElementById("plangraph-search");
  var searchCount = document.getElementById("plangraph-search-count");
  search.addEventListener("input", function () {
    var query = Array.from(search.value.trim().toLowerCase()).map(function (c) { return folds[c] || c; }).join("");
    if (!query) {
      network.unselectAll();
      searchCount.textContent = "";
      return;
    }
    var ids = nodes.getIds({
      filter: function (node) { return !node.hidden && flatText(node).indexOf(query) !== -1; },
    });
    network.selectNodes(ids, false);
    searchCount.textContent = ids.length + " 个匹配 matches";
    if (ids.length) {
      network.fit({ nodes: ids, animation: false });
      if (network.getScale() > 1.2) network.moveTo({ scale: 1.2 });
      showZoomHint();
    }
  });

  var kindBoxes = Array.prototype.slice.call(document.querySelectorAll(".plangraph-legend input[data-kind]"));
  var planSelect = document.getElementById("plangraph-plan");
  function applyFilters() {
    var hiddenKinds = {};
    kindBoxes.forEach(function (box) { if (!box.checked) hiddenKinds[box.getAttribute("data-kind")] = true; });
    var plan = planSelect ? planSelect.value : "";
    nodes.update(nodes.map(function (node) {
      var outsidePlan = plan !== "" && node.id !== plan && (node.plans || []).indexOf(plan) === -1;
      return { id: node.id, hidden: !!hiddenKinds[node.kind] || outsidePlan };
    }));
  }
  kindBoxes.forEach(function (box) { box.addEventListener("change", applyFilters); });
  if (planSelect) planSelect.addEventListener("change", applyFilters);
  document.getElementById("plangraph-fit").addEventListener("click", function () { network.fit(); showZoomHint(); });

  // A node carrying ``details`` (the names a chapter groups) lists them beside the drawing on click.
  var details = document.getElementById("plangraph-details");
  network.on("click", function (params) {
    var node = params.nodes.length ? nodes.get(params.nodes[0]) : null;
    details.hidden = !(node && node.details);
    if (!details.hidden) details.querySelector("div").textContent = node.details;
  });
  details.querySelector("button").addEventListener("click", function () { details.hidden = true; });

  // The drawing as a PNG for a slide: the canvas on a white ground (vis-network leaves it transparent).
  state.pngDataUrl = function () {
    var source = document.querySelector("#mynetwork canvas");
    var copy = document.createElement("canvas");
    copy.width = source.width;
    copy.height = source.height;
    var context = copy.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    return copy.toDataURL("image/png");
  };
  document.getElementById("plangraph-png").addEventListener("click", function () {
    var link = document.createElement("a");
    link.href = state.pngDataUrl();
    link.download = document.body.getAttribute("data-view") + ".png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // Where each label is drawn, in page pixels, and at what font size: what a viewer can read.
  // vis-network skips a label whose on-screen size is under the draw threshold (``drawn`` false);
  // ``named`` marks plan titles and chapter names, which must be readable without zooming.
  state.labelBoxes = function () {
    var scale = network.getScale();
    var stage = document.getElementById("mynetwork").getBoundingClientRect();
    var threshold = options.nodes.scaling.label.drawThreshold;
    return nodes.get({ filter: function (node) { return !node.hidden && !!node.label; } }).map(function (node) {
      var label = network.body.nodes[node.id].labelModule;
      var corner = network.canvasToDOM({ x: label.size.left, y: label.size.top });
      var px = label.fontOptions.size * scale;
      return {
        id: node.id, kind: node.kind, named: !!node.named, text: node.label, px: px, drawn: px >= threshold,
        left: corner.x + stage.left, top: corner.y + stage.top,
        width: label.size.width * scale, height: label.size.height * scale,
      };
    });
  };
  state.stageBox = function () {
    var r = document.getElementById("mynetwork").getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };

  // Served by the API, a double-click opens the node's own page; a file on disk has nowhere to go.
  if (location.protocol.indexOf("http") === 0) {
    document.getElementById("plangraph-hint").hidden = false;
    network.on("doubleClick", function (params) {
      var node = params.nodes.length ? nodes.get(params.nodes[0]) : null;
      if (node && node.href) location.href = node.href;
    });
  }
})();
