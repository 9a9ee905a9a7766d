/**
 * Solar irradiance on tilted surfaces (greenhouse roof slopes and walls) and its transmission through a
 * transparent cover. Angles in degrees; azimuths clockwise from north (south 180°); irradiance in W/m².
 *
 * Sources: J. A. Duffie & W. A. Beckman, *Solar Engineering of Thermal Processes*, 4th ed. (Wiley 2013),
 * "D&B" below: angle of incidence §1.6, isotropic sky §2.15 (Liu & Jordan 1963), HDKR model §2.16 (Hay &
 * Davies 1980, Klucher 1979, Reindl et al. 1990), cover optics §5.1–5.4.
 */
import { InputError, requireFinite } from '../errors';
import { extraterrestrialNormal } from './solar';

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

/**
 * Angle of incidence of beam radiation on a plane (D&B eq. 1.6.3):
 * cos θ = cos θz·cos β + sin θz·sin β·cos(γs − γ).
 * @param zenith sun zenith θz, 0–180°. @param azimuth sun azimuth γs.
 * @param tilt surface slope β from horizontal, 0–180° (90° = wall). @param surfaceAzimuth direction the
 *   surface faces, γ (south-facing roof slope 180°).
 * @returns θ, 0–180° (> 90°: the sun is behind the surface).
 */
export function incidenceAngle(
  zenith: number,
  azimuth: number,
  tilt: number,
  surfaceAzimuth: number,
): number {
  // The same cos θ as the angle between the sun's unit vector s and the surface normal n, taken as
  // θ = 2·atan2(|s − n|, |s + n|) (W. Kahan, "How futile are mindless assessments of roundoff", 2006, §12):
  // exact to round-off also near 0° and 180°, where acos(cos θ) keeps only half the digits (θ ≈ 1e-6° reads 0).
  checkAngles(zenith, azimuth, tilt, surfaceAzimuth);
  const z = zenith * RAD;
  const a = azimuth * RAD;
  const b = tilt * RAD;
  const g = surfaceAzimuth * RAD;
  const sx = Math.sin(z) * Math.cos(a);
  const sy = Math.sin(z) * Math.sin(a);
  const sz = Math.cos(z);
  const nx = Math.sin(b) * Math.cos(g);
  const ny = Math.sin(b) * Math.sin(g);
  const nz = Math.cos(b);
  const diff = Math.hypot(sx - nx, sy - ny, sz - nz);
  const sum = Math.hypot(sx + nx, sy + ny, sz + nz);
  return 2 * Math.atan2(diff, sum) * DEG;
}

function checkAngles(zenith: number, azimuth: number, tilt: number, surfaceAzimuth: number): void {
  requireFinite('zenith', zenith, 0, 180, '°');
  requireFinite('azimuth', azimuth, -360, 720, '°');
  requireFinite('tilt', tilt, 0, 180, '°');
  requireFinite('surfaceAzimuth', surfaceAzimuth, -360, 720, '°');
}

function cosIncidence(zenith: number, azimuth: number, tilt: number, surfaceAzimuth: number): number {
  checkAngles(zenith, azimuth, tilt, surfaceAzimuth);
  const z = zenith * RAD;
  const b = tilt * RAD;
  const c =
    Math.cos(z) * Math.cos(b) + Math.sin(z) * Math.sin(b) * Math.cos((azimuth - surfaceAzimuth) * RAD);
  return Math.min(1, Math.max(-1, c));
}

/** Sky-diffuse model for {@link tiltedIrradiance}. */
export type SkyModel = 'isotropic' | 'hdkr';

