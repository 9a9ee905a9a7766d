import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { parseAiRack } from '../../../src/core/models/aiRacks';
import { aiRackModel, catalog } from '../../../src/core/models/catalog';
import rackJson from '../../../models/equipment/ai-racks/nvidia-gb200-nvl72.json';

const MONTH = (365.25 / 12) * 86400;

describe('AI rack catalog', () => {
  const r = aiRackModel('nvidia-gb200-nvl72');
  it('reads the GB200 NVL72 entry in SI', () => {
    expect(r.gpus).toBe(72);
    expect(r.power).toBe(132e3);
    expect(r.liquidHeatFraction).toBeCloseTo(0.85, 12);
    expect(r.supplyTemperature).toBeCloseTo(313.15, 9);
    expect(r.returnTemperature).toBeCloseTo(318.15, 9);
    // 149 USD per kW-month: one kW for one month earns 149 USD.
    expect(r.hostingPrice * 1e3 * MONTH).toBeCloseTo(149, 9);
    // 20 M USD per MW = 20 USD per W.
    expect(r.capexPerPower).toBeCloseTo(20, 12);
    expect(r.sources.power).toMatch(/132 kW/);
    expect(Object.keys(catalog.aiRacks)).toContain('nvidia-gb200-nvl72');
  });
  it('Cipher–Fluidstack check: US$3.0 B / (168 MW × 120 months) ≈ 149 USD/kW-month', () => {
    expect(3.0e9 / (168_000 * 120)).toBeCloseTo(148.8, 1);
  });
  it('refuses a supply warmer than its ASHRAE class allows, naming the field', () => {
    const bad = { ...rackJson, supplyTemperature: { value: '44 degC', source: 'test' } };
    expect(() => parseAiRack(bad)).toThrow(/nvidia-gb200-nvl72\.supplyTemperature/);
    expect(() => parseAiRack(bad)).toThrow(/W40/);
  });
  it('refuses a malformed price and an unknown id', () => {
    const bad = { ...rackJson, hostingPrice: { value: '149 EUR/kW/month', source: 'test' } };
    expect(() => parseAiRack(bad)).toThrow(InputError);
    expect(() => aiRackModel('toString')).toThrow(/unknown AI rack/);
  });
});
