/**
 * The exchanger panel's figures: the core's design-day report (`designDay`, the same function as
 * `heat-twin design`) for the app's scenario and its last annual run, laid out as the sections an engineer
 * checks by hand — SI values with their display kind, the allowable limits and what exceeds them. No
 * physics here: every number comes from the core (designDay, lmtdCorrectionFactor, DEFAULT_PLATE_LIMITS).
 */
import {
  DEFAULT_PLATE_LIMITS,
  type DesignDayReport,
  littleLeftForPiping,
  lmtdCorrectionFactor,
} from '../../../core';
import { fieldWords } from '../../lib/fieldWords';
import type { Section } from './model';

/** LMTD correction F of the plant's single-pass counterflow pack (1 by definition; computed, not assumed). */
function correction(x: DesignDayReport['exchanger']): number | null {
  try {
    return lmtdCorrectionFactor(x.hotIn, x.hotOut, x.coldIn, x.coldOut, 'counterflow');
  } catch {
    return null;
  }
}

const DP_ADVICE =
  'more plates, a larger plate or more passes (the command-line tool sizes them: heat-twin size-hx --plate … --max-dp …)';

/** The design day: outdoor temperature, load and the loop temperatures. */
function conditionsSection(r: DesignDayReport): Section {
  const c = r.conditions;
  return {
    id: 'conditions',
    title: 'Design day',
    rows: [
      { id: 'outdoor', label: 'Outdoor design temperature', kind: 'temperature', value: c.outdoorT },
      { id: 'load', label: 'Greenhouse load at design', kind: 'power', value: c.load },
      { id: 'supply', label: 'Supply set-point (heating curve)', kind: 'temperature', value: c.supplyT },
      { id: 'return', label: 'Greenhouse return', kind: 'temperature', value: c.returnT },
    ],
  };
}

/** The plate exchanger at the design point: both sides, duty, LMTD and the UA check. */
function exchangerSection(r: DesignDayReport): Section {
  const x = r.exchanger;
  const f = correction(x);
  const uaFromDuty = f !== null && x.lmtd > 0 ? x.duty / (f * x.lmtd) : null;
  const short = x.uaRequired !== null && x.uaRequired > x.uaInstalledAtBasis;
  return {
    id: 'exchanger',
    title: 'Plate exchanger at the design point',
    columns: ['hot: miner loop', 'cold: greenhouse'],
    rows: [
      { id: 'inlet', label: 'Inlet', kind: 'temperature', hot: x.hotIn, cold: x.coldIn },
      { id: 'outlet', label: 'Outlet', kind: 'temperature', hot: x.hotOut, cold: x.coldOut },
      { id: 'flow', label: 'Mass flow', kind: 'massFlow', hot: x.hotFlow, cold: x.coldFlow },
      { id: 'duty', label: 'Duty', kind: 'power', value: x.duty },
      {
        id: 'approach',
        label: 'Approach',
        kind: 'temperatureDifference',
        value: x.approach,
        note: 'min(Th,in − Tc,out, Th,out − Tc,in)',
      },
      { id: 'lmtd', label: 'LMTD (counterflow)', kind: 'temperatureDifference', value: x.lmtd },
      {
        id: 'f',
        label: 'F (LMTD correction)',
        kind: 'plain',
        value: f,
        note: 'single pass, counterflow',
      },
      { id: 'uaDuty', label: 'UA = duty / (F·LMTD)', kind: 'conductance', value: uaFromDuty },
      {
        id: 'uaDesign',
        label: 'UA installed at the design flows',
        kind: 'conductance',
        value: x.uaInstalled,
      },
      {
        id: 'uaInstalled',
        label: 'UA installed, nominal primary flow',
        kind: 'conductance',
        value: x.uaInstalledAtBasis,
        note: `the greenhouse loop's nominal flow all through the exchanger`,
      },
      {
        id: 'uaRequired',
        label: 'UA required, nominal primary flow',
        kind: 'conductance',
        value: x.uaRequired,
        note: x.uaRequiredNote,
        ...(x.uaRequired === null
          ? { warn: x.uaRequiredNote }
          : short
            ? {
                warn: 'the installed exchanger is smaller than the UA the design duty needs: a larger area',
              }
            : {}),
      },
      { id: 'ntu', label: 'NTU', kind: 'plain', value: x.ntu },
      { id: 'eps', label: 'Effectiveness ε', kind: 'plain', value: x.effectiveness },
    ],
  };
}

