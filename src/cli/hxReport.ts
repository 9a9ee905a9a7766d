/**
 * Text and JSON reports of `heat-twin size-hx`: the nominal point, the selected plate pack (with its limits
 * and what governed), and the rating of an installed exchanger. Text in SI or imperial (display.ts), JSON
 * always SI (W, K, kg/s, m³/s, Pa, m²).
 */
import {
  type ChannelSide,
  type NominalField,
  type NominalPoint,
  PROPERTY_BASIS,
  type PlateDesign,
  type PlateRating,
  type RatingResult,
} from '../core';
import { type Display, sig } from './display';

export function row(label: string, hot: string, cold: string): string {
  return `  ${label.padEnd(20)}${hot.padEnd(30)}${cold}`;
}
export function kv(label: string, value: string): string {
  return `  ${label.padEnd(20)}${value}`;
}

/** The nominal point (sizing mode). */
export function nominalLines(p: NominalPoint, d: Display): string[] {
  const solved = (f: NominalField): string => (p.given[f] ? '' : ' *');
  const out: string[] = [];
  out.push(`Heat exchanger, ${p.arrangement} — nominal point (* = solved from the energy balance)`);
  out.push(row('', `hot: ${p.hotFluid.label}`, `cold: ${p.coldFluid.label}`));
  out.push(row('inlet', d.t(p.hotIn) + solved('hotIn'), d.t(p.coldIn) + solved('coldIn')));
  out.push(row('outlet', d.t(p.hotOut) + solved('hotOut'), d.t(p.coldOut) + solved('coldOut')));
  out.push(
    row('mass flow', d.massFlow(p.hotFlow) + solved('hotFlow'), d.massFlow(p.coldFlow) + solved('coldFlow')),
  );
  out.push(row('volume flow', d.volumeFlow(p.hotVolumeFlow), d.volumeFlow(p.coldVolumeFlow)));
  out.push(row('cp', d.cp(p.hotCp), d.cp(p.coldCp)));
  out.push(row('capacity rate', d.capacity(p.hotCapacityRate), d.capacity(p.coldCapacityRate)));
  out.push(kv('duty', d.power(p.duty) + solved('duty')));
  const f =
    p.arrangement === 'counterflow' || p.arrangement === 'parallel'
      ? ''
      : ` (counterflow), F = ${p.lmtdCorrection.toFixed(4)}`;
  out.push(kv('LMTD', `${d.dt(p.lmtd)}${f}`));
  out.push(kv('UA', d.ua(p.ua)));
  out.push(kv('NTU', p.ntu.toFixed(3)));
  out.push(kv('effectiveness ε', p.effectiveness.toFixed(4)));
  out.push(kv('Cr', `${p.cr.toFixed(4)} (Cmin on the ${p.minSide} side)`));
  out.push(kv('approach', d.dt(p.approach)));
  out.push(kv('properties', PROPERTY_BASIS));
  return out;
}

function geometryLine(
  r: PlateRating & { geometry: PlateDesign['geometry'] },
  preset: string | undefined,
  d: Display,
) {
  const g = r.geometry;
  return (
    `Plate pack${preset ? ` (preset ${preset})` : ''}: chevron ${sig((g.chevronAngle * 180) / Math.PI, 3)}°, ` +
    `${d.dimension(g.plateWidth)} × ${d.dimension(g.portLength)}, gap ${d.mm(g.plateGap)}, ` +
    `plate ${d.mm(g.plateThickness)} at ${sig(g.plateConductivity, 3)} W/(m·K), Φ ${sig(g.enlargementFactor, 3)}, ` +
    `port ${d.mm(g.portDiameter)}`
  );
}

