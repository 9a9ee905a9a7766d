import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import {
  type CoverOptics,
  coverFromNormalTransmittance,
  coverTransmittance,
  DOUBLE_POLY,
  effectiveDiffuseAngles,
  gableRoofTransmission,
  incidenceAngle,
  SINGLE_GLASS,
  tiltedIrradiance,
} from '../../../src/core/weather/irradiance';

const RAD = Math.PI / 180;
const IDEAL: CoverOptics = { refractiveIndex: 1, extinctionThickness: 0, covers: 1 };

describe('incidenceAngle (Duffie & Beckman eq. 1.6.3)', () => {
  it('is the zenith for a horizontal plane and 0 for a plane facing the sun', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        (z, az, g) => {
          expect(incidenceAngle(z, az, 0, g)).toBeCloseTo(z, 6);
          expect(incidenceAngle(z, az, z, az)).toBeCloseTo(0, 5);
        },
      ),
    );
  });

  it('is 90° − elevation for a wall facing the sun’s azimuth', () => {
    // Hand calculation: z = 60°, wall (β = 90°) facing the sun: cos θ = cos 60·0 + sin 60·1·1 = 0.8660 → 30°.
    expect(incidenceAngle(60, 180, 90, 180)).toBeCloseTo(30, 10);
    // Sun behind the wall: facing north with the sun due south → 150°.
    expect(incidenceAngle(60, 180, 90, 0)).toBeCloseTo(150, 10);
  });
});

describe('tiltedIrradiance', () => {
  it('gives DNI on a surface normal to the beam', () => {
    const r = tiltedIrradiance({
      ghi: 500,
      dni: 800,
      dhi: 100,
      zenith: 60,
      azimuth: 200,
      tilt: 60,
      surfaceAzimuth: 200,
      albedo: 0.2,
    });
    expect(r.beam).toBeCloseTo(800, 9);
    expect(r.incidence).toBeCloseTo(0, 5);
  });

  it('gives GHI on a horizontal surface when GHI = DNI·cos z + DHI (both sky models)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 84, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (z, az, dni, dhi) => {
          const ghi = dni * Math.cos(z * RAD) + dhi;
          for (const model of ['isotropic', 'hdkr'] as const) {
            const r = tiltedIrradiance({
              ghi,
              dni,
              dhi,
              zenith: z,
              azimuth: az,
              tilt: 0,
              surfaceAzimuth: 180,
              albedo: 0.3,
              model,
              dayOfYear: 100,
            });
            expect(r.total).toBeCloseTo(ghi, 6);
            expect(r.groundReflected).toBeCloseTo(0, 9);
          }
        },
      ),
    );
  });

  it('matches a hand calculation for a south wall, isotropic sky (Liu & Jordan; D&B eq. 2.15.1)', () => {
    // z = 60°, sun due south, DNI 800, DHI 100, GHI = 800·0.5 + 100 = 500, ρ = 0.2, wall β = 90° facing south:
    // beam = 800·cos 30° = 692.82; sky = 100·(1 + 0)/2 = 50; ground = 500·0.2·(1 − 0)/2 = 50 → 792.82 W/m².
    const r = tiltedIrradiance({
      ghi: 500,
      dni: 800,
      dhi: 100,
      zenith: 60,
      azimuth: 180,
      tilt: 90,
      surfaceAzimuth: 180,
      albedo: 0.2,
    });
    expect(r.beam).toBeCloseTo(692.82, 2);
    expect(r.skyDiffuse).toBeCloseTo(50, 9);
    expect(r.groundReflected).toBeCloseTo(50, 9);
    expect(r.total).toBeCloseTo(792.82, 2);
  });

  it('matches a hand calculation for the same wall with HDKR (D&B eq. 2.16.7)', () => {
    // G_on given as 1316.7 W/m²: A_i = 800/1316.7 = 0.60758; f = √(400/500) = 0.89443; R_b = cos 30°/cos 60°
    // = 1.73205; sin³(45°) = 0.35355.
    // sky = 100·0.60758·1.73205 + 100·(1 − 0.60758)·0.5·(1 + 0.89443·0.35355) = 105.236 + 19.621·1.31623 = 131.062.
    const r = tiltedIrradiance({
      ghi: 500,
      dni: 800,
      dhi: 100,
      zenith: 60,
      azimuth: 180,
      tilt: 90,
      surfaceAzimuth: 180,
      albedo: 0.2,
      model: 'hdkr',
      extraterrestrialNormal: 1316.7,
    });
    expect(r.skyDiffuse).toBeCloseTo(131.06, 1);
    expect(r.beam).toBeCloseTo(692.82, 2);
    expect(r.total).toBeCloseTo(692.82 + 131.06 + 50, 1);
  });

  it('has no beam with the sun behind the surface or below the horizon', () => {
    const base = { ghi: 100, dni: 500, dhi: 50, azimuth: 180, tilt: 90, albedo: 0.2 };
    expect(tiltedIrradiance({ ...base, zenith: 60, surfaceAzimuth: 0 }).beam).toBe(0);
    expect(tiltedIrradiance({ ...base, zenith: 95, surfaceAzimuth: 180 }).beam).toBe(0);
    expect(
      tiltedIrradiance({ ...base, zenith: 95, surfaceAzimuth: 180, model: 'hdkr', dayOfYear: 1 }).beam,
    ).toBe(0);
  });

  it('rejects bad inputs', () => {
    const ok = {
      ghi: 100,
      dni: 100,
      dhi: 50,
      zenith: 30,
      azimuth: 180,
      tilt: 30,
      surfaceAzimuth: 180,
      albedo: 0.2,
    };
    expect(() => tiltedIrradiance({ ...ok, ghi: -1 })).toThrow(/ghi/);
    expect(() => tiltedIrradiance({ ...ok, albedo: 1.5 })).toThrow(/albedo/);
    expect(() => tiltedIrradiance({ ...ok, tilt: Number.NaN })).toThrow(InputError);
    expect(() => tiltedIrradiance({ ...ok, model: 'hdkr' })).toThrow(/dayOfYear/);
    expect(() => tiltedIrradiance({ ...ok, model: 'perez' as never })).toThrow(/model/);
  });
});

