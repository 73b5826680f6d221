// Indicator comparison: one small horizontal bar chart per indicator, the parent plan's target above
// each child plan's, every bar labelled with the target as printed (unit, cumulative mark, flag).
(function () {
  var colours = { parent: "#4e79a7", child: "#59a14f", looser: "#f28e2b", opposite: "#e15759" };
  var titleHeight = 30, barHeight = 30, gap = 20, top = 44, labelRoom = 250, nameRoom = 100;
  var width = document.getElementById("plangraph-canvas").clientWidth;
  // as many columns of small charts as the window holds at 560 px each, so a slide shows them all
  var columns = Math.max(1, Math.min(chart.groups.length, Math.floor(width / 560)));
  var columnWidth = width / columns;
  var titles = [], grids = [], xAxes = [], yAxes = [], series = [];
  var y = top, rowHeight = 0;
  chart.groups.forEach(function (group, index) {
    var column = index % columns;
    if (column === 0 && index > 0) { y += rowHeight; rowHeight = 0; }
    var left = column * columnWidth;
    titles.push({ text: group.name, top: y, left: left + 20, textStyle: { fontSize: 15, fontWeight: "bold" } });
    var height = group.bars.length * barHeight;
    rowHeight = Math.max(rowHeight, titleHeight + height + gap);
    grids.push({ top: y + titleHeight, height: height, left: left + nameRoom, width: columnWidth - nameRoom - labelRoom });
    xAxes.push({ gridIndex: index, type: "value", show: false, min: 0 });
    yAxes.push({ gridIndex: index, type: "category", inverse: true, axisTick: { show: false },
      data: group.bars.map(function (bar) { return bar.plan; }), axisLabel: { fontSize: 14 } });
    series.push({ type: "bar", xAxisIndex: index, yAxisIndex: index, barWidth: 18,
      label: { show: true, position: "right", fontSize: 14, formatter: function (p) { return group.bars[p.dataIndex].label; } },
      data: group.bars.map(function (bar) {
        return { value: bar.value === null ? 0 : bar.value,
          itemStyle: { color: colours[bar.flag || bar.role] } };
      }) });
  });
  y += rowHeight;
  var legend = [
    ["上级目标 parent's target", colours.parent], ["下级目标 child's target", colours.child],
    [chart.flags.looser, colours.looser], [chart.flags.opposite, colours.opposite],
  ];
  var graphic = legend.map(function (entry, i) {
    return { type: "group", left: 20 + i * 230, top: 12, children: [
      { type: "rect", shape: { width: 16, height: 14 }, style: { fill: entry[1] } },
      { type: "text", left: 22, top: 0, style: { text: entry[0], fontSize: 13, fill: "#333" } },
    ] };
  });
  plangraphChart({
    title: titles, grid: grids, xAxis: xAxes, yAxis: yAxes, series: series, graphic: graphic,
    tooltip: { confine: true, formatter: function (p) {
      var bar = chart.groups[p.seriesIndex].bars[p.dataIndex];
      return echarts.format.encodeHTML(bar.title) + "<br>" + echarts.format.encodeHTML(bar.label);
    } },
  }, Math.max(y + 20, 200), {
    Plan: [].concat.apply([], chart.groups.map(function (g) { return g.bars.map(function (b) { return b.plan; }); })),
  });
})();
