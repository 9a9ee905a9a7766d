/** The plant state a heat-pump step reads (heatPumpStep.test.ts, heatPumpStepRules.test.ts). */
import { createPlantState } from '../../../src/core/plant/plant';

export const K = (c: number) => c + 273.15;

/** A boiler topping up `boiler` W at 99 % after the exchanger's preheat, 80 kg/s of greenhouse water. */
export function plant(boiler: number, preheated = K(50)) {
  const po = createPlantState();
  po.boilerHeat = boiler;
  po.boilerInput = boiler / 0.99;
  po.greenhouseFlow = 80;
  po.preheatedT = preheated;
  return po;
}
