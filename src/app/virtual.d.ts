/** The first KPIs computed by the build (vite.config.ts, plugin default-kpis); null under Vitest. */
declare module 'virtual:default-kpis' {
  const buildKpis: {
    /** models/sites/… file the figures were computed from. */
    scenario: string;
    /** documentFingerprint (src/app/lib/fingerprint.ts) of that document. */
    documentFingerprint: string;
    /** The weather year it ran on (the bundled EPW) and the file's sha256. */
    weather: { fileName: string; sha256: string };
    hours: number;
    timeStep: number;
    /** The simulation's warnings (core SimulationWarning). */
    warnings: { code: string; message: string; hours?: number; energy_MWh?: number }[];
    /** The payback of each party in words (core economics `payback`). */
    economics?: { payback: { project: string; operator: string; host: string } };
    /** The simulation's KPIs; non-finite numbers as the strings "NaN", "Infinity", "-Infinity". */
    kpis: Record<string, number | string | null>;
  } | null;
  export default buildKpis;
}