export interface TiltedIrradianceInput {
  /** Global horizontal irradiance, W/m². */
  readonly ghi: number;
  /** Direct normal irradiance, W/m². */
  readonly dni: number;
  /** Diffuse horizontal irradiance, W/m². */
  readonly dhi: number;
  /** Sun zenith (apparent), degrees. */
  readonly zenith: number;
  /** Sun azimuth, degrees clockwise from north. */
  readonly azimuth: number;
  /** Surface slope from horizontal, degrees (0 roof-flat, 90 wall). */
  readonly tilt: number;
  /** Direction the surface faces, degrees clockwise from north. */
  readonly surfaceAzimuth: number;
  /** Ground reflectance (albedo), 0–1: ~0.2 grass/soil, 0.6–0.8 fresh snow. */
  readonly albedo: number;
  /** Default 'isotropic'. 'hdkr' needs `dayOfYear` or `extraterrestrialNormal`. */
  readonly model?: SkyModel;
  /** Day of year, to compute the extraterrestrial normal irradiance for HDKR. */
  readonly dayOfYear?: number;
  /** Extraterrestrial normal irradiance G_on, W/m² (overrides `dayOfYear`). */
  readonly extraterrestrialNormal?: number;
}

/** Components of the irradiance on a tilted surface, W/m² of that surface. */
export interface TiltedIrradiance {
  /** Beam (direct) part, DNI·max(0, cos θ). */
  readonly beam: number;
  /** Diffuse from the sky dome (HDKR: including circumsolar and horizon brightening). */
  readonly skyDiffuse: number;
  /** Reflected from the ground, GHI·ρ·(1 − cos β)/2. */
  readonly groundReflected: number;
  /** beam + skyDiffuse + groundReflected. */
  readonly total: number;
  /** Angle of incidence of the beam, degrees. */
  readonly incidence: number;
}

/** cos 85°: lower bound on cos θz in the beam ratio R_b = cos θ / cos θz (avoids blow-up at sunrise/sunset). */
const MIN_COS_ZENITH = Math.cos(85 * RAD);

/**
 * Irradiance on a tilted plane from GHI/DNI/DHI.
 * - 'isotropic' (Liu & Jordan 1963; D&B eq. 2.15.1): I_T = DNI·cos θ + DHI·(1 + cos β)/2 + GHI·ρ·(1 − cos β)/2.
 * - 'hdkr' (D&B eq. 2.16.7): I_T = (I_b + I_d·A_i)·R_b + I_d·(1 − A_i)·(1 + cos β)/2·[1 + f·sin³(β/2)]
 *   + I·ρ·(1 − cos β)/2, with anisotropy index A_i = DNI/G_on (eq. 2.16.3), f = √(I_b/I) (eq. 2.16.6),
 *   I_b = DNI·cos θz; the beam term I_b·R_b is evaluated as DNI·cos θ, and R_b for the circumsolar term uses
 *   cos θz ≥ cos 85° (our guard).
 * The beam is zero when the sun is behind the surface (θ ≥ 90°) or below the horizon (θz ≥ 90°).
 * For a horizontal plane both give DNI·cos θz + DHI (= GHI when the three are consistent).
 */
export function tiltedIrradiance(input: TiltedIrradianceInput): TiltedIrradiance {
  const ghi = requireFinite('ghi', input.ghi, 0, 2000, 'W/m²');
  const dni = requireFinite('dni', input.dni, 0, 2000, 'W/m²');
  const dhi = requireFinite('dhi', input.dhi, 0, 2000, 'W/m²');
  const albedo = requireFinite('albedo', input.albedo, 0, 1);
  const cosT = cosIncidence(input.zenith, input.azimuth, input.tilt, input.surfaceAzimuth);
  const cosZ = Math.cos(input.zenith * RAD);
  const cosB = Math.cos(input.tilt * RAD);
  const sunUp = input.zenith < 90;
  const beam = sunUp ? dni * Math.max(0, cosT) : 0;
  const groundReflected = (ghi * albedo * (1 - cosB)) / 2;
  const model = input.model ?? 'isotropic';
  let skyDiffuse: number;
  if (model === 'isotropic') {
    skyDiffuse = (dhi * (1 + cosB)) / 2;
  } else if (model === 'hdkr') {
    let gon = input.extraterrestrialNormal;
    if (gon === undefined) {
      if (input.dayOfYear === undefined) {
        throw new InputError(
          'dayOfYear',
          undefined,
          'a day of year (1–366) or extraterrestrialNormal (W/m²) for the HDKR sky model',
        );
      }
      gon = extraterrestrialNormal(input.dayOfYear);
    }
    requireFinite('extraterrestrialNormal', gon, 1000, 1500, 'W/m²');
    const Ai = sunUp ? Math.min(1, dni / gon) : 0;
    const Ib = sunUp ? dni * cosZ : 0;
    const f = ghi > 0 ? Math.sqrt(Math.min(1, Ib / ghi)) : 0;
    const Rb = sunUp ? Math.max(0, cosT) / Math.max(cosZ, MIN_COS_ZENITH) : 0;
    const halfBeta = (input.tilt * RAD) / 2;
    skyDiffuse = dhi * Ai * Rb + dhi * (1 - Ai) * ((1 + cosB) / 2) * (1 + f * Math.sin(halfBeta) ** 3);
  } else {
    throw new InputError('model', model, '"isotropic" or "hdkr"');
  }
  return {
    beam,
    skyDiffuse,
    groundReflected,
    total: beam + skyDiffuse + groundReflected,
    incidence: Math.acos(cosT) * DEG,
  };
}

