/**
 * The primary loop's limit on the heating rail (greenhouseDriver.ts `valveStep`, greenhouseTrace.ts `fitsArea`),
 * in a module without imports: the page's bundle reads greenhouseTrace.ts (`greenhouseKey`) and must not pull in
 * the greenhouse model with it.
 */

/**
 * Whether the primary loop (capacity rate `cB`, W/K) cannot bring the heat `q` the rail took (W; or both per m²
 * of floor): ṁ_B·cp·(T_supply − T_rail,out) is the most it brings, its return never colder than the rail's.
 */
export function loopLimits(q: number, cB: number, supplySet: number, railOutletT: number): boolean {
  return q > cB * (supplySet - railOutletT) * (1 + 1e-9);
}
