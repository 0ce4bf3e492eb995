// The page: an OpenLayers map in EPSG:3031 on the server's tile grid, layer and colour choices, the readout under
// the cursor, the colour bar, and a progress bar while tiles load. window.nunatak exposes the state (tests use it).
import {getJson} from './api.js';
import {drawColorBar} from './colorbar.js';
import * as fmt from './format.js';
import {Tools} from './tools.js';

const state = (window.nunatak = {ready: false, tilesLoaded: 0, tilesFailed: 0, tileErrors: []});
const $ = (id) => document.getElementById(id);

function showStatus(message) {
  const s = $('status');
  s.textContent = message;
  s.hidden = false;
  clearTimeout(showStatus.timer);
  showStatus.timer = setTimeout(() => (s.hidden = true), 8000);
}

async function start() {
  const [info, colormaps] = await Promise.all([getJson('/api/info'), getJson('/api/colormaps')]);
  state.info = info;
  proj4.defs(info.crs, info.proj4);
  ol.proj.proj4.register(proj4);
  const proj = ol.proj.get(info.crs);
  const half = -info.tile_grid.origin[0];
  proj.setExtent([-half, -half, half, half]);
  proj.setWorldExtent([-180, -90, 180, -40]);

  $('source-name').textContent = info.source;
  $('source-name').title = info.source;
  $('source-facts').textContent = `${info.shape[1].toLocaleString()} × ${info.shape[0].toLocaleString()} px · ` +
      `${info.res[0]} m · ${info.crs} · ${info.levels.length - 1} overviews`;

  // One style per layer, remembered when switching.
  const styles = {};
  const layerInfo = Object.fromEntries(info.layers.map((l) => [l.name, l]));
  const style = {layer: info.layers[0].name, shade: false, exaggeration: 1};
  const current = () => styles[style.layer];

  const tileGrid = new ol.tilegrid.TileGrid({
    origin: info.tile_grid.origin, resolutions: info.tile_grid.resolutions,
    tileSize: info.tile_grid.tile_size, extent: info.bounds,
  });
  const tiles = new ol.source.XYZ({
    projection: proj, tileGrid, interpolate: false, transition: 120, tileLoadFunction: loadTile,
  });
  const map = new ol.Map({
    target: 'map',
    layers: [
      new ol.layer.Tile({source: tiles}),
      new ol.layer.Vector({
        source: new ol.source.Vector({features: [new ol.Feature(ol.geom.Polygon.fromExtent(info.bounds))]}),
        style: new ol.style.Style({stroke: new ol.style.Stroke({color: 'rgba(20,32,46,0.55)', width: 1, lineDash: [6, 4]})}),
      }),
      ...graticule(),
    ],
    view: new ol.View({
      projection: proj, resolutions: info.tile_grid.resolutions, constrainResolution: true,
      extent: pad(info.bounds, 0.5), constrainOnlyCenter: true,
    }),
    controls: ol.control.defaults.defaults({attribution: false, rotate: false}).extend([
      new ol.control.ScaleLine({units: 'metric', bar: true, steps: 4, text: true, minWidth: 140}),
    ]),
  });
  map.getView().fit(info.bounds, {padding: [20, 20, 20, 20]});
  state.map = map;
  state.proj = proj;

  // Tiles are fetched (not <img src>) so a failure shows the server's message; a busy server is asked again.
  function loadTile(tile, src, attempt = 0) {
    fetch(src).then(async (r) => {
      if (r.status === 503 && attempt < 4) {
        setTimeout(() => loadTile(tile, src, attempt + 1), 500 * (attempt + 1));
        return;
      }
      if (!r.ok) {
        let message = r.status + ' ' + r.statusText;
        try { message = (await r.json()).error || message; } catch (e) { /* keep the status */ }
        state.tileErrors.push(message);
        showStatus(message);
        tile.setState(3);
        return;
      }
      const url = URL.createObjectURL(await r.blob());
      const img = tile.getImage();
      img.onload = () => URL.revokeObjectURL(url);
      img.src = url;
    }).catch(() => tile.setState(3));
  }

  let started = 0;
  let pending = 0;
  const bar = $('busy-bar');
  const showBusy = () => {
    bar.classList.toggle('active', pending > 0);
    bar.firstElementChild.style.width = (started ? (100 * (started - pending)) / started : 0) + '%';
    if (pending === 0) started = 0;
  };
  tiles.on('tileloadstart', () => { started++; pending++; showBusy(); });
  tiles.on('tileloadend', () => { pending--; state.tilesLoaded++; showBusy(); });
  tiles.on('tileloaderror', () => { pending--; state.tilesFailed++; showBusy(); });

  function tileUrl() {
    const s = current();
    const q = new URLSearchParams({layer: style.layer});
    if (layerInfo[style.layer].kind === 'data') {
      q.set('colormap', s.colormap);
      q.set('vmin', s.vmin);
      q.set('vmax', s.vmax);
      if (style.shade) q.set('hillshade', '1');
    }
    if (style.shade || layerInfo[style.layer].kind === 'relief') q.set('exaggeration', style.exaggeration);
    return '/tiles/{z}/{x}/{y}.png?' + q;
  }

  function refresh() {
    const s = current();
    const l = layerInfo[style.layer];
    const data = l.kind === 'data';
    $('style-section').querySelectorAll('select, input[type=number], #auto-limits, #shade')
        .forEach((e) => (e.disabled = !data));
    $('colormap').value = s.colormap;
    $('vmin').value = data ? s.vmin : '';
    $('vmax').value = data ? s.vmax : '';
    if (data) {
      drawColorBar($('colorbar'), colormaps[s.colormap], s.vmin, s.vmax,
          l.long_name + (l.units ? ` (${l.units})` : ''));
    } else {
      $('colorbar').hidden = true;
    }
    document.querySelectorAll('#layers label').forEach((e) => e.classList.toggle('active', e.dataset.layer === style.layer));
    $('cursor-value').textContent = '';
    tiles.setUrl(tileUrl());
  }

  async function selectLayer(name) {
    style.layer = name;
    if (!styles[name]) {
      const l = layerInfo[name];
      const st = await getJson('/api/stats?layer=' + encodeURIComponent(name));
      styles[name] = {colormap: l.colormap, vmin: round(st.vmin), vmax: round(st.vmax), auto: st};
    }
    refresh();
  }

  // Layer list.
  for (const l of info.layers) {
    const label = document.createElement('label');
    label.dataset.layer = l.name;
    label.innerHTML = `<input type="radio" name="layer" value="${l.name}"><span><span class="name"></span>` +
        `<span class="what"></span></span>`;
    label.querySelector('.name').textContent = l.name;
    label.querySelector('.what').textContent = l.long_name + (l.units ? ` · ${l.units}` : '');
    label.querySelector('input').checked = l.name === style.layer;
    label.querySelector('input').addEventListener('change', () => selectLayer(l.name));
    $('layers').appendChild(label);
  }
  for (const name of Object.keys(colormaps)) {
    for (const n of [name, name + '_r']) {
      const o = document.createElement('option');
      o.value = n;
      o.textContent = n;
      $('colormap').appendChild(o);
    }
    colormaps[name + '_r'] = [...colormaps[name]].reverse();
  }
  $('colormap').addEventListener('change', (e) => { current().colormap = e.target.value; refresh(); });
  for (const id of ['vmin', 'vmax']) {
    $(id).addEventListener('change', () => {
      const lo = parseFloat($('vmin').value);
      const hi = parseFloat($('vmax').value);
      if (Number.isFinite(lo) && Number.isFinite(hi) && lo < hi) {
        current().vmin = lo;
        current().vmax = hi;
        refresh();
      } else {
        showStatus('give a minimum below the maximum');
      }
    });
  }
  $('auto-limits').addEventListener('click', () => {
    current().vmin = round(current().auto.vmin);
    current().vmax = round(current().auto.vmax);
    refresh();
  });
  $('shade').addEventListener('change', (e) => { style.shade = e.target.checked; refresh(); });
  $('exaggeration').addEventListener('input', (e) => {
    style.exaggeration = +e.target.value;
    $('exaggeration-value').textContent = style.exaggeration + '×';
  });
  $('exaggeration').addEventListener('change', () => refresh());

  // Readout: coordinates at once, the value under the cursor at most every 80 ms, one request at a time.
  let hoverNext = null;
  let hoverBusy = false;
  const pump = async () => {
    if (!hoverNext || hoverBusy) return;
    const c = hoverNext;
    hoverNext = null;
    hoverBusy = true;
    try {
      const r = await getJson(`/api/point?layer=${encodeURIComponent(style.layer)}&x=${c[0]}&y=${c[1]}`);
      $('cursor-value').textContent = r.inside ? fmt.value(r.value, r.units) : 'outside';
    } catch (e) {
      $('cursor-value').textContent = '—';
    } finally {
      hoverBusy = false;
      if (hoverNext) setTimeout(pump, 80);
    }
  };
  map.on('pointermove', (e) => {
    if (e.dragging) return;
    const [x, y] = e.coordinate;
    const [lon, lat] = ol.proj.toLonLat(e.coordinate, proj);
    $('cursor-xy').textContent = `x ${fmt.metres(x)}  y ${fmt.metres(y)}`;
    $('cursor-ll').textContent = fmt.lonLat(lon, lat);
    hoverNext = e.coordinate;
    setTimeout(pump, 80);
  });

  state.tools = new Tools(map, {info, proj, layer: () => style.layer, showStatus});
  await selectLayer(style.layer);
  state.ready = true;
}

