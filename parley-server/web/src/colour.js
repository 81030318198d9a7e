// Colours for Goldstein scores, from conflict (-10, red) through neutral (0, grey) to cooperation (+10, blue).

const CONFLICT = [200, 40, 40];
const NEUTRAL = [150, 150, 150];
const COOPERATION = [30, 100, 200];

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

/** The colour of a Goldstein score, as rgb(). */
export function goldsteinColour(score) {
  const t = Math.max(-1, Math.min(1, score / 10));
  const [r, g, b] = t < 0 ? mix(NEUTRAL, CONFLICT, -t) : mix(NEUTRAL, COOPERATION, t);
  return `rgb(${r}, ${g}, ${b})`;
}

/** A legend: a row of swatches from -10 to +10. */
export function legendStops() {
  return [-10, -5, 0, 5, 10].map((score) => ({ score, colour: goldsteinColour(score) }));
}
