import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  coverPreset,
  initialState,
  saturationVapourPressure,
  steadyState,
} from '../../../src/core/greenhouse';
import { loadScenario, ScenarioError, setField } from '../../../src/core/models/scenario';
import { greenhouseFor } from '../../../src/core/sim/setup';
import { coverSolar, type SimulationResult, simulate } from '../../../src/core/sim/simulate';
import { bundledWeather } from '../../../src/core/weather/bundled';
import { weatherSolarGeometry } from '../../../src/core/weather/solar';
import type { WeatherYear } from '../../../src/core/weather/epw';

const manitobaJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const C = 273.15;

/** A synthetic year with constant weather (every column the same each hour). */
function constantWeather(T: number, wind: number, hours = 8760): WeatherYear {
  const w = bundledWeather();
  const fill = (v: number) => new Float64Array(hours).fill(v);
  return {
    ...w,
    fileName: 'constant.epw',
    length: hours,
    month: w.month.slice(0, hours),
    day: w.day.slice(0, hours),
    hour: w.hour.slice(0, hours),
    dayOfYear: w.dayOfYear.slice(0, hours),
    dryBulb: fill(T),
    dewPoint: fill(T - 5),
    relativeHumidity: fill(0.7),
    pressure: fill(101325),
    horizontalInfrared: fill(5.670374419e-8 * T ** 4),
    globalHorizontal: fill(0),
    directNormal: fill(0),
    diffuseHorizontal: fill(0),
    windDirection: fill(0),
    windSpeed: fill(wind),
    totalSkyCover: fill(10),
    opaqueSkyCover: fill(10),
    snowDepth: fill(0),
    skyTemperature: fill(T),
  };
}

let manitoba: SimulationResult | undefined;
function manitobaResult(): SimulationResult {
  manitoba ??= simulate(manitobaJson);
  return manitoba;
}

describe('simulate: validation cases', () => {
  it("steady case: constant 0 °C, overcast, 4 m/s → the hourly demand is the greenhouse model's own steady state", () => {
    // The coupling (valve, implicit steps, plant) must settle on the steady solution the greenhouse model
    // gives by its independent Picard iteration without storage (`steadyState`). No screen, 20 °C day and
    // night, plenty of supply temperature and primary flow so that the set-point is held.
    let j = setField(manitobaJson, 'greenhouse.screenSaving', 0);
    j = setField(j, 'greenhouse.daySetpoint', '20 degC');
    j = setField(j, 'greenhouse.nightSetpoint', '20 degC');
    j = setField(j, 'greenhouse.cover', 'single-glass');
    j = setField(j, 'greenhouseLoop.heatingCurve', [{ outdoor: '0 degC', supply: '85 degC' }]);
    j = setField(j, 'greenhouseLoop.flow', '200 L/s');
    const w = constantWeather(C, 4, 24 * 60);
    const r = simulate(j, { weather: w, hours: 24 * 60 });
    const s = loadScenario(j);
    const m = greenhouseFor(s, w);
    const inp = {
      outdoorT: C,
      skyT: C,
      windSpeed: 4,
      solarOnCover: 0,
      pipeInletT: 85 + C,
      pipeMassFlow: s.greenhouse.pipeFlowPerArea * s.greenhouse.floorArea,
      isDay: false,
      heatingSetpoint: 20 + C,
      outdoorVapourPressure: saturationVapourPressure(C - 5),
    };
    const steady = steadyState(m, inp, 20 + C, initialState(m, 20 + C));
    const h = r.hours - 1; // last hour: steady after 60 days, except the deep soil (months)
    const x = r.series;
    expect(Math.abs(x.greenhouseAirT[h]! - (20 + C))).toBeLessThan(0.01);
    expect(x.unmetHeat[h]).toBe(0);
    // Less the ground loss, whose soil layers are still settling after 60 days.
    const sim = x.greenhouseHeatDemand[h]! - x.groundLoss[h]!;
    expect(Math.abs(sim / (steady.waterHeat - steady.soilToDeep) - 1)).toBeLessThan(0.005);
    expect(Math.abs(x.coverLoss[h]! / steady.coverLoss - 1)).toBeLessThan(0.005);
  });

  it('first law over a year: energyBalanceResidual < 1e-9 (all components)', () => {
    expect(manitobaResult().kpis.energyBalanceResidual).toBeLessThan(1e-9);
  });

  it('deterministic: the same scenario gives bit-identical results', () => {
    const a = simulate(manitobaJson, { hours: 24 * 20 });
    const b = simulate(manitobaJson, { hours: 24 * 20 });
    for (const k of Object.keys(a.series) as (keyof typeof a.series)[]) {
      expect(Buffer.from(a.series[k].buffer).equals(Buffer.from(b.series[k].buffer)), k).toBe(true);
    }
  });
});

