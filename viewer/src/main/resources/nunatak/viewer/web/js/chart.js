// The profile chart: distance (km) against the layer's value, with gaps where there is no data; moving over it
// marks the station on the map.
export class ProfileChart {
  constructor(element, onStation) {
    this.element = element;
    this.onStation = onStation;
    this.plot = null;
    new ResizeObserver(() => this.resize()).observe(element);
  }

  show(r, layer) {
    const label = r.layer + (r.units ? ` (${r.units})` : '');
    const data = [r.distance.map((d) => d / 1000), r.value];
    if (this.plot) this.plot.destroy();
    this.plot = new uPlot({
      width: Math.max(200, this.element.clientWidth),
      height: Math.max(120, this.element.clientHeight),
      scales: {x: {time: false}},
      legend: {show: false},
      cursor: {drag: {x: true, y: false}, points: {size: 7}},
      series: [{label: 'distance (km)'}, {label, stroke: '#1f6feb', width: 1.5, fill: 'rgba(31,111,235,0.08)', spanGaps: false}],
      axes: [{label: 'distance (km)', size: 36, grid: {stroke: '#eef1f5'}},
        {label, size: 64, grid: {stroke: '#eef1f5'}}],
      hooks: {setCursor: [(u) => this.onStation(u.cursor.idx)]},
    }, data, this.element);
  }

  resize() {
    if (this.plot) {
      this.plot.setSize({width: Math.max(200, this.element.clientWidth), height: Math.max(120, this.element.clientHeight)});
    }
  }
}
