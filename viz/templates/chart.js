// What every ECharts page shares: draw into #plangraph-canvas, say when it is drawn, download the
// chart as PNG or SVG, and report where each text label is drawn (``plangraph.labelBoxes()``), as the
// graph pages do, so the browser tests read every view the same way.
function plangraphChart(option, height, named) {
  var state = (window.plangraph = { settled: false });
  var holder = document.getElementById("plangraph-canvas");
  holder.style.height = height + "px";
  option.animation = false;
  option.textStyle = { fontFamily: getComputedStyle(document.body).fontFamily, fontSize: 13 };
  function render(renderer) {
    var element = holder;
    if (renderer === "svg") {  // an unseen copy in vector form, for the SVG download only
      element = document.createElement("div");
      element.style.cssText = "position:absolute;left:-99999px;width:" + holder.clientWidth + "px;height:" + height + "px";
      document.body.appendChild(element);
    }
    var drawn = echarts.init(element, null, { renderer: renderer });
    if (renderer === "canvas") drawn.on("finished", function () {
      state.settled = true;
      document.body.setAttribute("data-settled", "true");
    });
    drawn.setOption(option);
    return drawn;
  }
  var main = render("canvas");
  function save(url, name) {
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  state.chart = main;
  state.pngDataUrl = function () { return main.getDataURL({ type: "png", backgroundColor: "#ffffff", pixelRatio: 2 }); };
  state.svgDataUrl = function () {
    var svg = render("svg");
    var url = svg.getDataURL({ type: "svg" });
    svg.getDom().remove();
    svg.dispose();
    return url;
  };
  var name = document.body.getAttribute("data-view");
  document.getElementById("plangraph-png").addEventListener("click", function () { save(state.pngDataUrl(), name + ".png"); });
  document.getElementById("plangraph-svg").addEventListener("click", function () { save(state.svgDataUrl(), name + ".svg"); });

  // Every text zrender draws, in page pixels, with its on-screen font size. ``kind`` is "Plan" or
  // "Section" when the text is (a line of) a plan title or chapter name the page names in ``named``.
  function kindOf(text) {
    var found = "label";
    Object.keys(named).forEach(function (kind) {
      named[kind].forEach(function (whole) { if (text && whole.indexOf(text) !== -1) found = kind; });
    });
    return found;
  }
  state.labelBoxes = function () {
    var origin = holder.getBoundingClientRect();
    var boxes = [];
    main.getZr().storage.getDisplayList().forEach(function (element) {
      if (element.type !== "tspan" || element.invisible || !element.style.text) return;
      var rect = element.getBoundingRect().clone();
      var transform = element.getComputedTransform();
      if (transform) rect.applyTransform(transform);
      var scale = transform ? Math.sqrt(Math.abs(transform[0] * transform[3] - transform[1] * transform[2])) : 1;
      var size = parseFloat((/(\d+(?:\.\d+)?)px/.exec(element.style.font || "") || [0, 12])[1]) * scale;
      var text = String(element.style.text);
      boxes.push({
        id: text, kind: kindOf(text), named: kindOf(text) !== "label", text: text, px: size, drawn: true,
        left: rect.x + origin.left, top: rect.y + origin.top, width: rect.width, height: rect.height,
      });
    });
    return boxes;
  };
  state.stageBox = function () {
    var r = document.getElementById("plangraph-stage").getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };
  return main;
}