/** The plate pack: plates, area, channel and port velocities and pressure drops against their limits. */
function plateSection(r: DesignDayReport): Section {
  const p = r.plate;
  const L = DEFAULT_PLATE_LIMITS;
  return {
    id: 'plate',
    title: `Plate pack ('${p.name}' plates)`,
    note: `${p.basis.charAt(0).toUpperCase()}${p.basis.slice(1)}.`,
    columns: ['hot', 'cold'],
    rows: [
      { id: 'plates', label: 'Plates', kind: 'plain', value: p.plates, digits: 6 },
      { id: 'area', label: 'Area', kind: 'area', value: p.area },
      {
        id: 'velocity',
        label: 'Channel velocity',
        kind: 'velocity',
        digits: 3,
        hot: p.hot.velocity,
        cold: p.cold.velocity,
        max: L.maxChannelVelocity,
        advice: 'more plates (more channels in parallel)',
      },
      {
        id: 'port',
        label: 'Port velocity',
        kind: 'velocity',
        digits: 3,
        hot: p.hot.portVelocity,
        cold: p.cold.portVelocity,
        max: L.maxPortVelocity,
        advice: 'a plate with larger ports, or two exchangers in parallel',
      },
      {
        id: 'dp',
        label: 'Pressure drop',
        kind: 'pressure',
        digits: 3,
        hot: p.hot.pressureDrop,
        cold: p.cold.pressureDrop,
        max: L.maxPressureDropHot,
        maxCold: L.maxPressureDropCold,
        advice: DP_ADVICE,
        note: 'channels + ports',
      },
    ],
  };
}

/**
 * A warning when the exchanger's hot side takes more than 80 % of the miner loop's allowance outside the miners
 * (minerLoop.externalPressureDrop covers piping, exchanger and dry cooler): little or nothing is left for the rest.
 */
function allowanceWarning(m: DesignDayReport['pumps']['minerLoop']): { warn?: string } {
  if (!littleLeftForPiping(m)) return {};
  const left = m.leftForPiping!;
  // the field in the editor's words ("“Coolant loop › Pressure drop outside the miners”"), as every message
  const field = fieldWords('minerLoop.externalPressureDrop');
  return {
    warn:
      left <= 0
        ? `the exchanger’s hot side alone takes more than the miner loop’s allowance outside the miners (${field}: piping, exchanger, dry cooler): raise it, or choose a plate pack with a lower drop`
        : `the exchanger’s hot side takes most of the miner loop’s allowance outside the miners (${field}), leaving little for piping and the dry cooler: raise it, or choose a plate pack with a lower drop`,
  };
}