describe('simulate: the Manitoba pilot', () => {
  it('~3 MW of miners, ≥ 85 % of their electricity into the coolant', () => {
    const k = manitobaResult().kpis;
    // 360 × 8064 W × 8760 h = 25 431 MWh ([facts] 3 MW site, 8.06 kW units), miners run all year (mining-first).
    expect(k.minerElectricity_MWh).toBeCloseTo((360 * 8064 * 8760) / 1e6, -1);
    expect(k.heatRecovered_MWh / k.minerElectricity_MWh).toBeGreaterThan(0.85);
    expect(k.minerUptime).toBeCloseTo(1, 6);
    expect(k.hashrateAverage_THs).toBeCloseTo(360 * 480, -1);
  });

  it('supply above 75 °C on the design winter day, and the exchanger water above 75 °C most of the day', () => {
    const r = manitobaResult();
    const s = r.series;
    // Coldest day of the weather year (lowest daily mean).
    let day = 0;
    let best = Infinity;
    for (let d = 0; d < 365; d++) {
      let t = 0;
      for (let h = 0; h < 24; h++) t += s.outdoorT[d * 24 + h]!;
      if (t < best) [best, day] = [t, d];
    }
    expect(best / 24 - C).toBeLessThan(-25);
    let hx = 0;
    let cool = 0;
    let held = 0;
    let hot = 0;
    for (let h = 0; h < 24; h++) {
      const i = day * 24 + h;
      hx += s.hxDuty[i]!;
      cool += s.heatToCoolant[i]!;
      // Hours in which the backup heater at capacity left the greenhouse short run with the circuit's valve
      // wide open (a colder, larger primary flow): the claim is about the hours the plant holds its supply.
      if (s.unmetHeat[i]! > 0) continue;
      held++;
      expect(s.supplyT[i]! - C).toBeGreaterThan(75);
      // The pilot reports water above 75 °C leaving the exchanger: in most hours of that day.
      if (s.hxColdOutT[i]! - C > 75) hot++;
    }
    expect(held).toBeGreaterThanOrEqual(12);
    expect(hot).toBeGreaterThanOrEqual(12);
    // Most of the miner heat goes to the greenhouse that day. (It was ≥ 98 % before the greenhouse rewrite of
    // issue 10; the new greenhouse's midday valve behaviour sends 1–1.7 MW to the dry cooler while the boiler
    // runs — the exchanger-limits-recovery warning.)
    expect(hx / cool).toBeGreaterThan(0.6);
  });

  it('annual heating demand per m² is of the order published for cold-climate greenhouses', () => {
    // [facts] a Manitoba double-poly house ≈ 2.1 GJ/m² (September–May); GreenLight (Katzin 2021) Calgary
    // 1.4–1.53 GJ/m² *with* lamps supplying part of the heat. Our year is the full 12 months without lamps,
    // at 21/17 °C, 85 % RH (night transpiration) and 0.5 ACH: we accept 0.7–1.5 × the Manitoba figure —
    // enough to catch a wrong order of magnitude or a unit error, not to calibrate.
    const k = manitobaResult().kpis;
    expect(k.heatDemandPerArea_GJm2).toBeGreaterThan(0.7 * 2.1);
    expect(k.heatDemandPerArea_GJm2).toBeLessThan(1.5 * 2.1);
  });

  it('miner heat covers a large share of the greenhouse demand; the rest comes from the backup', () => {
    const k = manitobaResult().kpis;
    expect(k.heatCoverage).toBeGreaterThan(0.5);
    expect(k.heatCoverage).toBeLessThanOrEqual(1);
    // Greenhouse demand = miner heat + backup heat + unmet (each step's loop balance).
    expect(k.heatToGreenhouse_MWh + k.backupHeat_MWh + k.unmetHeat_MWh).toBeCloseTo(
      k.greenhouseHeatDemand_MWh,
      6,
    );
    expect(k.unmetHeat_MWh).toBeGreaterThanOrEqual(0);
    // Recovered heat = delivered + rejected (miner loop balance).
    expect(k.heatToGreenhouse_MWh + k.heatRejected_MWh).toBeCloseTo(k.heatRecovered_MWh, 3);
    // ERF (The Green Grid) = reused / total facility energy.
    expect(k.energyReuseFactor).toBeCloseTo(
      k.heatToGreenhouse_MWh / (k.minerElectricity_MWh + k.auxiliaryElectricity_MWh),
      9,
    );
  });

  it('no NaN anywhere in the hourly series', () => {
    const r = manitobaResult();
    for (const [k, a] of Object.entries(r.series)) {
      expect(a.length, k).toBe(8760);
      expect(a.every(Number.isFinite), k).toBe(true);
    }
  });
});