describe('coverTransmittance (Duffie & Beckman §5.1–5.3)', () => {
  it('matches the normal-incidence closed forms', () => {
    // r = ((n − 1)/(n + 1))² = (0.526/2.526)² = 0.043362 for glass (n = 1.526).
    const r = (0.526 / 2.526) ** 2;
    // One sheet: τ_r = (1 − r)/(1 + r), τ_a = exp(−KL) with KL = 10 m⁻¹ × 4 mm = 0.04.
    expect(coverTransmittance(0, SINGLE_GLASS)).toBeCloseTo(((1 - r) / (1 + r)) * Math.exp(-0.04), 9);
    // Two sheets (n = 1.51): τ_r = (1 − r)/(1 + 3r), τ_a = exp(−2·0.045).
    const r2 = (0.51 / 2.51) ** 2;
    expect(coverTransmittance(0, DOUBLE_POLY)).toBeCloseTo(((1 - r2) / (1 + 3 * r2)) * Math.exp(-0.09), 9);
    // Catalogue values (models/equipment/greenhouse-covers): single glass 88 %, double poly 78 %.
    expect(coverTransmittance(0, SINGLE_GLASS)).toBeCloseTo(0.88, 2);
    expect(coverTransmittance(0, DOUBLE_POLY)).toBeCloseTo(0.78, 3);
  });

  it('builds optics that reproduce a catalogue normal transmittance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 0.65, noNaN: true }), // below the 3-sheet, n = 1.7 reflection limit 0.698
        fc.double({ min: 1.3, max: 1.7, noNaN: true }),
        fc.integer({ min: 1, max: 3 }),
        (tau, n, covers) => {
          expect(coverTransmittance(0, coverFromNormalTransmittance(tau, n, covers))).toBeCloseTo(tau, 12);
        },
      ),
    );
    // One glass sheet cannot exceed its reflection limit (1 − r)/(1 + r) = 0.9169.
    expect(() => coverFromNormalTransmittance(0.95, 1.526)).toThrow(/at most 0.9169/);
  });

  it('matches a hand calculation at 60° (one glass sheet, no absorption)', () => {
    // Snell: θ2 = asin(sin 60°/1.526) = 34.5769°.
    // r⊥ = sin²(θ2 − θ1)/sin²(θ2 + θ1) = sin²(−25.4231°)/sin²(94.5769°) = 0.18459/0.99364 = 0.18577;
    // r∥ = tan²(−25.4231°)/tan²(94.5769°) = 0.22639/156.25 = 0.001449;
    // τ_r = ½[(1 − 0.18577)/(1 + 0.18577) + (1 − 0.001449)/(1 + 0.001449)] = ½[0.68668 + 0.99711] = 0.84189.
    const glassNoAbs: CoverOptics = { refractiveIndex: 1.526, extinctionThickness: 0, covers: 1 };
    expect(coverTransmittance(60, glassNoAbs)).toBeCloseTo(0.8419, 3);
  });

  it('decreases with incidence angle, stays in [0, 1] and is 0 at grazing incidence', () => {
    for (const cover of [SINGLE_GLASS, DOUBLE_POLY]) {
      let prev = 1;
      for (let a = 0; a <= 90; a += 1) {
        const t = coverTransmittance(a, cover);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(prev + 1e-12);
        prev = t;
      }
      expect(coverTransmittance(90, cover)).toBe(0);
      expect(coverTransmittance(120, cover)).toBe(0);
    }
    expect(coverTransmittance(45, IDEAL)).toBeCloseTo(1, 12);
    expect(() => coverTransmittance(10, { ...SINGLE_GLASS, covers: 0 })).toThrow(/covers/);
  });

  it('uses the Brandemuehl & Beckman effective diffuse angles (D&B eqs. 5.4.1–5.4.2)', () => {
    // β = 30°: sky 59.7 − 4.164 + 1.3473 = 56.883°; ground 90 − 17.364 + 2.4237 = 75.060°.
    const e = effectiveDiffuseAngles(30);
    expect(e.sky).toBeCloseTo(56.8833, 4);
    expect(e.ground).toBeCloseTo(75.0597, 4);
  });
});

