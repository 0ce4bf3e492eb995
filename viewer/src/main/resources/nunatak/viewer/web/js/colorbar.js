// The colour bar under the map: the colour map's 256 colours from vmin to vmax, round ticks, label with units.
import {ticks} from './format.js';

export function drawColorBar(element, colors, vmin, vmax, label) {
  const canvas = element.querySelector('canvas');
  const g = canvas.getContext('2d');
  colors.forEach((c, i) => {
    g.fillStyle = c;
    g.fillRect(i, 0, 1, canvas.height);
  });
  const tickBox = element.querySelector('.ticks');
  tickBox.replaceChildren();
  for (const t of ticks(vmin, vmax, 5)) {
    const s = document.createElement('span');
    s.style.left = ((t - vmin) / (vmax - vmin)) * 256 + 'px';
    s.textContent = Math.abs(t) >= 1e4 ? t.toExponential(1) : String(t);
    tickBox.appendChild(s);
  }
  element.querySelector('.label').textContent = label;
  element.hidden = false;
}
