/** The named viewpoints of the plant and the bounds of everything drawn. */
import type {
  ContainerLayout,
  DryCoolerLayout,
  GreenhouseLayout,
  PlateExchangerLayout,
  Viewpoint,
} from './layoutTypes';
import type { ViewName } from './live';

/** What the viewpoints look at (placed earlier by buildLayout). */
export interface ViewSite {
  containers: ContainerLayout[];
  hx: PlateExchangerLayout;
  units: DryCoolerLayout['units'];
  greenhouse: GreenhouseLayout;
  rowPitch: number;
  /** West end of the containers, north and south faces of the column, east end of the yard. */
  xW: number;
  zN: number;
  zS: number;
  plantEast: number;
  /** Dry cooler: west end, z of the first row, east end of the fan rows. */
  dcX0: number;
  dcZ0: number;
  dcXmax: number;
}

/** Overview, inside container 1, the exchanger, the dry cooler and a path between the crop rows. */
export function viewpoints(v: ViewSite): Record<ViewName, Viewpoint> {
  const { hx, units, greenhouse: g, xW, zN, zS, dcX0, dcZ0, dcXmax } = v;
  const yardSpan = v.plantEast - xW;
  const c0 = v.containers[0]!;
  const zPathMid = g.rows[Math.floor(g.rows.length / 2)]! + v.rowPitch / 2;
  return {
    overview: {
      label: 'Overview',
      target: [xW + yardSpan * 0.62, 0, 0],
      position: [xW - yardSpan * 0.25, Math.max(40, yardSpan * 0.75), zS + Math.max(60, yardSpan * 1.05)],
    },
    container: {
      label: 'Inside a container',
      position: [c0.x0 + 0.45, 1.55, c0.z + 0.1],
      target: [c0.x0 + Math.min(6, c0.length * 0.5), 1.05, c0.z - 0.25],
    },
    exchanger: {
      label: 'Exchanger',
      position: [hx.x - 5.5, 3.6, hx.z + 7.5],
      target: [hx.x - 0.6, 1.3, hx.z],
    },
    drycooler: {
      label: 'Dry cooler',
      position: units.length ? [units[0]!.x - 8, 11, dcZ0 + 20] : [xW, 12, zN + 10],
      target: units.length ? [(dcX0 + dcXmax) / 2, 1.5, dcZ0] : [xW, 0, zN],
    },
    greenhouse: {
      label: 'Greenhouse',
      position: [g.rowX0 + 0.6, 2.3, zPathMid + 0.1],
      target: [g.rowX0 + Math.min(30, g.length * 0.5), 0.9, zPathMid + 0.3],
    },
  };
}

/** Axis-aligned bounds of everything, with 4 m to spare: [xmin, zmin, xmax, zmax]. */
export function layoutBounds(v: ViewSite): [number, number, number, number] {
  const { units, greenhouse: g } = v;
  const xmin = Math.min(v.xW, v.dcX0) - 4;
  const xmax = g.x1 + 4;
  const zmin = Math.min(g.z0, units.length ? Math.min(...units.map((u) => u.z - u.width / 2)) : v.zN) - 4;
  const zmax = Math.max(g.z1, v.zS) + 4;
  return [xmin, zmin, xmax, zmax];
}
