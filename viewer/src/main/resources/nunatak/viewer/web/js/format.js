// Number formatting for people: metres with thin-space groups, degrees with hemispheres, values by magnitude.

const group = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 0});

export function metres(v) {
  return group.format(Math.round(v)).replace(/,/g, '\u2009') + '\u202fm';
}

export function km(v) {
  return (v / 1000).toFixed(v < 10000 ? 2 : 1) + '\u202fkm';
}

export function lonLat(lon, lat) {
  const la = Math.abs(lat).toFixed(4) + '°' + (lat < 0 ? 'S' : 'N');
  const lo = Math.abs(lon).toFixed(4) + '°' + (lon < 0 ? 'W' : 'E');
  return la + ' ' + lo;
}

/** A value with a sensible number of digits: 2 decimals for heights, none for counts. */
export function value(v, units) {
  if (v === null || v === undefined || Number.isNaN(v)) return 'no data';
  const a = Math.abs(v);
  let text;
  if (Number.isInteger(v) && a < 1e7) text = String(v);
  else if (a >= 1e5) text = v.toFixed(0);
  else if (a >= 1) text = v.toFixed(2);
  else if (a === 0) text = '0';
  else text = v.toPrecision(3);
  return units ? text + '\u202f' + units : text;
}

/** Round tick values between lo and hi, about n of them. */
export function ticks(lo, hi, n) {
  const span = hi - lo;
  if (!(span > 0)) return [lo];
  const raw = span / n;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw);
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(+t.toPrecision(12));
  return out;
}