// Meridians converge towards the pole, and OpenLayers draws one interval for both kinds of line: so parallels and
// their labels come from one graticule, and the meridians' labels from a second, coarser one whose lines are not
// drawn (its meridians are a subset of the first's).
function graticule() {
  const text = (align, baseline) => new ol.style.Text({font: '11px system-ui, sans-serif',
    fill: new ol.style.Fill({color: '#14202e'}), stroke: new ol.style.Stroke({color: 'rgba(255,255,255,0.9)', width: 3}),
    textAlign: align, textBaseline: baseline});
  const none = () => '';
  return [
    new ol.layer.Graticule({
      strokeStyle: new ol.style.Stroke({color: 'rgba(20,32,46,0.35)', width: 1, lineDash: [2, 4]}),
      showLabels: true, wrapX: false, targetSize: 110, lonLabelFormatter: none, latLabelStyle: text('end', 'middle'),
    }),
    new ol.layer.Graticule({
      strokeStyle: new ol.style.Stroke({color: 'rgba(0,0,0,0)', width: 0}),
      showLabels: true, wrapX: false, targetSize: 550, latLabelFormatter: none, lonLabelStyle: text('center', 'bottom'),
    }),
  ];
}

function pad(b, f) {
  const w = (b[2] - b[0]) * f;
  const h = (b[3] - b[1]) * f;
  return [b[0] - w, b[1] - h, b[2] + w, b[3] + h];
}

function round(v) {
  const a = Math.abs(v);
  return a >= 100 ? Math.round(v) : +v.toPrecision(3);
}

start().catch((e) => {
  document.getElementById('status').textContent = 'The viewer could not start: ' + e.message;
  document.getElementById('status').hidden = false;
  window.nunatak.startError = e.message;
});