describe('gableRoofTransmission', () => {
  it('passes DNI·cos z per m² of floor through an ideal roof when the sun is above both slopes', () => {
    // Geometry: the two halves (area A/(2 cos β) each) have Σ A_i n_i = A·ẑ, so with both halves lit the
    // beam crossing the roof equals the beam on the horizontal floor, for any sun direction.
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 45, noNaN: true }),
        fc.double({ min: 0, max: 180, noNaN: true }),
        (z, az, slope, ridge) => {
          // keep the far slope lit: incidence < 90° on both halves needs z + slope < 90°
          const dni = 800;
          const ghi = dni * Math.cos(z * RAD);
          const r = gableRoofTransmission({
            ghi,
            dni,
            dhi: 0,
            zenith: z,
            azimuth: az,
            roofSlope: slope,
            ridgeAzimuth: ridge,
            albedo: 0,
            cover: IDEAL,
          });
          expect(r.transmittedPerFloor).toBeCloseTo(ghi, 6);
          expect(r.ratioToHorizontal).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('reduces to the horizontal cover for a flat roof', () => {
    // β = 0: per floor = (I_1 + I_2)/2 = I, transmitted = τ(z)·DNI·cos z + τ(59.7°)·DHI.
    const [z, dni, dhi] = [40, 700, 120];
    const ghi = dni * Math.cos(z * RAD) + dhi;
    const r = gableRoofTransmission({
      ghi,
      dni,
      dhi,
      zenith: z,
      azimuth: 170,
      roofSlope: 0,
      ridgeAzimuth: 0,
    });
    const expected =
      coverTransmittance(z, SINGLE_GLASS) * dni * Math.cos(z * RAD) +
      coverTransmittance(59.7, SINGLE_GLASS) * dhi;
    expect(r.transmittedPerFloor).toBeCloseTo(expected, 9);
    expect(r.incidentPerFloor).toBeCloseTo(ghi, 9);
  });

  it('applies the structure factor and reports per-slope results', () => {
    const input = { ghi: 400, dni: 600, dhi: 100, zenith: 60, azimuth: 180, roofSlope: 25, ridgeAzimuth: 90 };
    const a = gableRoofTransmission(input);
    const b = gableRoofTransmission({ ...input, structureFactor: 0.8 });
    expect(b.transmittedPerFloor).toBeCloseTo(0.8 * a.transmittedPerFloor, 9);
    // E–W ridge: one half faces south (180°), the other north (0°); the south half sees more.
    expect(a.slopes.map((s) => s.surfaceAzimuth).sort()).toEqual([0, 180]);
    const south = a.slopes.find((s) => s.surfaceAzimuth === 180)!;
    const north = a.slopes.find((s) => s.surfaceAzimuth === 0)!;
    expect(south.incident).toBeGreaterThan(north.incident);
    // South half: incidence = z − β = 35°; north half: z + β = 85°.
    expect(south.incidence).toBeCloseTo(35, 9);
    expect(north.incidence).toBeCloseTo(85, 9);
    expect(gableRoofTransmission({ ...input, ghi: 0, dni: 0, dhi: 0 }).ratioToHorizontal).toBe(0);
    expect(() => gableRoofTransmission({ ...input, roofSlope: 85 })).toThrow(/roofSlope/);
  });
});
