import { describe, expect, it } from 'vitest';
import { dryCoolerModel, minerModel, plateExchangerModel } from '../../../src/core/models/catalog';
import { coverPreset } from '../../../src/core/greenhouse/covers';
import { parseFluid } from '../../../src/core/fluids';
import { InputError } from '../../../src/core/errors';

const protoNames = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'prototype'];

describe('ids are looked up as own properties only (issue 11)', () => {
  it.each(protoNames)(
    '%s is an unknown miner, dry cooler, exchanger and cover, listing the known ids',
    (id) => {
      expect(() => minerModel(id)).toThrowError(
        new RegExp(`unknown miner model "${id}"; known: .*avalon-a1566ha`),
      );
      expect(() => dryCoolerModel(id)).toThrowError(/unknown dry cooler model .*known: /);
      expect(() => plateExchangerModel(id)).toThrowError(/unknown plate exchanger model .*known: /);
      expect(() => coverPreset(id)).toThrowError(/unknown cover .*known: .*single-glass/);
    },
  );

  it.each(protoNames)('%s is not a fluid', (name) => {
    expect(() => parseFluid(name)).toThrowError(InputError);
    expect(() => parseFluid(`${name} 30%`)).toThrowError(InputError);
  });

  it('known ids still resolve', () => {
    expect(minerModel('avalon-a1566ha').id).toBe('avalon-a1566ha');
    expect(parseFluid('PG 30%').name).toMatch(/propylene/);
  });
});