/** Optical description of a transparent cover made of `covers` identical, non-absorbing-coated sheets. */
export interface CoverOptics {
  /** Refractive index n of the sheet material (glass 1.526, polyethylene ~1.51). */
  readonly refractiveIndex: number;
  /** Extinction coefficient × thickness K·L of one sheet, dimensionless (float glass K ≈ 4–32 m⁻¹). */
  readonly extinctionThickness: number;
  /** Number of sheets (inflated double poly: 2). */
  readonly covers: number;
  readonly label?: string;
}

/**
 * Single horticultural float glass, 4 mm. n = 1.526 (D&B §5.1); K = 10 m⁻¹ is an engineering assumption between
 * low-iron (4 m⁻¹) and ordinary float glass (16–32 m⁻¹) (D&B §5.2). Normal-incidence τ = 0.881, matching the
 * 88 % of models/equipment/greenhouse-covers/single-glass.json.
 */
export const SINGLE_GLASS: CoverOptics = {
  refractiveIndex: 1.526,
  extinctionThickness: 10 * 0.004,
  covers: 1,
  label: 'single glass 4 mm (assumed K = 10 m⁻¹)',
};

/**
 * Inflated double polyethylene film. n = 1.51 for polyethylene; K·L = 0.045 per film is chosen so the
 * normal-incidence τ is 0.78, the catalogue value of models/equipment/greenhouse-covers/double-poly.json
 * (absorption and scattering of UV/IR-additive films lumped into K·L; an engineering assumption).
 */
export const DOUBLE_POLY: CoverOptics = {
  refractiveIndex: 1.51,
  extinctionThickness: 0.045,
  covers: 2,
  label: 'inflated double polyethylene (K·L = 0.045 per film, τ(0°) = 0.78)',
};

/**
 * Cover optics whose normal-incidence transmittance equals a catalogue value τ0: keeps the Fresnel
 * reflection of `covers` sheets of index n and puts the rest of the loss into absorption,
 * K·L = −ln(τ0 / τ_r(0)) / N with τ_r(0) = (1 − r)/(1 + (2N − 1)·r), r = ((n − 1)/(n + 1))² (D&B §5.1–5.2).
 * @throws InputError when τ0 exceeds the reflection-only limit τ_r(0).
 */
export function coverFromNormalTransmittance(
  normalTransmittance: number,
  refractiveIndex: number,
  covers = 1,
): CoverOptics {
  requireFinite('normalTransmittance', normalTransmittance, 0.01, 1);
  checkCover({ refractiveIndex, extinctionThickness: 0, covers });
  const r = ((refractiveIndex - 1) / (refractiveIndex + 1)) ** 2;
  const tauR0 = (1 - r) / (1 + (2 * covers - 1) * r);
  if (normalTransmittance > tauR0) {
    throw new InputError(
      'normalTransmittance',
      normalTransmittance,
      `at most ${tauR0.toFixed(4)} for ${covers} sheet(s) of refractive index ${refractiveIndex} (reflection losses alone)`,
    );
  }
  return {
    refractiveIndex,
    extinctionThickness: -Math.log(normalTransmittance / tauR0) / covers,
    covers,
    label: `${covers} sheet(s), n = ${refractiveIndex}, τ(0°) = ${normalTransmittance}`,
  };
}

