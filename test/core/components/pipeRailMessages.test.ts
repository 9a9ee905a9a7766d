/**
 * The pipe rail's refusals, each with its field, value and allowed range in words: the geometry (under the
 * default field name or a caller's), the water-side inputs of `pipeRailOutlet`, and `exponentialProfile`'s NTU.
 */
import { describe, expect, it } from 'vitest';
import {
  exponentialProfile,
  type PipeRailGeometry,
  pipeRailOutlet,
  VANTHOOR_PIPE_RAIL,
  validatePipeRail,
} from '../../../src/core/components/pipeRail';
import { refused } from '../refused';

const surroundings = { airT: 293.15, canopyT: 293.15, floorT: 293.15, coverT: 283.15, lai: 3 };

describe('pipe rail geometry refusals', () => {
  it.each([
    ['outerDiameter', 0.5, 'between 0.001 and 0.2 m'],
    ['outerDiameter', Number.NaN, 'between 0.001 and 0.2 m'],
    ['innerDiameter', 0, 'between 0.0001 and 0.2 m'],
    ['innerDiameter', 0.051, 'smaller than the outer diameter 0.051 m'],
    ['innerDiameter', 0.06, 'smaller than the outer diameter 0.051 m'],
    ['lengthPerFloorArea', 25, 'between 0.001 and 20 m/m²'],
    ['emissivity', 1.2, 'between 0 and 1'],
  ])('refuses %s = %f under the default field name', (key, value, allowed) => {
    const g = { ...VANTHOOR_PIPE_RAIL, [key]: value } as PipeRailGeometry;
    const e = refused(() => validatePipeRail(g));
    expect([e.field, e.value, e.allowed]).toEqual([`pipeRail.${key}`, value, allowed]);
  });

  it('names the caller’s field', () => {
    const e = refused(() =>
      validatePipeRail({ ...VANTHOOR_PIPE_RAIL, emissivity: -0.1 }, 'greenhouse.pipes'),
    );
    expect([e.field, e.allowed]).toEqual(['greenhouse.pipes.emissivity', 'between 0 and 1']);
  });

  it('the outlet solution validates the geometry first', () => {
    const e = refused(() =>
      pipeRailOutlet(
        { ...VANTHOOR_PIPE_RAIL, outerDiameter: 0 },
        { inletT: 333.15, massFlow: 1, cp: 4180, floorArea: 1000, surroundings },
      ),
    );
    expect([e.field, e.allowed]).toEqual(['pipeRail.outerDiameter', 'between 0.001 and 0.2 m']);
  });
});

describe('pipe rail outlet refusals', () => {
  it.each([
    ['inletT', 150, 'pipeRail.inletT', 'between 200 and 450 K'],
    ['massFlow', -1, 'pipeRail.massFlow', 'a finite number ≥ 0 kg/s'],
    ['massFlow', 0, 'pipeRail.massFlow', 'a flow > 0 kg/s (with no flow the rail gives no heat)'],
    ['cp', 500, 'pipeRail.cp', 'between 1000 and 6000 J/(kg·K)'],
    ['floorArea', 0, 'pipeRail.floorArea', 'a finite number ≥ 0.000001 m²'],
  ])('refuses %s = %f', (key, value, field, allowed) => {
    const ok = { inletT: 333.15, massFlow: 1, cp: 4180, floorArea: 1000, surroundings };
    const e = refused(() => pipeRailOutlet(VANTHOOR_PIPE_RAIL, { ...ok, [key]: value }));
    expect([e.field, e.value, e.allowed]).toEqual([field, value, allowed]);
  });
});

describe('exponential profile refusals', () => {
  it.each([-1, Number.NaN, Infinity])('refuses NTU = %f', (ntu) => {
    const e = refused(() => exponentialProfile(ntu));
    expect([e.field, e.value, e.allowed]).toEqual(['ntu', ntu, 'a finite number ≥ 0']);
  });
});
