/** Engineering studies on top of the annual simulation: exchanger sizing curve, off-design table, design day. */
export {
  assembleSizeStudy,
  DESIGN_HOUR_SHARE,
  type DesignConditions,
  type DesignHours,
  type DesignPoint,
  designConditions,
  designHours,
  designPoint,
  type ExchangerSizes,
  exchangerSizeStudy,
  heatingCurveSupply,
  type RunSummary,
  type SizeBasis,
  type SizeCase,
  type SizeStudy,
  type SizeStudyOptions,
  type SizeStudyRow,
  sizeStudyCases,
} from './exchangerSize';
export {
  COOLING_DESIGN_SHARE,
  coolingDesignTemperature,
  type DesignDayOptions,
  type DesignDayReport,
  designDay,
  littleLeftForPiping,
  type PumpFigures,
  type SideFigures,
} from './designDay';
export { type OffDesignGrid, type OffDesignRow, type OffDesignTable, offDesignTable } from './offDesign';