function checkCover(cover: CoverOptics): void {
  requireFinite('cover.refractiveIndex', cover.refractiveIndex, 1, 3);
  requireFinite('cover.extinctionThickness', cover.extinctionThickness, 0, 5);
  if (!Number.isInteger(cover.covers) || cover.covers < 1 || cover.covers > 4) {
    throw new InputError('cover.covers', cover.covers, 'an integer from 1 to 4');
  }
}

/**
 * Beam transmittance of a cover system at incidence angle θ (degrees), D&B §5.1–5.3:
 * Snell θ2 = asin(sin θ / n); r⊥ = sin²(θ2 − θ)/sin²(θ2 + θ), r∥ = tan²(θ2 − θ)/tan²(θ2 + θ) (eqs. 5.1.1, 5.1.2);
 * reflection loss of N sheets with interreflections τ_r = ½ Σ_{⊥,∥} (1 − r)/(1 + (2N − 1)·r) (eq. 5.1.8);
 * absorption τ_a = exp(−N·K·L / cos θ2) (Bouguer, eq. 5.2.2); τ ≈ τ_a·τ_r (§5.3).
 * At normal incidence r = ((n − 1)/(n + 1))². Returns 0 at θ ≥ 90°.
 */
export function coverTransmittance(incidence: number, cover: CoverOptics): number {
  requireFinite('incidence', incidence, 0, 180, '°');
  checkCover(cover);
  if (incidence >= 90) return 0;
  const n = cover.refractiveIndex;
  const N = cover.covers;
  const t1 = incidence * RAD;
  const t2 = Math.asin(Math.sin(t1) / n);
  let rPerp: number;
  let rPar: number;
  if (t1 < 1e-6) {
    rPerp = ((n - 1) / (n + 1)) ** 2;
    rPar = rPerp;
  } else {
    rPerp = Math.sin(t2 - t1) ** 2 / Math.sin(t2 + t1) ** 2;
    rPar = Math.tan(t2 - t1) ** 2 / Math.tan(t2 + t1) ** 2;
  }
  const tauR = 0.5 * ((1 - rPerp) / (1 + (2 * N - 1) * rPerp) + (1 - rPar) / (1 + (2 * N - 1) * rPar));
  const tauA = Math.exp((-N * cover.extinctionThickness) / Math.cos(t2));
  return tauA * tauR;
}

/**
 * Effective beam incidence angles for isotropic sky-diffuse and ground-reflected radiation on a plane of slope
 * β (degrees), Brandemuehl & Beckman (1980), D&B eqs. 5.4.1–5.4.2:
 * θe,sky = 59.7 − 0.1388β + 0.001497β²; θe,ground = 90 − 0.5788β + 0.002693β².
 */
export function effectiveDiffuseAngles(tilt: number): { sky: number; ground: number } {
  requireFinite('tilt', tilt, 0, 180, '°');
  return {
    sky: 59.7 - 0.1388 * tilt + 0.001497 * tilt * tilt,
    ground: 90 - 0.5788 * tilt + 0.002693 * tilt * tilt,
  };
}

/**
 * Transmitted irradiance through a cover of slope `tilt`: beam × τ(θ) + sky diffuse × τ(θe,sky) + ground
 * reflected × τ(θe,ground), W/m² of cover.
 */
export function transmittedIrradiance(
  components: TiltedIrradiance,
  tilt: number,
  cover: CoverOptics,
): { beam: number; diffuse: number; total: number } {
  const eff = effectiveDiffuseAngles(tilt);
  const beam = components.beam * coverTransmittance(Math.min(90, components.incidence), cover);
  const diffuse =
    components.skyDiffuse * coverTransmittance(eff.sky, cover) +
    components.groundReflected * coverTransmittance(Math.min(89.999, eff.ground), cover);
  return { beam, diffuse, total: beam + diffuse };
}

