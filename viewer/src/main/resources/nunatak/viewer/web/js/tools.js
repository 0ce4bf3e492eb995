// Inspect (click → full-resolution value), Profile (draw a line → chart under the map), Zonal (draw a polygon →
// statistics). Drawings stay on the map until cleared; the latest results are kept on window.nunatak for tests.
import {getJson, postTracked} from './api.js';
import {ProfileChart} from './chart.js';
import * as fmt from './format.js';

const $ = (id) => document.getElementById(id);
const HINTS = {
  inspect: 'Click the map: the value of the full-resolution pixel under the click.',
  profile: 'Click to start a line, click for each bend, double-click to end it.',
  zonal: 'Click the corners of a polygon, double-click to close it.',
};

const lineStyle = new ol.style.Style({stroke: new ol.style.Stroke({color: '#1f6feb', width: 2.5})});
const polygonStyle = new ol.style.Style({
  stroke: new ol.style.Stroke({color: '#d9480f', width: 2}),
  fill: new ol.style.Fill({color: 'rgba(217,72,15,0.12)'}),
});
const markerStyle = new ol.style.Style({image: new ol.style.Circle({radius: 6,
  fill: new ol.style.Fill({color: '#ffd479'}), stroke: new ol.style.Stroke({color: '#14202e', width: 2})})});

export class Tools {
  constructor(map, context) {
    this.map = map;
    this.ctx = context;
    this.drawings = new ol.source.Vector();
    this.marker = new ol.Feature();
    this.marker.setStyle(markerStyle);
    const overlay = new ol.source.Vector({features: [this.marker]});
    map.addLayer(new ol.layer.Vector({source: this.drawings,
      style: (f) => (f.getGeometry().getType() === 'Polygon' ? polygonStyle : lineStyle)}));
    map.addLayer(new ol.layer.Vector({source: overlay}));
    this.popup = new ol.Overlay({element: $('popup'), stopEvent: false});
    map.addOverlay(this.popup);
    this.chart = new ProfileChart($('profile-chart'), (k) => this.showStation(k));
    this.tool = 'inspect';
    this.draw = null;

    document.querySelectorAll('.tools button').forEach((b) => b.addEventListener('click', () => this.use(b.dataset.tool)));
    $('clear').addEventListener('click', () => this.clear());
    $('close-profile').addEventListener('click', () => { $('profile-panel').hidden = true; this.map.updateSize(); });
    map.on('singleclick', (e) => { if (this.tool === 'inspect') this.inspect(e.coordinate); });
    this.use('inspect');
  }

  use(tool) {
    this.tool = tool;
    document.querySelectorAll('.tools button').forEach((b) => b.classList.toggle('active', b.dataset.tool === tool));
    $('tool-hint').textContent = HINTS[tool];
    if (this.draw) this.map.removeInteraction(this.draw);
    this.draw = null;
    this.popup.getElement().classList.remove('show');
    if (tool === 'inspect') return;
    const type = tool === 'profile' ? 'LineString' : 'Polygon';
    this.draw = new ol.interaction.Draw({source: this.drawings, type, stopClick: true});
    this.draw.on('drawstart', () => this.removeDrawings(type));
    this.draw.on('drawend', (e) => {
      const coords = e.feature.getGeometry().getCoordinates();
      if (type === 'LineString') this.profile(coords);
      else this.zonal(coords.map(closed));
    });
    this.map.addInteraction(this.draw);
  }

  removeDrawings(type) {
    for (const f of this.drawings.getFeatures()) {
      if (f.getGeometry().getType() === type) this.drawings.removeFeature(f);
    }
  }

  clear() {
    this.drawings.clear();
    this.marker.setGeometry(undefined);
    this.popup.getElement().classList.remove('show');
  }

  layerQuery() {
    return 'layer=' + encodeURIComponent(this.ctx.layer());
  }

  async inspect(coordinate) {
    const [x, y] = coordinate;
    const box = $('point-result');
    try {
      const r = await getJson(`/api/point?${this.layerQuery()}&x=${x}&y=${y}`);
      window.nunatak.lastPoint = {x, y, response: r};
      const value = r.inside ? fmt.value(r.value, r.units) : 'outside the layer';
      const el = this.popup.getElement();
      el.innerHTML = '<div class="v"></div><div class="c"></div>';
      el.querySelector('.v').textContent = value;
      el.querySelector('.c').textContent = fmt.lonLat(r.lon, r.lat);
      el.classList.add('show');
      this.popup.setPosition(coordinate);
      box.className = 'result';
      box.innerHTML = '<div class="big"></div><table></table>';
      box.querySelector('.big').textContent = value;
      const rows = [['layer', r.layer], ['x', fmt.metres(r.x)], ['y', fmt.metres(r.y)], ['lon, lat', fmt.lonLat(r.lon, r.lat)]];
      if (r.inside) rows.push(['pixel (row, col)', `${r.row}, ${r.col}`], ['pixel centre', `${fmt.metres(r.pixel_x)}, ${fmt.metres(r.pixel_y)}`]);
      fillTable(box.querySelector('table'), rows);
    } catch (e) {
      box.className = 'result error';
      box.textContent = e.message;
    }
  }