describe('simulate: guard rails and errors', () => {
  it('warns of freeze risk for a water-filled loop through an outdoor dry cooler', () => {
    const r = simulate(setField(manitobaJson, 'minerLoop.fluid', 'water'), { hours: 24 * 40 });
    const w = r.warnings.find((x) => x.code === 'freeze-risk');
    expect(w?.message).toMatch(/freezes at 0\.0 °C.*raise the glycol share/);
  });

  it('heat-led dispatch follows the greenhouse demand and uses less electricity', () => {
    const r = simulate(setField(manitobaJson, 'control.dispatch', 'heat-led'), { hours: 24 * 200 });
    const m = simulate(manitobaJson, { hours: 24 * 200 });
    expect(r.kpis.minerElectricity_MWh).toBeLessThan(m.kpis.minerElectricity_MWh);
    expect(r.kpis.heatRejected_MWh).toBeLessThan(m.kpis.heatRejected_MWh);
  });

  it('a bad scenario lists its fields and simulates nothing', () => {
    expect(() => simulate(setField(manitobaJson, 'greenhouse.floorArea', '0 m^2'))).toThrowError(
      ScenarioError,
    );
  });

  it('an unknown weather reference names the field and how to supply a file', () => {
    expect(() => simulate(setField(manitobaJson, 'site.weather', 'my.epw'))).toThrow(
      /site\.weather.*options\.weather/,
    );
  });
});

describe('simulate: heat accounting (issue 10)', () => {
  it('throttled miners and no backup: the first law closes, the shortfall is unmet heat and warned about', () => {
    // The failing case (residual 0.77 before): S21 XP hydro at the pilot's 70 °C inlet, 0 MW backup.
    let j = setField(manitobaJson, 'miners.model', 'antminer-s21-xp-hydro');
    j = setField(j, 'backupHeater.capacity', '0 MW');
    const r = simulate(j, { hours: 24 });
    const k = r.kpis;
    expect(k.energyBalanceResidual).toBeLessThan(1e-9);
    expect(k.backupHeat_MWh).toBe(0);
    expect(k.unmetHeat_MWh).toBeGreaterThan(0);
    expect(k.heatToGreenhouse_MWh + k.unmetHeat_MWh).toBeCloseTo(k.greenhouseHeatDemand_MWh, 9);
    expect(k.heatCoverage).toBeGreaterThanOrEqual(0);
    expect(k.heatCoverage).toBeLessThanOrEqual(1);
    const w = r.warnings.find((x) => x.code === 'greenhouse-too-cold');
    expect(w?.hours).toBe(k.unmetHours);
    expect(w?.energy_MWh).toBe(k.unmetHeat_MWh);
    expect(w?.message).toMatch(/did not get [\d.]+ MWh.*backupHeater\.capacity/);
  });
});

describe('simulate: buffer tank', () => {
  it('a stratified tank stores surplus miner heat and raises coverage; energy still balances', () => {
    const hours = 24 * 120;
    const none = simulate(manitobaJson, { hours });
    const withTank = simulate(
      setField(manitobaJson, 'bufferTank', {
        volume: '200 m^3',
        height: '8 m',
        nodes: 10,
        lossUA: '100 W/K',
      }),
      { hours },
    );
    const sum = (a: Float64Array) => a.reduce((t, v) => t + v, 0);
    const s = withTank.series;
    expect(sum(s.tankCharge)).toBeGreaterThan(0);
    expect(sum(s.tankDischarge)).toBeGreaterThan(0);
    // Stored heat comes back (minus losses and what remains in the tank at the end).
    expect(sum(s.tankDischarge)).toBeLessThanOrEqual(sum(s.tankCharge));
    expect(withTank.kpis.heatCoverage).toBeGreaterThan(none.kpis.heatCoverage);
    expect(withTank.kpis.backupHeat_MWh).toBeLessThan(none.kpis.backupHeat_MWh);
    expect(withTank.kpis.energyBalanceResidual).toBeLessThan(1e-9);
    // Demand = miner heat (direct + via the tank) + backup + unmet, every hour; nothing negative.
    for (let i = 0; i < hours; i++) {
      const d = s.greenhouseHeatDemand[i]!;
      const sum = s.heatToGreenhouse[i]! + s.backupHeat[i]! + s.unmetHeat[i]!;
      expect(Math.abs(sum - d), `hour ${i}`).toBeLessThanOrEqual(1e-9 * Math.max(1, d));
      expect(s.heatToGreenhouse[i]!, `hour ${i}`).toBeGreaterThanOrEqual(0);
    }
    // The ledger: coolant heat = delivered + rejected + tank loss + tank storage change.
    const k = withTank.kpis;
    expect(
      k.heatToGreenhouse_MWh + k.heatRejected_MWh + k.tankLoss_MWh + k.tankStorageChange_MWh,
    ).toBeCloseTo(k.heatRecovered_MWh, 6);
  });
});