/** Both loop pumps at the design point. */
function pumpsSection(r: DesignDayReport): Section {
  const pumps = r.pumps;
  return {
    id: 'pumps',
    title: 'Pumps at the design point',
    columns: ['miner loop', 'greenhouse loop'],
    rows: [
      {
        id: 'pumpFlow',
        label: 'Flow',
        kind: 'massFlow',
        hot: pumps.minerLoop.flow,
        cold: pumps.greenhouseLoop.flow,
      },
      {
        id: 'pumpRise',
        label: 'Pressure rise',
        kind: 'pressure',
        digits: 3,
        hot: pumps.minerLoop.pressureRise,
        cold: pumps.greenhouseLoop.pressureRise,
      },
      {
        id: 'pumpExchangerDrop',
        label: 'Exchanger Δp, this side',
        kind: 'pressure',
        digits: 3,
        hot: pumps.minerLoop.exchangerDrop,
        cold: pumps.greenhouseLoop.exchangerDrop,
        note: 'the plate pack above, at the design flows',
      },
      {
        id: 'pumpRiseWithExchanger',
        label: 'Pressure rise with the exchanger',
        kind: 'pressure',
        digits: 3,
        hot: pumps.minerLoop.riseWithExchanger,
        cold: pumps.greenhouseLoop.riseWithExchanger,
        note: 'miner loop: its allowance includes the exchanger; greenhouse loop: added to its allowance (the annual pump energy leaves it out)',
        ...allowanceWarning(pumps.minerLoop),
      },
      {
        id: 'pumpHead',
        label: 'Head of the pumped liquid',
        kind: 'length',
        digits: 3,
        hot: pumps.minerLoop.head,
        cold: pumps.greenhouseLoop.head,
      },
      {
        id: 'pumpPower',
        label: 'Electric power',
        kind: 'electricPower',
        digits: 3,
        hot: pumps.minerLoop.power,
        cold: pumps.greenhouseLoop.power,
      },
      {
        id: 'pumpEff',
        label: 'Pump efficiency',
        kind: 'fraction',
        hot: pumps.minerLoop.efficiency,
        cold: pumps.greenhouseLoop.efficiency,
      },
    ],
  };
}

/** Where the miner heat goes at the design point. */
function heatSection(r: DesignDayReport): Section {
  return {
    id: 'heat',
    title: 'Heat at the design point',
    rows: [
      { id: 'minerHeat', label: 'Miner heat into the coolant', kind: 'power', value: r.heat.heatToCoolant },
      { id: 'recovered', label: 'Recovered to the greenhouse', kind: 'power', value: r.heat.recovered },
      { id: 'backup', label: 'Backup heater', kind: 'power', value: r.heat.backupHeat },
      { id: 'dryWinter', label: 'Dry cooler (rejected)', kind: 'power', value: r.heat.dryCoolerWinter },
    ],
  };
}

/** The dry cooler at the summer design dry bulb. */
function dryCoolerSection(r: DesignDayReport): Section {
  const dc = r.dryCooler;
  return {
    id: 'dryCooler',
    title: 'Dry cooler at the summer design dry bulb',
    rows: [
      {
        id: 'dcAmbient',
        label: 'Summer design dry bulb',
        kind: 'temperature',
        value: dc.designAmbientT,
        note: dc.designAmbientSource,
      },
      { id: 'dcRequired', label: 'Must reject (all the miners’ heat)', kind: 'power', value: dc.required },
      {
        id: 'dcCapacity',
        label: 'Capacity at full fan speed',
        kind: 'power',
        value: dc.capacity,
        ...(dc.capacity < dc.required
          ? {
              warn: 'the dry cooler cannot reject all the miners’ heat at the summer design dry bulb: more or larger dry coolers',
            }
          : {}),
      },
      { id: 'dcMargin', label: 'Margin', kind: 'fraction', value: dc.margin },
      { id: 'dcFan', label: 'Fan speed needed', kind: 'fraction', value: dc.fanSpeed },
      {
        id: 'dcSetpoint',
        label: 'Miner inlet set-point',
        kind: 'temperature',
        value: dc.minerInletSetpoint,
      },
      {
        id: 'dcInlet',
        label: 'Miner inlet reached',
        kind: 'temperature',
        value: dc.minerInletT,
        ...(dc.minerInletT > dc.minerInletSetpoint + 0.5
          ? { warn: 'the miners’ inlet rises above its set-point at the summer design dry bulb' }
          : {}),
      },
    ],
  };
}

/** The report as the panel's sections (SI values; limits from DEFAULT_PLATE_LIMITS). */
export function designSections(r: DesignDayReport): Section[] {
  return [
    conditionsSection(r),
    exchangerSection(r),
    plateSection(r),
    pumpsSection(r),
    heatSection(r),
    dryCoolerSection(r),
  ];
}