  async profile(coordinates) {
    const step = parseFloat($('step').value);
    const query = this.layerQuery() + (step > 0 ? '&step=' + step : '');
    $('profile-panel').hidden = false;
    this.map.updateSize();
    const progress = $('profile-progress');
    progress.hidden = false;
    window.nunatak.profileBusy = true;
    const body = {type: 'LineString', coordinates};
    try {
      const r = await postTracked('/api/profile?' + query, body, (f, p) => setProgress(progress, f, p));
      window.nunatak.lastProfile = r;
      window.nunatak.lastProfileRequest = {query, body};
      this.chart.show(r, this.ctx.info.layers.find((l) => l.name === r.layer));
      $('profile-summary').innerHTML = summary(r);
      $('download-csv').onclick = () => download(`profile-${r.layer}.csv`, 'text/csv', csv(r));
      $('download-geojson').onclick = () => download(`profile-${r.layer}.geojson`, 'application/geo+json', geojson(r));
    } catch (e) {
      $('profile-summary').textContent = e.message;
      window.nunatak.lastProfileError = e.message;
    } finally {
      progress.hidden = true;
      window.nunatak.profileBusy = false;
    }
  }

  showStation(k) {
    const r = window.nunatak.lastProfile;
    if (!r || k === null || k === undefined || k < 0 || k >= r.count) {
      this.marker.setGeometry(undefined);
      return;
    }
    this.marker.setGeometry(new ol.geom.Point([r.x[k], r.y[k]]));
  }

  async zonal(rings) {
    const box = $('zonal-result');
    box.hidden = false;
    box.className = 'result';
    box.innerHTML = '<div class="progress indeterminate"><div></div><span>computing…</span></div>';
    try {
      const r = await postTracked('/api/zonal?' + this.layerQuery(), {type: 'Polygon', coordinates: rings},
          (f, p) => setProgress(box.querySelector('.progress'), f, p));
      window.nunatak.lastZonal = {rings, response: r};
      box.scrollIntoView({block: 'nearest'});
      box.innerHTML = '<div class="big"></div><table></table>';
      box.querySelector('.big').innerHTML = `${fmt.value(r.mean, r.units)} <small>mean ${r.layer}</small>`;
      fillTable(box.querySelector('table'), [
        ['pixels with data', r.count.toLocaleString()],
        ['area', r.area_km2.toFixed(3) + ' km²'],
        ['min', fmt.value(r.min, r.units)], ['max', fmt.value(r.max, r.units)],
        ['std', fmt.value(r.std, r.units)],
      ]);
    } catch (e) {
      box.className = 'result error';
      box.textContent = e.message;
    }
  }
}

/** A ring whose last position repeats its first, as GeoJSON wants. */
function closed(ring) {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return a[0] === b[0] && a[1] === b[1] ? ring : [...ring, a];
}

function setProgress(element, fraction, p) {
  if (!element) return;
  element.classList.toggle('indeterminate', fraction === null);
  element.firstElementChild.style.width = fraction === null ? '' : (100 * fraction).toFixed(0) + '%';
  element.querySelector('span').textContent = fraction === null ? 'reading…' : `${p.done} of ${p.total} tasks read`;
}

function fillTable(table, rows) {
  for (const [k, v] of rows) {
    const tr = table.insertRow();
    tr.insertCell().textContent = k;
    tr.insertCell().textContent = v;
  }
}

function summary(r) {
  const vals = r.value.filter((v) => v !== null);
  const lo = vals.length ? Math.min(...vals) : null;
  const hi = vals.length ? Math.max(...vals) : null;
  return `<b>${fmt.km(r.length)}</b> · ${r.count.toLocaleString()} stations every ${r.step} m · ` +
      `min <b>${fmt.value(lo, r.units)}</b> · max <b>${fmt.value(hi, r.units)}</b> · ${r.method}, layer ${r.layer}`;
}

function csv(r) {
  const lines = ['distance_m,x,y,lon,lat,value'];
  for (let k = 0; k < r.count; k++) {
    lines.push([r.distance[k], r.x[k], r.y[k], r.lon[k], r.lat[k], r.value[k] === null ? '' : r.value[k]].join(','));
  }
  return lines.join('\n') + '\n';
}

// RFC 7946: coordinates in lon/lat; the EPSG:3031 position is kept in the properties.
function geojson(r) {
  const features = [];
  for (let k = 0; k < r.count; k++) {
    features.push({type: 'Feature', geometry: {type: 'Point', coordinates: [r.lon[k], r.lat[k]]},
      properties: {distance_m: r.distance[k], x: r.x[k], y: r.y[k], value: r.value[k]}});
  }
  return JSON.stringify({type: 'FeatureCollection', properties: {layer: r.layer, units: r.units, method: r.method, step: r.step},
    features}, null, 1);
}

function download(name, type, text) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], {type}));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
