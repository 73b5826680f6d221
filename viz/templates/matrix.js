// The coverage matrix: chapter bars above a goal × child-plan heatmap, drawn by ECharts.
(function () {
  var rows = chart.rows, children = chart.children;
  var rowHeight = 22, top = 260, height = top + Math.max(rows.length, 1) * rowHeight + 80;
  var cells = [];
  rows.forEach(function (row, y) {
    row.scores.forEach(function (score, x) { cells.push([x, y, score === null ? -1 : score]); });
  });
  var main = plangraphChart({
    tooltip: { confine: true, formatter: function (p) {
      if (p.seriesType === "bar") return p.name + "：" + Math.round(p.value * 100) + "% 落实 carried down";
      var row = rows[p.value[1]];
      if (!row) return "";
      var score = p.value[2] < 0 ? "未落实 not carried down" : "相似度 score " + p.value[2].toFixed(2);
      return children[p.value[0]].title + "<br>" + echarts.format.encodeHTML(row.text.slice(0, 120)) + "<br>" + score;
    } },
    grid: [
      { top: 30, height: 170, left: 380, right: 40 },
      { top: top, height: rows.length * rowHeight, left: 380, right: 40 },
    ],
    xAxis: [
      { gridIndex: 0, type: "category", data: chart.chapters.map(function (c) { return c.chapter; }),
        // each name wraps within its own column, with a gap to the next
        axisLabel: { interval: 0, overflow: "break",
          width: Math.max(40, (document.getElementById("plangraph-canvas").clientWidth - 420) / Math.max(chart.chapters.length, 1) - 12) } },
      { gridIndex: 1, type: "category", position: "top", data: children.map(function (c) { return c.title; }) },
    ],
    yAxis: [
      { gridIndex: 0, type: "value", max: 1, name: "落实比例 share carried down", nameLocation: "middle", nameGap: 50,
        axisLabel: { formatter: function (v) { return Math.round(v * 100) + "%"; } } },
      { gridIndex: 1, type: "category", inverse: true, data: rows.map(function (r) { return r.label; }),
        axisLabel: { interval: 0, fontSize: 12 } },
    ],
    visualMap: { type: "piecewise", seriesIndex: 1, orient: "horizontal", top: 0, right: 40, pieces: [
      { lt: 0, color: "#de2d26", label: "未落实 none" },
      { gte: 0, lt: 0.5, color: "#c7e9c0", label: "< 0.5" },
      { gte: 0.5, lt: 0.7, color: "#74c476", label: "0.5–0.7" },
      { gte: 0.7, color: "#238b45", label: "≥ 0.7" },
    ] },
    series: [
      { type: "bar", xAxisIndex: 0, yAxisIndex: 0, itemStyle: { color: "#4e79a7" },
        label: { show: true, position: "top", formatter: function (p) { return Math.round(p.value * 100) + "%"; } },
        data: chart.chapters.map(function (c) { return c.share; }) },
      { type: "heatmap", xAxisIndex: 1, yAxisIndex: 1, data: cells, itemStyle: { borderColor: "#fff", borderWidth: 1 } },
    ],
  }, height, {
    Section: chart.chapters.map(function (c) { return c.chapter; }),
    Plan: children.map(function (c) { return c.title; }),
  });
  main.on("click", function (p) {
    if (p.seriesType === "heatmap" && location.protocol.indexOf("http") === 0) location.href = "/viz/trace/" + rows[p.value[1]].id;
  });
})();