export interface GableRoofInput {
  readonly ghi: number;
  readonly dni: number;
  readonly dhi: number;
  /** Sun zenith (apparent), degrees. */
  readonly zenith: number;
  /** Sun azimuth, degrees clockwise from north. */
  readonly azimuth: number;
  /** Roof slope of both halves, 0–80° (Venlo glasshouses ~22–26°, gothic-arch poly houses ~30–45°). */
  readonly roofSlope: number;
  /** Direction the ridge runs, degrees clockwise from north (0 = north–south ridge, slopes face E and W). */
  readonly ridgeAzimuth: number;
  /** Ground albedo, 0–1 (default 0.2). */
  readonly albedo?: number;
  /** Cover optics (default {@link SINGLE_GLASS}). */
  readonly cover?: CoverOptics;
  /**
   * Fraction of light not intercepted by the frame, gutters and glazing bars, 0–1 (default 1: none; the
   * caller applies its own, typically 0.8–0.9 for glasshouses).
   */
  readonly structureFactor?: number;
  readonly model?: SkyModel;
  readonly dayOfYear?: number;
}

export interface GableRoofResult {
  /** Irradiance reaching the outside of the roof, per m² of floor, W/m². */
  readonly incidentPerFloor: number;
  /** Irradiance transmitted into the greenhouse, per m² of floor, W/m². */
  readonly transmittedPerFloor: number;
  /** transmittedPerFloor / GHI (0 when GHI is 0). */
  readonly ratioToHorizontal: number;
  /** The two roof halves: facing ridgeAzimuth + 90° and ridgeAzimuth − 90°. Per m² of roof. */
  readonly slopes: readonly {
    readonly surfaceAzimuth: number;
    readonly incidence: number;
    readonly incident: number;
    readonly transmitted: number;
  }[];
}

/**
 * Global radiation transmitted by a symmetric gable roof, per m² of floor. Each half has area
 * A_floor / (2 cos β); its incident irradiance comes from {@link tiltedIrradiance} and its transmittance
 * from {@link coverTransmittance} (beam at its incidence angle, diffuse at the Brandemuehl–Beckman effective
 * angles). Approximations: the halves are unobstructed planes (no shading by neighbouring spans or by
 * the structure beyond `structureFactor`), gable ends and side walls are ignored (a wide multi-span house),
 * and light is not redistributed between halves. When the sun is above both halves the beam crossing the
 * roof per m² of floor equals DNI·cos θz (geometric identity), so the ratio to horizontal differs from 1
 * mainly through the cover's angular transmittance and the extra diffuse seen by the tilted halves.
 */
export function gableRoofTransmission(input: GableRoofInput): GableRoofResult {
  const slope = requireFinite('roofSlope', input.roofSlope, 0, 80, '°');
  requireFinite('ridgeAzimuth', input.ridgeAzimuth, -360, 720, '°');
  const structure = requireFinite('structureFactor', input.structureFactor ?? 1, 0, 1);
  const cover = input.cover ?? SINGLE_GLASS;
  const areaPerFloor = 1 / (2 * Math.cos(slope * RAD));
  const slopes = [90, -90].map((d) => {
    const surfaceAzimuth = (((input.ridgeAzimuth + d) % 360) + 360) % 360;
    const c = tiltedIrradiance({
      ghi: input.ghi,
      dni: input.dni,
      dhi: input.dhi,
      zenith: input.zenith,
      azimuth: input.azimuth,
      tilt: slope,
      surfaceAzimuth,
      albedo: input.albedo ?? 0.2,
      ...(input.model ? { model: input.model } : {}),
      ...(input.dayOfYear !== undefined ? { dayOfYear: input.dayOfYear } : {}),
    });
    const t = transmittedIrradiance(c, slope, cover);
    return { surfaceAzimuth, incidence: c.incidence, incident: c.total, transmitted: t.total * structure };
  });
  const incidentPerFloor = (slopes[0]!.incident + slopes[1]!.incident) * areaPerFloor;
  const transmittedPerFloor = (slopes[0]!.transmitted + slopes[1]!.transmitted) * areaPerFloor;
  return {
    incidentPerFloor,
    transmittedPerFloor,
    ratioToHorizontal: input.ghi > 0 ? transmittedPerFloor / input.ghi : 0,
    slopes,
  };
}
