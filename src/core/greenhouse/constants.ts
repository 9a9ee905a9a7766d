/**
 * Constants of the greenhouse climate model, as data with their sources. Per m² floor unless stated.
 *
 *   [V]  Vanthoor, B. (2011). A model-based greenhouse design method. PhD thesis, Wageningen University,
 *        ch. 8 (= Vanthoor et al. 2011, Biosyst. Eng. 110:363–377): Tables 8.1 (physics) and 8.2 (the Dutch
 *        Venlo glasshouse), eqs. 8.1–8.74.
 *   [K]  Katzin, D. (2021). Energy saving by LED lighting in greenhouses: a process-based modelling approach.
 *        PhD thesis, Wageningen University, ch. 4 and 7 (the GreenLight model; controls in ch. 4).
 * Keys in models/SOURCES.md: `vanthoor-2011`, `katzin-2021`.
 */

/** Latent heat of evaporation of water, J/kg ([V] Table 8.1 L). */
export const LATENT_HEAT = 2.45e6;
/** Molar mass of water, kg/mol ([V] Table 8.1 M_Water = 18 kg/kmol). */
export const MOLAR_MASS_WATER = 0.018;
/** Molar gas constant, J/(mol·K) ([V] Table 8.1 R = 8314 J/(kmol·K)). */
export const GAS_CONSTANT_MOLAR = 8.314;
/** M_Water / R, kg·K/J: vapour density = (M/R)·e/T ([V] eq. 8.45). */
export const VAPOUR_DENSITY_FACTOR = MOLAR_MASS_WATER / GAS_CONSTANT_MOLAR;
/** Standard gravity, m/s² ([V] Table 8.1 g). */
export const GRAVITY = 9.81;

// --- convection and conduction ([V] Table 8.4) -------------------------------------------------------------
/** Inside cover convection h = c·|ΔT|^0.33 per m² cover, W/(m²·K^1.33) ([V] Table 8.2 c_HECin). */
export const C_HEC_IN = 1.86;
/** Outside cover convection h = c₁ + c₂·u per m² cover ([V] Table 8.2 c_HECout1, c_HECout2; exponent 1). */
export const C_HEC_OUT1 = 2.8;
export const C_HEC_OUT2 = 1.2;
/** Screen convection h = 1.7·u_ThScr·|ΔT|^0.33 on each side, W/(m²·K^1.33) ([V] Table 8.4). */
export const C_HEC_SCREEN = 1.7;
/** Exponent of the free-convection terms above ([V] Table 8.4). */
export const FREE_CONVECTION_EXPONENT = 0.33;
/** Leaf–air convective coefficient per m² leaf (both sides: ×2), W/(m²·K) ([V] Table 8.1 α_LeafAir). */
export const ALPHA_LEAF_AIR = 5;
/** Leaf heat capacity, J/(K·m² leaf) ([V] Table 8.1 cap_Leaf). */
export const CAP_LEAF = 1.2e3;

// --- floor and soil ([V] Table 8.2, Table 8.1) --------------------------------------------------------------
export const FLOOR_THICKNESS = 0.02;
export const FLOOR_CAPACITY = FLOOR_THICKNESS * 2300 * 880;
export const FLOOR_CONDUCTIVITY = 1.7;
export const SOIL_CONDUCTIVITY = 0.85;
export const SOIL_VOLUMETRIC_CAPACITY = 1.73e6;
export const SOIL_LAYERS = [0.04, 0.08, 0.16, 0.32, 0.64] as const;
export const SOIL_OUTER_LAYER = 1.28;

// --- short-wave optics ([V] Tables 8.1–8.2) -------------------------------------------------------------------
export const ETA_GLOB_PAR = 0.5;
export const K1_PAR = 0.7;
export const K_NIR = 0.27;
export const RHO_CAN_PAR = 0.07;
export const RHO_CAN_NIR = 0.35;
export const RHO_FLR_PAR = 0.65;
export const RHO_FLR_NIR = 0.5;
/** Share of global radiation absorbed by the construction and given to the air ([V] Table 8.2 η_GlobAir). */
export const ETA_GLOB_AIR = 0.1;