/** Velocities, Re, h and pressure drops of both sides. */
export function hydraulicLines(r: PlateRating, d: Display): string[] {
  return [
    row('', 'hot', 'cold'),
    row('passes', String(r.hot.passes), String(r.cold.passes)),
    row('channel velocity', d.velocity(r.hot.velocity), d.velocity(r.cold.velocity)),
    row('Reynolds', sig(r.hot.reynolds), sig(r.cold.reynolds)),
    row('h', d.htc(r.hot.h), d.htc(r.cold.h)),
    row('port velocity', d.velocity(r.hot.portVelocity), d.velocity(r.cold.portVelocity)),
    row('pressure drop', d.pressure(r.hot.pressureDrop), d.pressure(r.cold.pressureDrop)),
    row(
      '  channels + ports',
      `${d.pressure(r.hot.channelPressureDrop)} + ${d.pressure(r.hot.portPressureDrop)}`,
      `${d.pressure(r.cold.channelPressureDrop)} + ${d.pressure(r.cold.portPressureDrop)}`,
    ),
  ];
}

/** The selected plate pack with its limits. */
export function plateLines(p: PlateDesign, preset: string | undefined, d: Display): string[] {
  const out: string[] = ['', geometryLine(p, preset, d)];
  out.push(
    kv(
      'plates',
      `${p.plates} (${p.thermalPlates} thermal; ${p.hot.channels} hot / ${p.cold.channels} cold channels)`,
    ),
  );
  out.push(kv('arrangement', p.arrangement));
  const m = `${p.margin >= 0 ? '+' : ''}${sig(p.margin * 100, 3)} %`;
  out.push(kv('area', `${d.area(p.area)} (required ${d.area(p.areaRequired)}, UA margin ${m})`));
  out.push(kv('U', `${d.htc(p.u)} (clean ${d.htc(p.uClean)})`));
  out.push(kv('UA', `${d.ua(p.ua)} (required ${d.ua(p.uaRequired)})`));
  out.push(kv('duty capacity', `${d.power(p.dutyCapacity)} at the nominal inlets and flows`));
  out.push(...hydraulicLines(p, d));
  const l = p.limits;
  out.push(
    kv(
      'limits',
      `Δp ≤ ${d.pressure(l.maxPressureDropHot)} hot, ${d.pressure(l.maxPressureDropCold)} cold; channel ≤ ` +
        `${d.velocity(l.maxChannelVelocity)}; port ≤ ${d.velocity(l.maxPortVelocity)}; ≤ ${l.maxPasses} passes per side`,
    ),
  );
  out.push(kv('governed by', p.governing === 'UA' ? 'UA (the thermal duty)' : p.governing));
  for (const w of p.warnings) out.push(`  warning: ${w}`);
  return out;
}

/** Rating of an installed exchanger. */
export function ratingLines(
  r: RatingResult,
  s: {
    hotLabel: string;
    coldLabel: string;
    hotIn: number;
    coldIn: number;
    hotFlow: number;
    coldFlow: number;
  },
  geometry: { preset?: string; plate?: PlateDesign['geometry'] },
  d: Display,
): string[] {
  const out: string[] = [];
  out.push(`Heat exchanger rating, ${r.arrangement} — outlets from the inlets, flows and UA`);
  out.push(row('', `hot: ${s.hotLabel}`, `cold: ${s.coldLabel}`));
  out.push(row('inlet', d.t(s.hotIn), d.t(s.coldIn)));
  out.push(row('outlet', d.t(r.hotOut), d.t(r.coldOut)));
  out.push(row('mass flow', d.massFlow(s.hotFlow), d.massFlow(s.coldFlow)));
  out.push(row('cp', d.cp(r.hotCp), d.cp(r.coldCp)));
  out.push(kv('duty', d.power(r.duty)));
  out.push(kv('UA', d.ua(r.ua)));
  out.push(kv('NTU', r.ntu.toFixed(3)));
  out.push(kv('effectiveness ε', r.effectiveness.toFixed(4)));
  out.push(kv('Cr', `${r.cr.toFixed(4)} (Cmin on the ${r.minSide} side)`));
  out.push(kv('LMTD', d.dt(r.lmtd)));
  out.push(kv('approach', d.dt(r.approach)));
  out.push(kv('properties', r.propertyBasis));
  if (r.plate && geometry.plate) {
    out.push('', geometryLine({ ...r.plate, geometry: geometry.plate }, geometry.preset, d));
    out.push(
      kv('plates', `${r.plate.plates} (${r.plate.thermalPlates} thermal), area ${d.area(r.plate.area)}`),
    );
    out.push(kv('U', d.htc(r.plate.u)));
    out.push(...hydraulicLines(r.plate, d));
  }
  return out;
}

