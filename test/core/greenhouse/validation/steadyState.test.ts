/**
 * Steady state at the cover rating condition (night, no crop, no sun, no leakage, no screen, dry air): the
 * model's heat demand against a hand-written resistance network of the same house, solved here by fixed-point
 * iteration from Vanthoor (2011) ch. 8's film and radiation formulas — an independent implementation of the
 * four surface balances (top compartment, inner and outer cover surface, floor), not the model's matrix.
 * The model keeps a vestigial canopy (LAI 0.01, 0.9 % of the floor's radiating area) that the hand network
 * leaves out; it carries ≈ 0.5 % of the heat, hence the 1 % tolerance.
 */
import { VANTHOOR_HOUSE } from '../../../../src/core/greenhouse/vanthoor';
import { describe, expect, it } from 'vitest';
import {
  COVER_RATING_CONDITION,
  coverRatingInputs,
  createGreenhouse,
  GH,
  initialState,
  steadyState,
} from '../../../../src/core/greenhouse/model';

const SIGMA = 5.670374419e-8;
const rho = (T: number) => (101325 * 0.02896) / (8.314462618 * T);

function handNetwork(rc: number, R: number) {
  const Ta = 293.15;
  const To = 273.15;
  const Tsky = 273.15;
  const u = 4;
  const shadow = 0.49 * Math.PI * 0.051 * 1.875; // pipe shadow on the floor, [V] Table 8.3
  const fFlrUp = (1 - shadow) * Math.exp(-0.94 * 0.01);
  // floor node → deep soil (held at the air temperature): series conduction of the five layers and the outer one
  const Rsoil =
    (0.02 / 1.7 + 0.04 / 0.85) / 2 +
    (0.04 + 0.08) / (2 * 0.85) +
    (0.08 + 0.16) / (2 * 0.85) +
    (0.16 + 0.32) / (2 * 0.85) +
    (0.32 + 0.64) / (2 * 0.85) +
    (0.64 + 1.28) / (2 * 0.85);
  let Tt = 285;
  let Tci = 280;
  let Tce = 275;
  let Tf = 290;
  for (let it = 0; it < 20000; it++) {
    const rhoM = 0.5 * (rho(Ta) + rho(Tt));
    const dRho = (rhoM * Math.max(Math.abs(Ta - Tt), 0.1)) / (0.5 * (Ta + Tt));
    const Gat = rhoM * 1006 * (1 / rhoM) * Math.sqrt(0.5 * rhoM * 9.81 * dRho); // open screen: buoyant exchange
    const Gtc = 1.86 * Math.abs(Tt - Tci) ** 0.33 * rc;
    const Gfc = fFlrUp * 0.85 * SIGMA * (Tf * Tf + Tci * Tci) * (Tf + Tci);
    const Gaf = Tf > Ta ? 1.7 * (Tf - Ta) ** 0.33 : 1.3 * (Ta - Tf) ** 0.25;
    const Gcc = rc / R;
    const Gco = (2.8 + 1.2 * u) * rc;
    const Gcs = 0.85 * SIGMA * (Tce * Tce + Tsky * Tsky) * (Tce + Tsky);
    // each node at the conductance-weighted mean of its neighbours (Gauss–Seidel), lightly relaxed
    const w = 0.5;
    Tt += w * ((Gat * Ta + Gtc * Tci) / (Gat + Gtc) - Tt);
    Tci += w * ((Gtc * Tt + Gfc * Tf + Gcc * Tce) / (Gtc + Gfc + Gcc) - Tci);
    Tce += w * ((Gcc * Tci + Gco * To + Gcs * Tsky) / (Gcc + Gco + Gcs) - Tce);
    Tf += w * ((Gaf * Ta + Ta / Rsoil + Gfc * Tci) / (Gaf + 1 / Rsoil + Gfc) - Tf);
  }
  const rhoM = 0.5 * (rho(Ta) + rho(Tt));
  const dRho = (rhoM * Math.max(Math.abs(Ta - Tt), 0.1)) / (0.5 * (Ta + Tt));
  const Gat = 1006 * Math.sqrt(0.5 * rhoM * 9.81 * dRho);
  const Gaf = Tf > Ta ? 1.7 * (Tf - Ta) ** 0.33 : 1.3 * (Ta - Tf) ** 0.25;
  const coverLoss = (2.8 + 1.2 * u) * rc * (Tce - To) + 0.85 * SIGMA * (Tce ** 4 - Tsky ** 4);
  return { demand: Gat * (Ta - Tt) + Gaf * (Ta - Tf), coverLoss, soilGain: (Ta - Tf) / Rsoil, Tci };
}

describe('steady state at the rating condition vs a hand-written resistance network', () => {
  const r = COVER_RATING_CONDITION;
  const inp = coverRatingInputs();
  for (const cover of ['single-glass', 'double-glass'] as const) {
    it(`${cover}: heat demand and cover U within 1 %`, () => {
      const params = {
        ...VANTHOOR_HOUSE,
        floorArea: 1e4,
        cover,
        coverToFloorRatio: 1.3,
        thermalScreen: false,
        leafAreaIndex: 0,
        leakage: 0,
        deepSoilT: r.airT,
        // bare pipes: all their heat goes to the air by convection, as in the hand network
        pipeRail: { outerDiameter: 0.051, innerDiameter: 0.047, lengthPerFloorArea: 1.875, emissivity: 0 },
      };
      const m = createGreenhouse(params);
      m.dry = true;
      const s = initialState(m, r.airT, 0);
      const d = steadyState(m, inp, r.airT, s);
      const hand = handNetwork(1.3, m.cover.layerResistance);
      expect(d.waterHeat / m.floorArea / hand.demand).toBeCloseTo(1, 2);
      expect(s[GH.coverIn]! - hand.Tci).toBeLessThan(0.3);
      // U of the cover from the hand network; the model's rating U (default rail) within 2 %
      const U = hand.coverLoss / (1.3 * (r.airT - r.outdoorT));
      expect(m.ratingU / U).toBeGreaterThan(0.98);
      expect(m.ratingU / U).toBeLessThan(1.02);
      // demand = U·A·ΔT of the cover less what the warm deep soil gives back (first law of the hand network)
      expect(hand.demand).toBeCloseTo(hand.coverLoss - hand.soilGain, 6);
    });
  }
});
