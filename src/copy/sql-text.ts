import type { DataSource } from 'typeorm';

export function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function columnList(columns: readonly string[]): string {
  return columns.map(quoteName).join(', ');
}

/** The n-th (1-based) bind placeholder in the driver's own style. */
export function placeholderStyle(dataSource: DataSource): (n: number) => string {
  return dataSource.options.type === 'postgres' ? (n) => `$${n}` : () => '?';
}