function sideJson(s: ChannelSide) {
  return {
    channels: s.channels,
    passes: s.passes,
    velocity: s.velocity,
    reynolds: s.reynolds,
    prandtl: s.prandtl,
    friction: s.friction,
    nusselt: s.nusselt,
    viscosityRatio: s.viscosityRatio,
    h: s.h,
    portVelocity: s.portVelocity,
    channelPressureDrop: s.channelPressureDrop,
    portPressureDrop: s.portPressureDrop,
    pressureDrop: s.pressureDrop,
  };
}

function ratingJsonOfPlate(r: PlateRating) {
  return {
    plates: r.plates,
    passes: r.passes,
    thermalPlates: r.thermalPlates,
    area: r.area,
    u: r.u,
    uClean: r.uClean,
    ua: r.ua,
    hydraulicDiameter: r.hydraulicDiameter,
    wallResistance: r.wallResistance,
    hot: sideJson(r.hot),
    cold: sideJson(r.cold),
  };
}

/** JSON of sizing mode (SI). */
export function nominalJson(p: NominalPoint, d?: PlateDesign) {
  return {
    mode: 'sizing',
    arrangement: p.arrangement,
    hotFluid: p.hotFluid.label,
    coldFluid: p.coldFluid.label,
    duty: p.duty,
    hotIn: p.hotIn,
    hotOut: p.hotOut,
    coldIn: p.coldIn,
    coldOut: p.coldOut,
    hotFlow: p.hotFlow,
    coldFlow: p.coldFlow,
    hotVolumeFlow: p.hotVolumeFlow,
    coldVolumeFlow: p.coldVolumeFlow,
    hotCp: p.hotCp,
    coldCp: p.coldCp,
    hotDensity: p.hotDensity,
    coldDensity: p.coldDensity,
    cMin: p.cMin,
    minSide: p.minSide,
    cr: p.cr,
    effectiveness: p.effectiveness,
    ntu: p.ntu,
    ua: p.ua,
    lmtd: p.lmtd,
    lmtdCorrection: p.lmtdCorrection,
    approach: p.approach,
    given: p.given,
    propertyBasis: PROPERTY_BASIS,
    ...(d
      ? {
          plate: {
            geometry: d.geometry,
            ...ratingJsonOfPlate(d),
            arrangement: d.arrangement,
            areaRequired: d.areaRequired,
            margin: d.margin,
            uaRequired: d.uaRequired,
            dutyCapacity: d.dutyCapacity,
            limits: d.limits,
            governing: d.governing,
            checks: d.checks,
            warnings: d.warnings,
          },
        }
      : {}),
  };
}

/** JSON of rating mode (SI). */
export function ratingJson(
  r: RatingResult,
  s: {
    hotLabel: string;
    coldLabel: string;
    hotIn: number;
    coldIn: number;
    hotFlow: number;
    coldFlow: number;
  },
  geometry?: PlateDesign['geometry'],
) {
  return {
    mode: 'rating',
    arrangement: r.arrangement,
    hotFluid: s.hotLabel,
    coldFluid: s.coldLabel,
    hotIn: s.hotIn,
    coldIn: s.coldIn,
    hotFlow: s.hotFlow,
    coldFlow: s.coldFlow,
    hotOut: r.hotOut,
    coldOut: r.coldOut,
    duty: r.duty,
    ua: r.ua,
    ntu: r.ntu,
    effectiveness: r.effectiveness,
    cr: r.cr,
    minSide: r.minSide,
    hotCp: r.hotCp,
    coldCp: r.coldCp,
    lmtd: r.lmtd,
    approach: r.approach,
    propertyBasis: r.propertyBasis,
    ...(r.plate ? { plate: { ...(geometry ? { geometry } : {}), ...ratingJsonOfPlate(r.plate) } } : {}),
  };
}
