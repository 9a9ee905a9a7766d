/**
 * The economics section's variant fields (see src/core/economics/schema.ts, tariffSchema.ts and
 * miningSchema.ts for what each accepts) as choices with plain labels and units.
 */
import type { Variant } from './econChoices';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const isFlat = (v: unknown) => typeof v === 'string' || typeof v === 'number';

export const HEAT_CONTRACT: Variant = {
  path: 'economics.heatContract',
  label: 'How the host pays for the heat',
  which: (v) => String(obj(v).type ?? 'free'),
  choices: [
    { id: 'free', label: 'Heat given free', value: () => ({ type: 'free' }), subs: [] },
    {
      id: 'price',
      label: 'A fixed price per MWh',
      value: (_c, kept) => (obj(kept).type === 'price' ? kept : { type: 'price', price: '20 CAD/MWh' }),
      subs: [{ key: 'price', label: 'Heat price (USD or CAD per MWh)', placeholder: 'e.g. 20 CAD/MWh' }],
    },
    {
      id: 'share-of-savings',
      label: "A share of the host's savings",
      value: (_c, kept) =>
        obj(kept).type === 'share-of-savings' ? kept : { type: 'share-of-savings', share: '50 %' },
      subs: [
        {
          key: 'share',
          label: "Share of the host's avoided backup cost (%, 0–100)",
          placeholder: 'e.g. 50 %',
        },
      ],
    },
  ],
};

const hourlyCount = (v: unknown) =>
  Array.isArray(v) ? v.length : ((obj(v).hourly as unknown[] | undefined)?.length ?? 0);

function tariff(path: string, label: string, sameAs?: string): Variant {
  const flat = {
    id: 'flat',
    label: 'One price',
    value: (c: unknown, kept: unknown) => kept ?? (isFlat(c) ? c : (obj(c).peak ?? '0.035 USD/kWh')),
    subs: [
      { key: '', label: 'Electricity price (USD or CAD per kWh)', placeholder: '0.035 USD/kWh (default)' },
    ],
  };
  return {
    path,
    label,
    which: (v) =>
      v === undefined ? (sameAs ? 'same' : 'flat') : isFlat(v) ? 'flat' : hourlyCount(v) ? 'hourly' : 'tou',
    choices: [
      ...(sameAs ? [{ id: 'same', label: sameAs, value: () => undefined, subs: [] }] : []),
      flat,
      {
        id: 'tou',
        label: 'Time of use (peak / off-peak)',
        value: (c, kept) =>
          kept ?? { peak: isFlat(c) ? c : '0.05 USD/kWh', offPeak: '0.03 USD/kWh', peakHours: [7, 23] },
        subs: [
          { key: 'peak', label: 'Peak price (per kWh)', placeholder: 'e.g. 0.05 USD/kWh' },
          { key: 'offPeak', label: 'Off-peak price (per kWh)', placeholder: 'e.g. 0.03 USD/kWh' },
          { key: 'peakHours.0', label: 'Peak starts (hour of the day, 0–24)', placeholder: '7' },
          { key: 'peakHours.1', label: 'Peak ends (hour of the day, 0–24)', placeholder: '23' },
          {
            key: 'weekdaysOnly',
            label: 'Peak on weekdays only',
            kind: 'yesNo',
            placeholder: 'Yes (default)',
          },
          {
            key: 'firstWeekday',
            label: 'Weekday of 1 January',
            kind: 'weekday',
            placeholder: 'Thu (default, 2026)',
          },
        ],
      },
      {
        id: 'hourly',
        label: 'Hourly prices',
        onlyIfKept: true,
        value: (_c, kept) => kept,
        subs: [],
        note: (v) =>
          `${hourlyCount(v).toLocaleString('en-US')} hourly prices from the imported scenario file (kept as they are; change them in the file).`,
      },
    ],
  };
}

export const ELECTRICITY = tariff('economics.electricityPrice', 'Electricity price for the miners');
export const BACKUP_ELECTRICITY = tariff(
  'economics.backupElectricityPrice',
  'Electricity price for an electric backup boiler',
  'Same as the miners',
);

export const DEMAND_CHARGE: Variant = {
  path: 'economics.demandCharge',
  label: 'Demand charge',
  which: (v) => (v === undefined ? 'none' : 'charged'),
  choices: [
    { id: 'none', label: 'None', value: () => undefined, subs: [] },
    {
      id: 'charged',
      label: "On each month's peak",
      value: (_c, kept) => kept ?? { price: '12.33 CAD/kVA' },
      subs: [
        {
          key: 'price',
          label: "Price per kW or kVA of the month's peak, per month",
          placeholder: 'e.g. 12.33 CAD/kVA',
        },
        { key: 'powerFactor', label: 'Power factor (0.1–1)', placeholder: '0.95 (default)' },
        { key: 'allowance', label: 'Demand not charged (kW or kVA)', placeholder: '0 kW (default)' },
      ],
    },
  ],
};

const MINING_KEYS = ['hashprice', 'btcPrice', 'network'] as const;

/** Mining revenue: the whole economics object changes (hashprice and BTC price, or the network figures). */
export const MINING: Variant = {
  path: 'economics',
  label: 'Mining revenue',
  which: (v) => (obj(v).network === undefined ? 'hashprice' : 'network'),
  keep: (v) =>
    Object.fromEntries(MINING_KEYS.filter((k) => obj(v)[k] !== undefined).map((k) => [k, obj(v)[k]])),
  choices: [
    {
      id: 'hashprice',
      label: 'From a hashprice',
      value: (c, kept) => {
        const { network: _n, ...rest } = obj(c);
        return { ...rest, ...obj(kept) };
      },
      subs: [
        {
          key: 'hashprice',
          label: 'Hashprice (USD or CAD per PH/s per day)',
          placeholder: '38 USD/PH/day (default)',
        },
        { key: 'btcPrice', label: 'BTC price (only for the cost per BTC)', placeholder: 'e.g. 90000 USD' },
      ],
    },
    {
      id: 'network',
      label: 'From the network figures',
      value: (c, kept) => {
        const { hashprice: _h, btcPrice, network: _n, ...rest } = obj(c);
        const dflt = { btcPrice: btcPrice ?? '90000 USD', networkHashrate: '1.05 ZH/s' };
        return { ...rest, network: obj(kept).network ?? dflt };
      },
      subs: [
        { key: 'network.btcPrice', label: 'BTC price (USD or CAD)', placeholder: 'e.g. 90000 USD' },
        {
          key: 'network.networkHashrate',
          label: 'Network hashrate (hash/s; or give the difficulty)',
          placeholder: 'e.g. 1.05 ZH/s',
        },
        {
          key: 'network.difficulty',
          label: 'Difficulty (instead of the hashrate)',
          placeholder: 'e.g. 1.5e14',
        },
        { key: 'network.blockSubsidy', label: 'Block subsidy (BTC, 0–50)', placeholder: '3.125 (default)' },
        { key: 'network.feesPerBlock', label: 'Fees per block (BTC, 0–100)', placeholder: '0.03 (default)' },
      ],
    },
  ],
};

export const VARIANTS = [MINING, ELECTRICITY, BACKUP_ELECTRICITY, DEMAND_CHARGE, HEAT_CONTRACT];
/** Top-level economics keys the choices above cover. */
export const VARIANT_KEYS = [
  'hashprice',
  'btcPrice',
  'network',
  'electricityPrice',
  'backupElectricityPrice',
  'demandCharge',
  'heatContract',
];
