/** Monte Carlo business case: BTC price, difficulty, halving, electricity, availability and weather years. */
export { type RiskAnalysis, type RiskAnalysisOptions, riskAnalysis, riskYear } from './analyse';
export { type Fan, type RiskOptions, type RiskResult, type RiskYear, runRisk } from './monteCarlo';
export { type MarketSample, type SampleContext, sampleMarket, subsidyFactor } from './paths';
export { mulberry32, type Rng } from './prng';
export { type Band, band, type Histogram, histogram, quantileSorted } from './stats';
export { type PerMwSummary, perMwSummary, sharedCurrency } from './perMw';
