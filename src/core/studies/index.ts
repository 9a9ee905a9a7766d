/** Engineering studies on top of the annual simulation: exchanger sizing curve and off-design table. */
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
export { type OffDesignGrid, type OffDesignRow, type OffDesignTable, offDesignTable } from './offDesign';
