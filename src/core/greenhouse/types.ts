/** Inputs and outputs of a greenhouse step and of the heat-demand solve. SI units, heat flows in W. */

export interface GreenhouseInputs {
  /** Outdoor air temperature, K. */
  outdoorT: number;
  /** Effective sky temperature for long-wave exchange, K. */
  skyT: number;
  /** Wind speed at the greenhouse, m/s. */
  windSpeed: number;
  /** Global horizontal irradiance outside, W/m² (per m² floor). */
  solarOnCover: number;
  /** Heating water inlet temperature, K (ignored when `pipeMassFlow` = 0). */
  pipeInletT: number;
  /** Heating water mass flow, kg/s, whole greenhouse (0 = pump off). */
  pipeMassFlow: number;
  /** Outdoor vapour pressure, Pa (from the dew point); default 80 % relative humidity at `outdoorT` (assumption). */
  outdoorVapourPressure?: number | undefined;
  /**
   * Thermal screen closure 0 (open) … 1 (closed); leave `undefined` for GreenLight's controller (cold outside,
   * too warm inside, humidity gap; see control.ts). Ignored (0) when the greenhouse has no screen.
   */
  screenClosed?: number | undefined;
  /**
   * Roof vent opening 0…1; leave `undefined` for GreenLight's controller: min(ventCold, max(ventHeat, ventRh)),
   * with the excess-heat part solved implicitly with the end-of-step air temperature.
   */
  ventOpening?: number | undefined;
  /** Day flag for the screen and set-points; default: global radiation > 0 (GreenLight's convention). */
  isDay?: boolean | undefined;
  /** Heating set-point the climate computer holds now, K (vents and screen refer to it); default day/night. */
  heatingSetpoint?: number | undefined;
  /**
   * Deep-soil boundary temperature now, K (e.g. the EPW's 2 m ground temperature, as GreenLight uses);
   * default the model's constant `deepSoilT`.
   */
  deepSoilT?: number | undefined;
}

/**
 * An inputs object with every field of GreenhouseInputs present, in one order (an optional one undefined unless
 * given). The annual run's inputs and the cover rating's are both made here, so the step's functions see one
 * hidden class: with two shapes (and the run's adding three fields to its object as it went) V8 threw away their
 * optimised code in every process's second annual run (`node --trace-deopt`: 14 of its bailouts).
 */
export function greenhouseInputs(v: GreenhouseInputs): GreenhouseInputs {
  return {
    outdoorT: v.outdoorT,
    skyT: v.skyT,
    windSpeed: v.windSpeed,
    solarOnCover: v.solarOnCover,
    pipeInletT: v.pipeInletT,
    pipeMassFlow: v.pipeMassFlow,
    outdoorVapourPressure: v.outdoorVapourPressure,
    screenClosed: v.screenClosed,
    ventOpening: v.ventOpening,
    isDay: v.isDay,
    heatingSetpoint: v.heatingSetpoint,
    deepSoilT: v.deepSoilT,
  };
}

/** Everything a step produces. Heat flows in W for the whole greenhouse; positive in the named direction. */
export class GreenhouseStepOutput {
  /** Heat given up by the heating water, ṁ·c_p·(T_in − T_out), W. */
  pipeWaterHeat = 0;
  /** Heating water outlet temperature, K (the mean pipe temperature when there is no flow). */
  pipeOutletT = 0;
  /** Mean pipe (water) temperature at the end of the step, K. */
  pipeMeanT = 0;
  /** Heat delivered by the pipes to the greenhouse (sum of the pipe paths), W. */
  pipeDelivered = 0;
  pipeToAir = 0;
  pipeToCanopy = 0;
  pipeToFloor = 0;
  pipeToCover = 0;
  pipeToScreen = 0;
  canopyToAir = 0;
  canopyToCover = 0;
  canopyToFloor = 0;
  floorToAir = 0;
  floorToCover = 0;
  floorToSoil = 0;
  /** Conduction from the deepest soil layer to the deep-soil boundary (ground loss), W. */
  soilToDeep = 0;
  /** Convection top compartment → cover, W. */
  airToCover = 0;
  /** Convection main air → screen, W. */
  airToScreen = 0;
  /** Sensible heat carried from the main compartment to the top compartment through the screen, W. */
  airToTop = 0;
  /** Conduction through the cover from its inner to its outer surface, W. */
  coverConduction = 0;
  coverToOutside = 0;
  coverToSky = 0;
  /** coverToOutside + coverToSky, W. */
  coverLoss = 0;
  /** Sensible loss by leakage, W. */
  infiltrationLoss = 0;
  /** Sensible loss through the vents, W. */
  ventilationLoss = 0;
  /** Latent heat of the vapour that leaves by leakage and vents, W. */
  latentLoss = 0;
  /** Vent opening used, –. */
  ventOpening = 0;
  /** Screen closure used, –. */
  screenClosed = 0;
  /** Latent heat of canopy transpiration, W (taken from the canopy). */
  transpirationLatent = 0;
  /** Latent heat released by condensation on the cover and on the screen, W. */
  condensationCover = 0;
  condensationScreen = 0;
  /** Relative humidity of the main-compartment air at the end of the step, –. */
  relativeHumidity = 0;
  solarToCover = 0;
  solarToAir = 0;
  solarToScreen = 0;
  solarToCanopy = 0;
  solarToFloor = 0;
  solarAbsorbed = 0;
  /** Rate of change of stored energy (sensible + latent of the air's vapour), W. */
  storedEnergyRate = 0;
  /** storedEnergyRate − Σ boundary flows, W (≈ 0). */
  energyResidual = 0;
  /** |energyResidual| / (Σ |boundary flows| + |storedEnergyRate|), –. */
  energyResidualRelative = 0;
  /** Vapour-mass residual |storage − (transpiration − condensation − vented)| / scale, –. */
  vapourResidualRelative = 0;
}

/** Result of `heatDemand`. */
export class HeatDemandOutput {
  /** Heat the water must give up this step (incl. warming the pipe mass), W; negative = greenhouse too warm. */
  waterHeat = 0;
  /** Heat the pipes must deliver to the greenhouse, W. */
  pipeDelivered = 0;
  /** Mean pipe water temperature needed at the end of the step, K. */
  pipeMeanT = 0;
  /** Inlet temperature needed at `inputs.pipeMassFlow`, K (+Infinity with no flow when heat is needed). */
  pipeInletT = 0;
  /** Outlet temperature that goes with `pipeInletT`, K. */
  pipeOutletT = 0;
  /** Vent opening assumed, –. */
  ventOpening = 0;
  /** Screen closure assumed, –. */
  screenClosed = 0;
  /** Cover loss at the end of the step (net of solar absorbed by the cover), W. */
  coverLoss = 0;
  /** Sensible leakage + ventilation loss, W. */
  airExchangeLoss = 0;
  /** Latent heat of the vapour leaving by leakage and vents, W. */
  latentLoss = 0;
  /** Ground loss (soil → deep boundary), W. */
  soilToDeep = 0;
  /** Latent heat of transpiration, W. */
  transpirationLatent = 0;
}