// --- thermal screen ([V] Table 8.2, the Dutch greenhouse's screen) -------------------------------------------
export const SCREEN = Object.freeze({
  /** Short-wave transmission and reflection (PAR = NIR). */
  tau: 0.6,
  rho: 0.35,
  /** FIR emission and transmission. */
  firEmissivity: 0.67,
  firTransmission: 0.15,
  /** Heat capacity h·ρ·c_p = 0.35 mm · 200 kg/m³ · 1800 J/(kg·K), J/(m²·K). */
  capacity: 0.35e-3 * 200 * 1.8e3,
  /** Air flux coefficient through the closed screen K_ThScr, m³/(m²·K^⅔·s). */
  fluxCoefficient: 0.05e-3,
});

// --- ventilation ([V] Table 8.2 and eqs. 8.62–8.72) ----------------------------------------------------------
/** Discharge coefficient and global wind-pressure coefficient of the roof vents ([V] Table 8.2 C_d, C_w). */
export const VENT_DISCHARGE = 0.75;
export const VENT_WIND_PRESSURE = 0.09;
/** Wind below which leakage stays at its 0.25 m/s value ([V] eq. 8.64). */
export const LEAKAGE_MIN_WIND = 0.25;
/** Rating wind speed at which `leakageACH` is stated (EN ISO 6946's R_se = 0.04 m²K/W ↔ 4 m/s). */
export const LEAKAGE_RATING_WIND = 4;
/** Share of the leakage that enters the top compartment ([K] Table 7.6 c_leakTop = 0.5). */
export const LEAKAGE_TOP_SHARE = 0.5;

// --- transpiration ([V] Table 8.1, eqs. 8.47–8.53) -----------------------------------------------------------
export const R_B = 275;
export const R_S_MIN = 82;
export const C_EVAP1 = 4.3;
export const C_EVAP2 = 0.54;
export const C_EVAP3_DAY = 6.1e-7;
export const C_EVAP3_NIGHT = 1.1e-11;
export const C_EVAP4_DAY = 4.3e-6;
export const C_EVAP4_NIGHT = 5.2e-6;
export const R_CAN_SP = 5;
/** Psychrometric constant γ, Pa/K ([V] Table 8.1). */
export const PSYCHROMETRIC = 65.8;
/** Condensation mass-transfer factor 6.4·10⁻⁹ kg/(J) and switch slope 0.1 /Pa ([V] eq. 8.43). */
export const CONDENSATION_FACTOR = 6.4e-9;
export const CONDENSATION_SWITCH = 0.1;

/** Indoor CO₂ for the stomatal resistance (no CO₂ balance), ppm ([K] ch. 4 co2SpDay = 800). */
export const CO2_PPM = 800;
/** Specific heat of the heating-pipe water, J/(kg·K) ([V] Table 8.1 c_p,Water = 4180). */
export const PIPE_WATER_CP = 4180;

// --- GreenLight climate controller ([K] ch. 4; controls_katzin_2021) -----------------------------------------
export const CONTROL = Object.freeze({
  /** Vents open from heating set-point + heatDeadZone over a 4 K band. */
  ventHeatBand: 4,
  /** Humidity venting: from rhMax over a 50 % band. */
  ventRhBand: 0.5,
  /** Vents close when the air falls 1 K below the heating set-point (band 1 K). */
  ventColdOffset: 1,
  /** Screen closes when it is colder outside than 5 °C by day / 10 °C by night (band 1 K). */
  screenSetpointDay: 278.15,
  screenSetpointNight: 283.15,
  /** Screen opens (a gap) when RH exceeds rhMax − 2 % (band 10 %). */
  screenRhOffset: -0.02,
  screenRhBand: 0.1,
  /** Screen opens when the air is 4 K above the heating set-point (band 1 K). */
  screenHeatDeadZone: 4,
});
