/** The shape of one entry of the OUTPUTS table (outputs.ts). */
export interface OutputSpec {
  /** Unit of the stored value: SI for hourly series ('K', 'W', …), the KPI's own unit for KPIs ('MWh', '–'). */
  readonly unit: string;
  /** Short label for tables, cards and charts. */
  readonly label: string;
  /** What the number is, precisely enough to recompute it. */
  readonly definition: string;
  /** Where the definition or method comes from (standard, paper, model); '' when it is this model's own. */
  readonly reference: string;
  /** Display unit and factor for tables (fractions shown as %: { unit: '%', scale: 100 }). */
  readonly display?: { readonly unit: string; readonly scale: number };
}

/** One row of OUTPUTS. */
export interface OutputInfo extends OutputSpec {
  readonly id: string;
  /** 'hourly': a series in `result.series`; 'kpi': a value in `result.kpis`. */
  readonly kind: 'hourly' | 'kpi';
}