describe('simulate: economics and curtailment', () => {
  it('mining revenue = hashprice × hashrate × hours (hand calculation)', () => {
    const k = manitobaResult().kpis;
    // 38 USD per PH/s per day × 360 × 480 TH/s = 172.8 PH/s → 6566.4 USD/day × 365 days = 2 396 736 USD.
    expect(k.currency).toBe('USD');
    expect(k.miningRevenue).toBeCloseTo(38 * 172.8 * 365, 0);
    // Electricity: (miners + pumps + fans) MWh × 35 USD/MWh.
    expect(k.electricityCost).toBeCloseTo((k.minerElectricity_MWh + k.auxiliaryElectricity_MWh) * 35, -1);
    // The host's avoided cost: the electric boilers would have drawn heatToGreenhouse / 0.99 at 35 USD/MWh.
    expect(k.backupFuelCostAvoided).toBeCloseTo((k.heatToGreenhouse_MWh / 0.99) * 35, -1);
  });

  it('curtailment above a price stops the miners in those hours', () => {
    let j = setField(manitobaJson, 'economics.electricityPrice', {
      peak: '0.30 USD/kWh',
      offPeak: '0.03 USD/kWh',
      peakHours: [17, 21],
      weekdaysOnly: false,
    });
    j = setField(j, 'control.curtailAbovePrice', '0.2 USD/kWh');
    const r = simulate(j, { hours: 24 * 30 });
    // 4 peak hours of 24 every day (weekdays and weekends alike): uptime 20/24.
    expect(r.kpis.minerUptime).toBeCloseTo(20 / 24, 6);
    for (let h = 0; h < 24; h++) {
      const peak = h >= 17 && h < 21;
      expect(r.series.minerElectricPower[24 * 10 + h]! > 0).toBe(!peak);
    }
  });

  it('an unreadable curtailment price is listed with its path', () => {
    expect(() => loadScenario(setField(manitobaJson, 'control.curtailAbovePrice', '0.2 EUR/kWh'))).toThrow(
      /control\.curtailAbovePrice = "0\.2 EUR\/kWh"/,
    );
  });
});

describe('coverSolar: light through the sloped cover', () => {
  it('a flat roof never passes more than the horizontal global radiation, and low sun passes less', () => {
    const w = bundledWeather();
    const s = coverSolar(w, coverPreset('single-glass'), 0, 0);
    const geo = weatherSolarGeometry(w);
    let june = 0;
    let dec = 0;
    for (let i = 0; i < w.length; i++) {
      // On a horizontal roof the incident light is DNI·cos z + DHI (which a typical year's GHI only
      // approximately equals); through the cover (τ ≤ τ₀ at every angle) it can only be less.
      const incident =
        w.directNormal[i]! * Math.max(0, Math.cos((Math.min(geo.zenith[i]!, 90) * Math.PI) / 180)) +
        w.diffuseHorizontal[i]!;
      if (w.globalHorizontal[i]! > 0) expect(s[i]!).toBeLessThanOrEqual(incident * (1 + 1e-9));
      // Hour ending 13:00 local standard time ≈ solar noon in Winnipeg (97.1° W, UTC−6).
      if (w.hour[i] === 13 && w.globalHorizontal[i]! > 200) {
        const r = s[i]! / w.globalHorizontal[i]!;
        if (w.month[i] === 6) june = Math.max(june, r);
        if (w.month[i] === 12) dec = Math.max(dec, r);
      }
    }
    // High June sun (~63° elevation): nearly the normal-incidence value; December (~17°): clearly less
    // (Fresnel reflection grows steeply beyond 60° incidence, Duffie & Beckman Fig. 5.3.1).
    expect(june).toBeGreaterThan(0.9);
    expect(dec).toBeLessThan(june - 0.05);
  });
});
